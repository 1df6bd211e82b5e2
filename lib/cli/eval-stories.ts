/**
 * npm run eval:stories [-- --holdout | --blind | --blind2 | --blind3 | --blind4 | --blind5 | --blind6 | --blind7 | --blind8 | --blind9 | --blind10] [-- --json]: the story ranking on a query set.
 * --blind: the first 60-page blind set (no want lists; pooled judgments only), scored once, then developed on.
 * --blind2: the second 60-page blind set, written and pooled after that work: scored once, then developed on.
 * --blind3: the third 60-page blind set, pooled after the work on the second: scored once, then developed on.
 * --blind4: the fourth, pooled after the work on the third: scored once, then developed on.
 * --blind5: the fifth (a new writer, next round), pooled after the work on the fourth: scored once, then developed on.
 * --blind6: the sixth, its texts starting with the page's headline, pooled after the work on the fifth: scored once, then developed on.
 * --blind7: the seventh, written like the sixth, pooled after the work on the sixth: scored once, then developed on.
 * --blind8: the eighth (a new writer, titles as a browser tab shows them), pooled after the work on the seventh: scored once, then developed on.
 * --blind9: the ninth (another writer, written like the eighth), pooled after the work on the eighth: scored once, then developed on.
 * --blind10: the tenth (another writer, written like the eighth), pooled after the work on the ninth: scored once.
 *
 * Two ways of scoring, both printed:
 * - strict: against the set's own `want` lists (up to 3 stories per page, most wanted
 *   first, chosen by the set's writer): recall@3 and nDCG@5;
 * - graded: against tests/fixtures/story-judgments.jsonl, where a separate judge listed
 *   every story a reader would be glad to see (2 best fit, 1 also fits), blind to the
 *   ranker and to the want lists: recall@3, precision@3, graded nDCG@5, best fit in top 3.
 * - pooled: against tests/fixtures/story-pool-judgments.jsonl, where judges blind to the
 *   ranker graded every candidate of a pool (see loadPooledJudgments) 0, 1 or 2; a top-3
 *   story outside the pool counts as not relevant and is reported.
 * The dev set (tests/fixtures/story-queries.jsonl) was used to tune the ranker; the
 * holdout set (story-queries-holdout.jsonl) was written blind and is not tuned on.
 */
import { defaultMatcher } from '../detect/default-matcher';
import { existsSync } from 'node:fs';
import {
  BLIND_SETS,
  blindSetOf,
  evaluateGraded,
  evaluateStories,
  judgeAgreement,
  loadJudgments,
  loadPooledJudgments,
  loadStoryQueries,
  STORY_JUDGMENTS,
  STORY_POOL_JUDGMENTS,
  STORY_POOL_JUDGMENTS_SECOND,
  STORY_QUERIES,
  STORY_QUERIES_HOLDOUT,
} from '../eval/story-eval';
import { defaultRanker, storyById } from '../stories/default-ranker';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const holdout = process.argv.includes('--holdout');
const blindSet = blindSetOf(process.argv);
const blind = blindSet !== undefined;
const cases = loadStoryQueries(blindSet ? BLIND_SETS[blindSet].queries : holdout ? STORY_QUERIES_HOLDOUT : STORY_QUERIES);
const judgments = !blind && existsSync(STORY_JUDGMENTS) ? loadJudgments() : new Map();
const pooledFile = blindSet ? BLIND_SETS[blindSet].pooled : STORY_POOL_JUDGMENTS;
const pooledJudgments = existsSync(pooledFile) ? loadPooledJudgments(pooledFile) : new Map();
const unknown = [
  ...cases.flatMap((c) => c.want.filter((id) => !storyById(id)).map((id) => `${c.id}: ${id}`)),
  ...[...judgments.values()].flatMap((j) => Object.keys(j.relevant).filter((id) => !storyById(id)).map((id) => `judgment ${j.id}: ${id}`)),
  ...[...pooledJudgments.values()].flatMap((j) => [...j.judged!].filter((id) => !storyById(id)).map((id) => `pooled judgment ${j.id}: ${id}`)),
];
if (unknown.length) {
  console.error(`the query set or the judgments name stories that do not exist:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluateStories(cases, defaultMatcher(), defaultRanker(), { signals: !process.argv.includes('--no-signals') });
const graded = judgments.size ? evaluateGraded(result.rows, judgments) : undefined;
const pooled = pooledJudgments.size ? evaluateGraded(result.rows, pooledJudgments) : undefined;
const unjudged = pooled?.rows.flatMap((r) => r.unjudgedIn3.map((id) => `${r.id}: ${id}`)) ?? [];
const share = (pred: (r: (typeof result.rows)[number]) => boolean) => result.rows.filter(pred).length / Math.max(1, result.rows.length);
const firstAt1 = share((r) => r.got[0] === r.want[0]);
const firstIn3 = share((r) => r.got.slice(0, 3).includes(r.want[0]!));
const anyIn3 = share((r) => r.got.slice(0, 3).some((id) => r.want.includes(id)));
const set = blindSet ?? (holdout ? 'holdout' : 'dev');
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
      pooled: pooled && {
        recall_at_3: pooled.recallAt3,
        best_fit_recall_at_3: pooled.bestRecallAt3,
        precision_at_3: pooled.precisionAt3,
        ndcg_at_5: pooled.ndcgAt5,
        best_fit_in_3: pooled.bestIn3,
        unjudged_in_3: unjudged,
      },
    }),
  );
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`Story ranking, ${set} set, ${cases.length} page contexts`);
  if (!blind) {
    console.log(`strict (the set's want lists): recall@3 ${f(result.recallAt3)}, nDCG@5 ${f(result.ndcgAt5)}`);
    console.log(`  first choice ranked 1st ${f(firstAt1)}; first choice in top 3 ${f(firstIn3)}; some wanted story in top 3 ${f(anyIn3)}`);
  }
  if (blind) console.log('(no want lists and no first judge: pooled judgments only)');
  else if (graded) console.log(`graded (blind judge, every fitting story): recall@3 ${f(graded.recallAt3)}, precision@3 ${f(graded.precisionAt3)}, nDCG@5 ${f(graded.ndcgAt5)}, best fit in top 3 ${f(graded.bestIn3)}`);
  else console.log('graded: no judgments file (tests/fixtures/story-judgments.jsonl)');
  if (pooled) {
    console.log(`pooled (blind judges, every pooled candidate): recall@3 ${f(pooled.recallAt3)}, precision@3 ${f(pooled.precisionAt3)}, nDCG@5 ${f(pooled.ndcgAt5)}`);
    console.log(`  best fits only (grade 2): recall@3 ${f(pooled.bestRecallAt3)}; a best fit in top 3 ${f(pooled.bestIn3)}`);
    console.log(`  top-3 picks no judge saw (counted as not relevant): ${unjudged.length ? unjudged.join(', ') : 'none'}`);
    const secondFile = blindSet ? BLIND_SETS[blindSet].second : STORY_POOL_JUDGMENTS_SECOND;
    if (secondFile && existsSync(secondFile)) {
      const second = loadPooledJudgments(secondFile);
      const a = judgeAgreement(pooledJudgments, second);
      const f3 = (x: number) => x.toFixed(3);
      console.log(`  a second judge on ${a.pages} pages (${a.pairs} pairs): same grade ${f3(a.exact)}, same relevant-or-not ${f3(a.binary)}, kappa ${f3(a.kappa)}`);
      const rows = result.rows.filter((r) => second.has(r.id));
      const byFirst = evaluateGraded(rows, new Map(rows.map((r) => [r.id, pooledJudgments.get(r.id)!])));
      const bySecond = evaluateGraded(rows, second);
      console.log(`  on those pages, recall@3 by the first judges ${f3(byFirst.recallAt3)}, by the second ${f3(bySecond.recallAt3)}`);
    }
  } else console.log('pooled: no judgments file (tests/fixtures/story-pool-judgments.jsonl)');
  console.log('');
  const gradedById = new Map((graded?.rows ?? []).map((g) => [g.id, g]));
  const pooledById = new Map((pooled?.rows ?? []).map((g) => [g.id, g]));
  for (const r of result.rows) {
    const g = gradedById.get(r.id);
    const p = pooledById.get(r.id);
    if (r.recallAt3 === 1 && (!g || g.recallAt3 === 1) && (!p || p.recallAt3 === 1)) continue;
    const j: Record<string, number> = judgments.get(r.id)?.relevant ?? {};
    const pj = pooledJudgments.get(r.id);
    const mark = (id: string) => {
      const first = j[id] === 2 ? '**' : j[id] === 1 ? '*' : '';
      const pool = pj ? `[${pj.judged!.has(id) ? (pj.relevant[id] ?? 0) : '?'}]` : '';
      return `${id}${first}${pool}`;
    };
    const scores = [`strict ${f(r.recallAt3)}`, g && `graded ${f(g.recallAt3)}`, p && `pooled ${f(p.recallAt3)}`].filter(Boolean).join(', ');
    console.log(`  ${r.id}: ${scores}\n      want ${r.want.join(', ')}\n      got  ${r.got.map(mark).join(', ') || '(none)'}`);
  }
  console.log('\n  (** a best fit, * also fits, by the first judge; [2] [1] [0] the pooled grade, [?] not in the pool)');
}
