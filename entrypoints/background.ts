import { createHandlers, isTrustedSender } from '@/lib/background/handlers';
import { createTabStore } from '@/lib/background/tab-store';
import { onMessage } from '@/lib/messaging';
import { settingsItem } from '@/lib/settings';

export default defineBackground({
  type: 'module',
  main() {
    const handlers = createHandlers({
      store: createTabStore(browser.storage.session),
      async setBadge(tabId, badge) {
        try {
          await browser.action.setBadgeText({ tabId, text: badge.text });
          if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
        } catch {
          // the tab may have been closed in the meantime
        }
      },
    });
    const trusted = (sender: { id?: string }) => isTrustedSender(sender, browser.runtime.id);

    // Listeners are registered on the first tick, as MV3 requires.
    onMessage('contentReportFindings', ({ data, sender }) => (trusted(sender) ? handlers.onReport(data, sender) : undefined));

    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void handlers.onNavigate(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => void handlers.onTabRemoved(tabId));
    // Defining the settings item runs pending migrations (after an update).
    browser.runtime.onInstalled.addListener(() => void settingsItem().migrate());
  },
});
