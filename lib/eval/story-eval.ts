import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../detect/detect';
import type { Matcher } from '../detect/match';
import { storiesForPage } from '../stories/query';
import type { Ranker } from '../stories/rank';
import { readJsonl } from './jsonl';

/** One page context of the ranking dev set (tests/fixtures/story-queries.jsonl). */
export interface StoryQueryCase {
  id: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  title: string;
  /** Page text in our own words. */
  text: string;
  /** Story ids a person reading this page would want to see, most wanted first. */
  want: string[];
}

export const STORY_QUERIES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/story-queries.jsonl');

export function loadStoryQueries(path = STORY_QUERIES): StoryQueryCase[] {
  if (!existsSync(path)) throw new Error(`no story query set at ${path}`);
  return readJsonl<StoryQueryCase>(path);
}

export interface StoryEvalRow {
  id: string;
  want: string[];
  got: string[];
  recallAt3: number;
  ndcgAt5: number;
}

/** Recall@k: share of wanted stories in the top k (capped at k wanted). */
export function recallAt(want: readonly string[], got: readonly string[], k: number): number {
  if (want.length === 0) return got.length === 0 ? 1 : 0;
  const top = new Set(got.slice(0, k));
  return want.filter((w) => top.has(w)).length / Math.min(want.length, k);
}

/** nDCG@k with binary relevance. */
export function ndcgAt(want: readonly string[], got: readonly string[], k: number): number {
  const rel = new Set(want);
  const dcg = got.slice(0, k).reduce((sum, id, i) => sum + (rel.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(k, want.length) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal === 0 ? (got.length === 0 ? 1 : 0) : dcg / ideal;
}

export function evaluateStories(cases: readonly StoryQueryCase[], matcher: Matcher, ranker: Ranker): { rows: StoryEvalRow[]; recallAt3: number; ndcgAt5: number } {
  const rows = cases.map((c) => {
    const got = storiesForPage(ranker, detect(c.text, matcher), c.title, 5).map((r) => r.id);
    return { id: c.id, want: c.want, got, recallAt3: recallAt(c.want, got, 3), ndcgAt5: ndcgAt(c.want, got, 5) };
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return { rows, recallAt3: mean(rows.map((r) => r.recallAt3)), ndcgAt5: mean(rows.map((r) => r.ndcgAt5)) };
}
