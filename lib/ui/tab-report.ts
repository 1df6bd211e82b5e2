import { createTabStore, mergeFrames, type StorageAreaLike } from '../background/tab-store';
import type { StoryResult, TabFindings } from '../messaging';

/**
 * The popup's data. Findings are read straight from session storage (the popup is a
 * trusted extension page) and stories are ranked in the popup from a lazily loaded chunk:
 * waking a cold service worker cost ~500 ms here (npm run bench, popup_findings_ms),
 * five times the popup's 100 ms budget.
 */
export async function readTabFindings(area: StorageAreaLike, tabId: number, privateWindow: boolean | Promise<boolean> = false): Promise<TabFindings | null> {
  if (!Number.isInteger(tabId) || tabId < 0) return null;
  // The window's answer (a browser round trip) may still be on its way: read meanwhile.
  const [stored, inPrivate] = await Promise.all([createTabStore(area).read(tabId), privateWindow]);
  // A private tab's findings are shown only in a private window (session storage is
  // shared between a split extension's normal and private instances).
  if (!stored || (stored.incognito === true) !== inPrivate) return null;
  return mergeFrames(tabId, Object.values(stored.frames).sort((a, b) => a.frameId - b.frameId), stored);
}

/**
 * The tab's stories: ranked over the compact index, then only the shown stories' cards are
 * loaded (in Traditional characters for zh-TW/zh-HK readers).
 */
export async function rankTabStories(tab: TabFindings, limit = 5, hant = false, lang: 'en' | 'zh' = 'en'): Promise<ShownStory[]> {
  const [{ popupRanker, loadStory }, { storiesForPage }, { pageSignals }, { describeWhy }] = await rankerModules();
  const ranked = storiesForPage(popupRanker(), tab.findings, tab.title, limit, tab.context, pageSignals(tab.claims ?? [], tab.digest));
  const stories = await Promise.all(ranked.map((r) => loadStory(r.id, hant)));
  return ranked.flatMap((r, i) => (stories[i] ? [{ story: stories[i]!, ranked: r, why: describeWhy(r.why, lang) }] : []));
}

let modules: Promise<[typeof import('../stories/popup-stories'), typeof import('../stories/query'), typeof import('../stories/signals'), typeof import('../stories/rank')]> | undefined;
/**
 * The ranker's chunks (the story index among them), loaded once: the popup starts this as
 * it renders the findings, so the index loads while the first frame is laid out.
 */
export function rankerModules() {
  return (modules ??= Promise.all([import('../stories/popup-stories'), import('../stories/query'), import('../stories/signals'), import('../stories/rank')]));
}

/** A story the popup shows, with its "why this case" line in the reader's language. */
export interface ShownStory extends StoryResult {
  why: string;
}
