import type { TabFindings, TabStories } from '../messaging';
import { storiesForPage } from './query';
import { describeWhy, type Ranker } from './rank';
import { pageSignals } from './signals';

/**
 * The stories for a tab's findings, best first, each with its "why this case" line in
 * `lang`: what the background ranks and stores for the popup, and what the popup ranks
 * itself when nothing is stored (the same function, so both give the same list).
 */
export function rankForTab(ranker: Ranker, tab: Pick<TabFindings, 'findings' | 'title' | 'context' | 'claims' | 'digest'>, limit: number, lang: 'zh' | 'en'): TabStories['list'] {
  return storiesForPage(ranker, tab.findings, tab.title, limit, tab.context, pageSignals(tab.claims ?? [], tab.digest)).map((r) => ({ id: r.id, why: describeWhy(r.why, lang) }));
}
