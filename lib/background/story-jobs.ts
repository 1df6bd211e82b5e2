import { mayHaveStories, type TabFindings, type TabStories } from '../messaging';
import { framesBasis, mergeStored, type TabStore } from './tab-store';

export interface StoryJobDeps {
  store: TabStore;
  /** The stories for a tab's merged findings (null: none to rank, or the ranker is unavailable). */
  rank: (tab: TabFindings) => Promise<TabStories | null>;
  /** Reports of a page's frames come in bursts: rank once they have stopped for this long. */
  delayMs?: number;
}

/**
 * The background ranks each tab's stories once its reports settle and stores them with
 * the tab, so the popup shows them at once instead of loading the story index and ranking
 * when it opens. Stories are kept only for the frames they were ranked for: a report that
 * arrives meanwhile wins, and schedules the next ranking. A failure leaves the tab without
 * stored stories (the popup then ranks them itself), never without its findings.
 */
export function createStoryJobs(deps: StoryJobDeps) {
  const delay = deps.delayMs ?? 150;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const run = async (tabId: number): Promise<boolean> => {
    const stored = await deps.store.read(tabId);
    if (!stored || stored.evicted) return false;
    const tab = mergeStored(stored);
    if (!tab || !mayHaveStories(tab)) return false;
    const stories = await deps.rank(tab);
    return stories ? deps.store.setStories(tabId, framesBasis(stored), stories) : false;
  };
  return {
    /** Rank the tab's stories after `delayMs` without another report. */
    schedule(tabId: number): void {
      clearTimeout(timers.get(tabId));
      timers.set(
        tabId,
        setTimeout(() => {
          timers.delete(tabId);
          run(tabId).catch(() => false);
        }, delay),
      );
    },
    /** Rank now (tests, and the debounced job). */
    run,
  };
}
