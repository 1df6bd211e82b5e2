/**
 * npm run eval:stories [-- --json]: the story ranking on the dev query set
 * (tests/fixtures/story-queries.jsonl): recall@3 and nDCG@5, and every query that missed.
 */
import { defaultMatcher } from '../detect/default-matcher';
import { evaluateStories, loadStoryQueries } from '../eval/story-eval';
import { defaultRanker, storyById } from '../stories/default-ranker';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const cases = loadStoryQueries();
const unknown = cases.flatMap((c) => c.want.filter((id) => !storyById(id)).map((id) => `${c.id}: ${id}`));
if (unknown.length) {
  console.error(`story-queries.jsonl names stories that do not exist:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluateStories(cases, defaultMatcher(), defaultRanker());
const share = (pred: (r: (typeof result.rows)[number]) => boolean) => result.rows.filter(pred).length / Math.max(1, result.rows.length);
const firstAt1 = share((r) => r.got[0] === r.want[0]);
const firstIn3 = share((r) => r.got.slice(0, 3).includes(r.want[0]!));
const anyIn3 = share((r) => r.got.slice(0, 3).some((id) => r.want.includes(id)));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ queries: cases.length, recall_at_3: result.recallAt3, ndcg_at_5: result.ndcgAt5, first_choice_at_1: firstAt1, first_choice_in_3: firstIn3, any_wanted_in_3: anyIn3 }));
} else {
  console.log(`Story ranking on ${cases.length} page contexts: recall@3 ${result.recallAt3.toFixed(3)}, nDCG@5 ${result.ndcgAt5.toFixed(3)}`);
  console.log(`first choice ranked 1st: ${firstAt1.toFixed(3)}; first choice in top 3: ${firstIn3.toFixed(3)}; some wanted story in top 3: ${anyIn3.toFixed(3)}\n`);
  for (const r of result.rows.filter((x) => x.recallAt3 < 1)) {
    console.log(`  ${r.id}: want ${r.want.join(', ')}\n      got  ${r.got.join(', ') || '(none)'}`);
  }
}
