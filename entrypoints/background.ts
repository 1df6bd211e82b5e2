import { createAnalyzer } from '@/lib/background/analyze';
import { createHandlers, isTrustedSender } from '@/lib/background/handlers';
import { createStoryJobs } from '@/lib/background/story-jobs';
import { createTabRanker } from '@/lib/background/story-ranker';
import { createTabStore } from '@/lib/background/tab-store';
import { clipClaims, isMessage } from '@/lib/messaging';
import { claimsFromBlocks } from '@/lib/detect/claims';
import { defaultMatcher } from '@/lib/detect/default-matcher';
import { createDigestCache } from '@/lib/policy/digest-cache';
import { claimFilter, migrateSettings, parseStoredSettings, PRIVATE_SETTINGS_KEY, readSettings, SETTINGS_KEY } from '@/lib/settings';
import { uiScript } from '@/lib/ui/i18n';
import storyIndexUrl from '@/lib/stories/index.gen.json?url';
import storyMetaUrl from '@/lib/stories/meta.gen.json?url';
import { ownJson } from '@/lib/own-files';

/** The popup page of one tab (entrypoints/popup/useTabReport.ts reads ?tab=). */
const popupFor = (tabId: number) => `/popup.html?tab=${tabId}`;

export default defineBackground({
  type: 'module',
  main() {
    const digests = createDigestCache(defaultMatcher);
    const analyze = createAnalyzer(defaultMatcher);
    // One store for every writer: its writes are serialized.
    const store = createTabStore(browser.storage.session);
    // Each tab's stories are ranked here once its reports settle, for the popup to show at once.
    const stories = createStoryJobs({ store, rank: createTabRanker(() => Promise.all([ownJson(storyIndexUrl), ownJson(storyMetaUrl)]), uiScript) });
    const handlers = createHandlers({
      store,
      session: browser.storage.session,
      async claimsOf(blocks, incognito) {
        const priv = incognito ? (await browser.storage.session.get(PRIVATE_SETTINGS_KEY))[PRIVATE_SETTINGS_KEY] : undefined;
        const settings = priv ? parseStoredSettings({ [SETTINGS_KEY]: priv }).settings : await readSettings(browser.storage.local);
        const keep = claimFilter(settings);
        return clipClaims(claimsFromBlocks(blocks, defaultMatcher()).flatMap((c) => keep(c) ?? []));
      },
      digestOf: async (text, title, truncated) => digests.get(text, title, truncated),
      async setBadge(tabId, badge) {
        try {
          await browser.action.setBadgeText({ tabId, text: badge.text });
          if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
          // This tab's popup opens knowing its tab (?tab=), so it reads the findings at once
          // instead of asking which tab is active first (one browser round trip less).
          await browser.action.setPopup({ tabId, popup: popupFor(tabId) });
        } catch {
          // the tab may have been closed in the meantime
        }
      },
    });

    const rankAfter = (tabId: number | undefined) => (stored: boolean) => {
      if (stored && tabId !== undefined) stories.schedule(tabId);
      return stored;
    };

    // Listeners are registered on the first tick, as MV3 requires. Only this extension's
    // own content scripts and pages are answered; anything else gets no answer.
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (!isTrustedSender(sender, browser.runtime.id) || !isMessage(raw)) return undefined;
      switch (raw.type) {
        case 'contentReportFindings':
          return handlers.onReport(raw.data, sender).then(rankAfter(sender.tab?.id));
        case 'contentFrameGone':
          return handlers.onFrameGone(raw.data, sender).then(rankAfter(sender.tab?.id));
        case 'contentGetSettings':
          return handlers.onGetSettings(sender);
        case 'contentAnalyze':
          return analyze(raw.data);
        default:
          return undefined;
      }
    });
    browser.tabs.onRemoved.addListener((tabId) => void handlers.onTabRemoved(tabId));
    // After an update: bring the stored settings to the current shape, once.
    browser.runtime.onInstalled.addListener(() => void migrateSettings(browser.storage.local));
  },
});
