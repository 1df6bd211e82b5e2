/**
 * npm run eval:stories [-- --holdout] [-- --json]: the story ranking on a query set.
 *
 * Two ways of scoring, both printed:
 * - strict: against the set's own `want` lists (up to 3 stories per page, most wanted
 *   first, chosen by the set's writer): recall@3 and nDCG@5;
 * - graded: against tests/fixtures/story-judgments.jsonl, where a separate judge listed
 *   every story a reader would be glad to see (2 best fit, 1 also fits), blind to the
 *   ranker and to the want lists: recall@3, precision@3, graded nDCG@5, best fit in top 3.
 * The dev set (tests/fixtures/story-queries.jsonl) was used to tune the ranker; the
 * holdout set (story-queries-holdout.jsonl) was written blind and is not tuned on.
 */
import { defaultMatcher } from '../detect/default-matcher';
import { existsSync } from 'node:fs';
import { evaluateGraded, evaluateStories, loadJudgments, loadStoryQueries, STORY_JUDGMENTS, STORY_QUERIES, STORY_QUERIES_HOLDOUT } from '../eval/story-eval';
import { defaultRanker, storyById } from '../stories/default-ranker';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const holdout = process.argv.includes('--holdout');
const cases = loadStoryQueries(holdout ? STORY_QUERIES_HOLDOUT : STORY_QUERIES);
const judgments = existsSync(STORY_JUDGMENTS) ? loadJudgments() : new Map();
const unknown = [
  ...cases.flatMap((c) => c.want.filter((id) => !storyById(id)).map((id) => `${c.id}: ${id}`)),
  ...[...judgments.values()].flatMap((j) => Object.keys(j.relevant).filter((id) => !storyById(id)).map((id) => `judgment ${j.id}: ${id}`)),
];
if (unknown.length) {
  console.error(`the query set or the judgments name stories that do not exist:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluateStories(cases, defaultMatcher(), defaultRanker());
const graded = judgments.size ? evaluateGraded(result.rows, judgments) : undefined;
const share = (pred: (r: (typeof result.rows)[number]) => boolean) => result.rows.filter(pred).length / Math.max(1, result.rows.length);
const firstAt1 = share((r) => r.got[0] === r.want[0]);
const firstIn3 = share((r) => r.got.slice(0, 3).includes(r.want[0]!));
const anyIn3 = share((r) => r.got.slice(0, 3).some((id) => r.want.includes(id)));
const set = holdout ? 'holdout' : 'dev';
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      set,
      queries: cases.length,
      recall_at_3: result.recallAt3,
      ndcg_at_5: result.ndcgAt5,
      first_choice_at_1: firstAt1,
      first_choice_in_3: firstIn3,
      any_wanted_in_3: anyIn3,
      graded: graded && { recall_at_3: graded.recallAt3, precision_at_3: graded.precisionAt3, ndcg_at_5: graded.ndcgAt5, best_fit_in_3: graded.bestIn3 },
    }),
  );
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`Story ranking, ${set} set, ${cases.length} page contexts`);
  console.log(`strict (the set's want lists): recall@3 ${f(result.recallAt3)}, nDCG@5 ${f(result.ndcgAt5)}`);
  console.log(`  first choice ranked 1st ${f(firstAt1)}; first choice in top 3 ${f(firstIn3)}; some wanted story in top 3 ${f(anyIn3)}`);
  if (graded) console.log(`graded (blind judge, every fitting story): recall@3 ${f(graded.recallAt3)}, precision@3 ${f(graded.precisionAt3)}, nDCG@5 ${f(graded.ndcgAt5)}, best fit in top 3 ${f(graded.bestIn3)}`);
  else console.log('graded: no judgments file (tests/fixtures/story-judgments.jsonl)');
  console.log('');
  const gradedById = new Map((graded?.rows ?? []).map((g) => [g.id, g]));
  for (const r of result.rows) {
    const g = gradedById.get(r.id);
    if (r.recallAt3 === 1 && (!g || g.recallAt3 === 1)) continue;
    const j: Record<string, number> = judgments.get(r.id)?.relevant ?? {};
    const mark = (id: string) => (j[id] === 2 ? `${id}**` : j[id] === 1 ? `${id}*` : id);
    console.log(`  ${r.id}: strict ${f(r.recallAt3)}${g ? `, graded ${f(g.recallAt3)}` : ''}\n      want ${r.want.join(', ')}\n      got  ${r.got.map(mark).join(', ') || '(none)'}`);
  }
  console.log('\n  (** a best fit, * also fits, by the judge)');
}
