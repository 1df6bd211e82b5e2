/**
 * npm run eval:stories [-- --json]: the story ranking on the dev query set
 * (tests/fixtures/story-queries.jsonl): recall@3 and nDCG@5, and every query that missed.
 */
import { defaultMatcher } from '../detect/default-matcher';
import { evaluateStories, loadStoryQueries } from '../eval/story-eval';
import { defaultRanker, storyById } from '../stories/default-ranker';

const cases = loadStoryQueries();
const unknown = cases.flatMap((c) => c.want.filter((id) => !storyById(id)).map((id) => `${c.id}: ${id}`));
if (unknown.length) {
  console.error(`story-queries.jsonl names stories that do not exist:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}
const result = evaluateStories(cases, defaultMatcher(), defaultRanker());
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ queries: cases.length, recall_at_3: result.recallAt3, ndcg_at_5: result.ndcgAt5 }));
} else {
  console.log(`Story ranking on ${cases.length} page contexts: recall@3 ${result.recallAt3.toFixed(3)}, nDCG@5 ${result.ndcgAt5.toFixed(3)}\n`);
  for (const r of result.rows.filter((x) => x.recallAt3 < 1)) {
    console.log(`  ${r.id}: want ${r.want.join(', ')}\n      got  ${r.got.join(', ') || '(none)'}`);
  }
}
