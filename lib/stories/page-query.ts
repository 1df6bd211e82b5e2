import { findingContext } from '../detect/context';
import type { Matcher } from '../detect/match';
import { readText } from '../detect/read';
import { buildDigest } from '../policy/digest';
import type { RankedStory, Ranker, StoryQuery } from './rank';
import { buildStoryQuery, storiesForPage } from './query';
import { pageSignals } from './signals';
import { standaloneCues } from './standalone';
import { counts } from '../detect/counts';
import type { Finding } from '../detect/detect';

/** The story context of a text: around its counted findings, or with none, around the words of a standalone practice (as the content script reports it). */
function storyContext(text: string, findings: readonly Finding[], matcher: Matcher): string {
  if (findings.some(counts)) return findingContext(text, findings);
  return findingContext(text, standaloneCues(text, matcher).map(([start, end]) => ({ start, end, negated: false })));
}

/**
 * A page's story query as the extension builds it (findings, claims, the policy digest when
 * the page is a policy): the CLI, the evaluations and the judging pool use this, so they
 * rank what the popup ranks.
 */
export function pageStoryQuery(text: string, title: string, matcher: Matcher): { query: StoryQuery; findings: ReturnType<typeof readText>['findings'] } {
  const { findings, claims } = readText(text, matcher);
  const digest = buildDigest(text, title, matcher, { claims }).digest;
  return { query: buildStoryQuery(findings, title, storyContext(text, findings, matcher), pageSignals(claims, digest)), findings };
}

export function storiesForText(ranker: Ranker, text: string, title: string, matcher: Matcher, limit = 5): RankedStory[] {
  const { findings, claims } = readText(text, matcher);
  const digest = buildDigest(text, title, matcher, { claims }).digest;
  return storiesForPage(ranker, findings, title, limit, storyContext(text, findings, matcher), pageSignals(claims, digest));
}
