/**
 * npx tsx lib/cli/story-pool.ts OUTDIR [--groups N] [--new]: the pool of candidate stories
 * for blind relevance judging (tests/fixtures/story-pool-judgments.jsonl, README "How well
 * it ranks"). For every page of both ranking sets it pools the default ranker's top 10 and
 * the top 5 of three other rankings (BM25 alone; no relatives boost; no place and practice
 * boosts), each for the extension's query (findings, title, context) and for the whole
 * page text, plus the page's want list and the first judge's picks; candidates are listed
 * in a random but fixed order, with nothing saying which ranking proposed them. Writes
 * OUTDIR/pages-<n>.jsonl (split for several judges), OUTDIR/stories.md (every story, for the
 * judges) and copies the judging instructions. With --new, only candidates that are not
 * yet in the pooled judgments are listed (to judge what a changed ranker newly proposes).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultMatcher } from '../detect/default-matcher';
import { BLIND_SET_NAMES, BLIND_SETS, loadJudgments, loadPooledJudgments, loadStoryQueries, STORY_POOL_JUDGMENTS, STORY_QUERIES, STORY_QUERIES_HOLDOUT } from '../eval/story-eval';
import { CATEGORIES } from '../lexicon/types';
import { STORIES } from '../stories/default-ranker';
import type { StoryIndex } from '../stories/index-build';
import index from '../stories/index.gen.json';
import { pageStoryQuery } from '../stories/page-query';
import { createRanker, DEFAULT_BOOSTS, type Boosts } from '../stories/rank';

const INSTRUCTIONS = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/story-pool-instructions.md');

function main(argv: string[]): number {
  const USAGE = `usage: npx tsx lib/cli/story-pool.ts OUTDIR [--groups N] [--new] [${BLIND_SET_NAMES.map((n) => `--${n}`).join(' | ')}]`;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { groups: { type: 'string', default: '4' }, new: { type: 'boolean', default: false }, ...Object.fromEntries(BLIND_SET_NAMES.map((name) => [name, { type: 'boolean' as const, default: false }])) } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const out = parsed.positionals[0];
  const groups = Number(parsed.values.groups);
  if (!out || parsed.positionals.length > 1 || !Number.isInteger(groups) || groups < 1) {
    console.error(USAGE);
    return 2;
  }
  const onlyNew = parsed.values.new;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const blindSet = BLIND_SET_NAMES.find((name) => values[name] === true);
  const blind = blindSet !== undefined;
  const judgmentsFile = blindSet ? BLIND_SETS[blindSet].pooled : STORY_POOL_JUDGMENTS;
  const judged = onlyNew && existsSync(judgmentsFile) ? loadPooledJudgments(judgmentsFile) : new Map();
  const first = blind ? new Map() : loadJudgments();
  const matcher = defaultMatcher();
  const zero = Object.fromEntries(Object.keys(DEFAULT_BOOSTS).map((k) => [k, 0])) as Boosts;
  const idx = index as unknown as StoryIndex;
  const rankings = [
    { ranker: createRanker(idx, STORIES), depth: 10 },
    { ranker: createRanker(idx, STORIES, { ...zero, bm25: 1 }), depth: 5 },
    { ranker: createRanker(idx, STORIES, { ...DEFAULT_BOOSTS, related: 0 }), depth: 5 },
    { ranker: createRanker(idx, STORIES, { ...DEFAULT_BOOSTS, place: 0, region: 0, practice: 0 }), depth: 5 },
  ];
  const hash = (s: string) => createHash('sha1').update(s).digest('hex');
  const pages = [];
  let pairs = 0;
  const sets = blindSet ? [loadStoryQueries(BLIND_SETS[blindSet].queries)] : [loadStoryQueries(STORY_QUERIES), loadStoryQueries(STORY_QUERIES_HOLDOUT)];
  for (const c of sets.flat()) {
    const { query } = pageStoryQuery(c.text, c.title, matcher);
    // The whole page too, so a detector miss does not hide a fitting story from the judges.
    const whole = { text: `${c.title}\n${c.text}`, categories: query.categories.length ? query.categories : CATEGORIES, lang: query.lang };
    const pool = new Set<string>([...c.want, ...Object.keys(first.get(c.id)?.relevant ?? {})]);
    for (const { ranker, depth } of rankings) for (const q of [query, whole]) for (const r of ranker.rank(q, depth)) pool.add(r.id);
    const seen = judged.get(c.id)?.judged;
    const candidates = [...pool].filter((id) => !seen?.has(id)).sort((a, b) => (hash(c.id + a) < hash(c.id + b) ? -1 : 1));
    if (candidates.length === 0) continue;
    pairs += candidates.length;
    pages.push({ id: c.id, lang: c.lang, title: c.title, text: c.text, candidates });
  }
  pages.sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
  mkdirSync(out, { recursive: true });
  for (let g = 0; g < groups; g++) {
    const part = pages.filter((_, i) => i % groups === g);
    if (part.length) writeFileSync(join(out, `pages-${g + 1}.jsonl`), part.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const digest = STORIES.map((s) =>
    [
      `## ${s.id}`,
      `${s.title.zh} / ${s.title.en}`,
      `${s.date} · ${[s.jurisdiction.country, s.jurisdiction.region?.en, s.jurisdiction.city?.en].filter(Boolean).join(' ')} · ${s.authority.en} · ${s.kind} · sector ${s.sector} · data ${s.dataTypes.join(', ')}`,
      s.summary.en,
      `Violation: ${s.violation.en}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(out, 'stories.md'), digest.join('\n'));
  copyFileSync(INSTRUCTIONS, join(out, 'INSTRUCTIONS.md'));
  console.log(`${pages.length} pages, ${pairs} candidates to judge, in ${Math.min(groups, pages.length)} files under ${out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
