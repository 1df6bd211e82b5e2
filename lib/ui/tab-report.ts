import { createTabStore, mergeStored, type StorageAreaLike } from '../background/tab-store';
import { mayHaveStories, type TabFindings, type TabStories } from '../messaging';
import { loadStory, type CardLoader } from '../stories/cards';
import type { Story } from '../stories/schema';

/**
 * The popup's data. Findings, and the stories the background ranked for them, are read
 * straight from session storage (the popup is a trusted extension page): waking a cold
 * service worker cost ~500 ms here (npm run bench, popup_findings_ms), five times the
 * popup's 100 ms budget.
 */
export async function readTabFindings(area: StorageAreaLike, tabId: number, privateWindow: boolean | Promise<boolean> = false): Promise<TabFindings | null> {
  if (!Number.isInteger(tabId) || tabId < 0) return null;
  // The window's answer (a browser round trip) may still be on its way: read meanwhile.
  const [stored, inPrivate] = await Promise.all([createTabStore(area).read(tabId), privateWindow]);
  // A private tab's findings are shown only in a private window (session storage is
  // shared between a split extension's normal and private instances).
  if (!stored || (stored.incognito === true) !== inPrivate) return null;
  return mergeStored(stored);
}

/**
 * The tab's stories: the background's ranking when it is stored for this UI script (then
 * only the five cards are fetched), else ranked here over the compact index; then only the
 * shown stories' cards are read (in Traditional characters for zh-TW/zh-HK readers).
 */
export async function rankTabStories(tab: TabFindings, limit = 5, hant = false, lang: 'en' | 'zh' = 'en', load: CardLoader = loadStory): Promise<ShownStory[]> {
  const list = storedStories(tab, scriptOf(lang, hant))?.slice(0, limit) ?? (await rankHere(tab, limit, lang));
  return shownStories(list, hant, load);
}

const scriptOf = (lang: 'en' | 'zh', hant: boolean): TabStories['script'] => (lang === 'en' ? 'en' : hant ? 'zh-Hant' : 'zh-Hans');

/** The stories the background ranked for this tab in this UI script, if any (and if the tab shows stories at all). */
export function storedStories(tab: TabFindings, script: TabStories['script']): TabStories['list'] | null {
  return mayHaveStories(tab) && tab.stories?.script === script ? tab.stories.list : null;
}

async function rankHere(tab: TabFindings, limit: number, lang: 'en' | 'zh'): Promise<TabStories['list']> {
  const [{ popupRanker }, { rankForTab }] = await rankerModules();
  return rankForTab(popupRanker(), tab, limit, lang);
}

/** The cards of ranked stories (a story whose card is missing is left out). */
export async function shownStories(list: TabStories['list'], hant: boolean, load: CardLoader = loadStory): Promise<ShownStory[]> {
  const stories = await Promise.all(list.map((r) => load(r.id, hant)));
  return list.flatMap((r, i) => (stories[i] ? [{ story: stories[i]!, why: r.why }] : []));
}

let modules: Promise<[typeof import('../stories/popup-stories'), typeof import('../stories/tab-stories')]> | undefined;
/** The ranker's chunks (the story index among them), loaded once, only when the background has not ranked the tab. */
export function rankerModules() {
  return (modules ??= Promise.all([import('../stories/popup-stories'), import('../stories/tab-stories')]));
}

/** A story the popup shows, with its "why this case" line in the reader's language. */
export interface ShownStory {
  story: Story;
  why: string;
}
