import { counts } from '../detect/counts';
import type { Finding } from '../detect/detect';
import { CATEGORIES } from '../lexicon/types';
import type { RankedStory, Ranker, StoryQuery } from './rank';
import type { PageSignals } from './signals';

const CJK = /[\u3400-\u9fff]/g;

/**
 * The ranking query for a page: its title, finding sentences and the text around its
 * findings (`context`, lib/detect/context.ts), and its categories.
 */
export function buildStoryQuery(findings: readonly Pick<Finding, 'category' | 'sentence' | 'negated' | 'definition'>[], title = '', context = '', signals?: PageSignals): StoryQuery {
  const positive = findings.filter(counts);
  const sentences = [...new Set(positive.map((f) => f.sentence))];
  const text = [title, ...sentences, context].filter(Boolean).join('\n');
  const cjk = text.match(CJK)?.length ?? 0;
  return {
    text,
    categories: CATEGORIES.filter((c) => positive.some((f) => f.category === c)),
    lang: cjk * 4 >= text.length ? 'zh' : 'en',
    ...(signals ? { signals } : {}),
  };
}

/** Stories for a page: none unless the page has a finding that counts. Used by the background and the CLI. */
export function storiesForPage(
  ranker: Ranker,
  findings: readonly Pick<Finding, 'category' | 'sentence' | 'negated' | 'definition'>[],
  title = '',
  limit = 5,
  context = '',
  signals?: PageSignals,
): RankedStory[] {
  if (!findings.some(counts)) return [];
  return ranker.rank(buildStoryQuery(findings, title, context, signals), limit);
}
