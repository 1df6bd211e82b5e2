import type { TabFindings, TabStories } from '../messaging';
import type { StoryIndex } from '../stories/index-build';
import { createRanker, type Ranker, type StoryMeta } from '../stories/rank';
import { rankForTab } from '../stories/tab-stories';

/**
 * The background's story ranking: the compact index and the stories' facts are loaded
 * (`load`: the extension's own files, fetched) the first time a tab has something to rank,
 * not at every start of the service worker, which wakes for every page. A failed load
 * gives null (the popup ranks by itself) and is tried again next time.
 */
export function createTabRanker(load: () => Promise<readonly [unknown, unknown]>, script: () => TabStories['script'], limit = 5): (tab: TabFindings) => Promise<TabStories | null> {
  let ranker: Promise<Ranker> | undefined;
  return async (tab) => {
    ranker ??= load().then(([index, meta]) => createRanker(index as StoryIndex, meta as StoryMeta[]));
    let r: Ranker;
    try {
      r = await ranker;
    } catch {
      ranker = undefined;
      return null;
    }
    const s = script();
    return { script: s, list: rankForTab(r, tab, limit, s === 'en' ? 'en' : 'zh') };
  };
}
