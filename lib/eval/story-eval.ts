import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingContext } from '../detect/context';
import { detect } from '../detect/detect';
import type { Matcher } from '../detect/match';
import { storiesForText } from '../stories/page-query';
import { storiesForPage } from '../stories/query';
import type { Ranker } from '../stories/rank';
import { withdrawnStoryIds } from '../stories/load-node';
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
  /** Wanted stories since withdrawn from the dataset (lib/stories/withdrawn), dropped from `want`. */
  withdrawn?: string[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');
/** The dev set (tuned on) and the holdout set (written blind to the ranker, scored, not tuned on). */
export const STORY_QUERIES = join(FIXTURES, 'story-queries.jsonl');
export const STORY_QUERIES_HOLDOUT = join(FIXTURES, 'story-queries-holdout.jsonl');
/**
 * The blind set: 60 pages a reader might be on (face boarding, schools, workplaces, voice,
 * health, children, app permissions, cross-border, data sale, face search), written by a
 * helper who saw neither the ranker nor the stories' ids; no want lists. Judged by pooling
 * (story-pool-judgments-blind.jsonl) and scored once, at the end of the round that added it
 * (pooled recall@3 0.753); since then a development set like the others.
 */
export const STORY_QUERIES_BLIND = join(FIXTURES, 'story-queries-blind.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND = join(FIXTURES, 'story-pool-judgments-blind.jsonl');
/**
 * The second blind set (round of 2026-12-02): 60 new pages written by a helper who saw
 * neither the ranker nor the stories, after the first blind set had been scored and then
 * used for development. Pooled (story-pool-judgments-blind2.jsonl), scored once.
 */
export const STORY_QUERIES_BLIND2 = join(FIXTURES, 'story-queries-blind2.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND2 = join(FIXTURES, 'story-pool-judgments-blind2.jsonl');
/**
 * The third blind set (same round, later): 60 pages written by another helper who saw
 * neither ranker nor stories, pooled after the second set had been scored and developed
 * on (story-pool-judgments-blind3.jsonl), scored once.
 */
export const STORY_QUERIES_BLIND3 = join(FIXTURES, 'story-queries-blind3.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND3 = join(FIXTURES, 'story-pool-judgments-blind3.jsonl');
/** The fourth blind set: 60 more pages by another helper, pooled after the work on the third, scored once. */
export const STORY_QUERIES_BLIND4 = join(FIXTURES, 'story-queries-blind4.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND4 = join(FIXTURES, 'story-pool-judgments-blind4.jsonl');
export const STORY_QUERIES_BLIND5 = join(FIXTURES, 'story-queries-blind5.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND5 = join(FIXTURES, 'story-pool-judgments-blind5.jsonl');
export const STORY_QUERIES_BLIND6 = join(FIXTURES, 'story-queries-blind6.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND6 = join(FIXTURES, 'story-pool-judgments-blind6.jsonl');
export const STORY_QUERIES_BLIND7 = join(FIXTURES, 'story-queries-blind7.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND7 = join(FIXTURES, 'story-pool-judgments-blind7.jsonl');
export const STORY_QUERIES_BLIND8 = join(FIXTURES, 'story-queries-blind8.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND8 = join(FIXTURES, 'story-pool-judgments-blind8.jsonl');
export const STORY_QUERIES_BLIND9 = join(FIXTURES, 'story-queries-blind9.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND9 = join(FIXTURES, 'story-pool-judgments-blind9.jsonl');
export const STORY_QUERIES_BLIND10 = join(FIXTURES, 'story-queries-blind10.jsonl');
export const STORY_POOL_JUDGMENTS_BLIND10 = join(FIXTURES, 'story-pool-judgments-blind10.jsonl');
/** A second judge's grades for one third of the second blind set (20 pages), for agreement. */
export const STORY_POOL_JUDGMENTS_BLIND2_SECOND = join(FIXTURES, 'story-pool-judgments-blind2-second.jsonl');
/** The blind sets by flag name (`--blind`, `--blind2`…): page texts and pooled judgments, and a second judge's where there is one. */
export const BLIND_SETS = {
  blind: { queries: STORY_QUERIES_BLIND, pooled: STORY_POOL_JUDGMENTS_BLIND, second: undefined },
  blind2: { queries: STORY_QUERIES_BLIND2, pooled: STORY_POOL_JUDGMENTS_BLIND2, second: STORY_POOL_JUDGMENTS_BLIND2_SECOND },
  blind3: { queries: STORY_QUERIES_BLIND3, pooled: STORY_POOL_JUDGMENTS_BLIND3, second: undefined },
  blind4: { queries: STORY_QUERIES_BLIND4, pooled: STORY_POOL_JUDGMENTS_BLIND4, second: undefined },
  blind5: { queries: STORY_QUERIES_BLIND5, pooled: STORY_POOL_JUDGMENTS_BLIND5, second: undefined },
  blind6: { queries: STORY_QUERIES_BLIND6, pooled: STORY_POOL_JUDGMENTS_BLIND6, second: undefined },
  blind7: { queries: STORY_QUERIES_BLIND7, pooled: STORY_POOL_JUDGMENTS_BLIND7, second: undefined },
  blind8: { queries: STORY_QUERIES_BLIND8, pooled: STORY_POOL_JUDGMENTS_BLIND8, second: undefined },
  blind9: { queries: STORY_QUERIES_BLIND9, pooled: STORY_POOL_JUDGMENTS_BLIND9, second: undefined },
  blind10: { queries: STORY_QUERIES_BLIND10, pooled: STORY_POOL_JUDGMENTS_BLIND10, second: undefined },
} as const;
export type BlindSet = keyof typeof BLIND_SETS;
export const BLIND_SET_NAMES = Object.keys(BLIND_SETS) as BlindSet[];
/** The blind set a command line names (`--blind3`), if any. */
export function blindSetOf(argv: readonly string[]): BlindSet | undefined {
  return BLIND_SET_NAMES.find((name) => argv.includes(`--${name}`));
}

/**
 * Graded judgments for every query of both sets, made by a judge who saw only the page
 * texts and the story files (not the ranker, not the want lists): every story a reader
 * would be glad to see, 2 = a best fit, 1 = also fits.
 */
export const STORY_JUDGMENTS = join(FIXTURES, 'story-judgments.jsonl');

export interface StoryJudgment {
  id: string;
  relevant: Record<string, 1 | 2>;
  /** For pooled judgments: every story that was judged for this page (the rest are unjudged). */
  judged?: ReadonlySet<string>;
}

/**
 * Pooled judgments (TREC-style): for every query, a pool of candidates (the ranker's top
 * 10 and the top 5 of three other rankings, for the finding query and for the whole page
 * text, plus the want list and the first judge's picks), each graded 0, 1 or 2 by judges
 * who saw the page, the story files and the candidate ids in random order, not the
 * ranker, not which ranking proposed what. A story in a top 3 that no judge saw counts
 * as not relevant. The pool in the file was built with the ranker of commit b9e0050 (its
 * query had no page context yet); lib/cli/story-pool.ts rebuilds a pool, and with --new
 * lists only the candidates a changed ranker proposes that were not judged yet.
 */
export const STORY_POOL_JUDGMENTS = join(FIXTURES, 'story-pool-judgments.jsonl');

/** A second judge's grades for some of the pooled pages (same pools, same instructions), to measure agreement. */
export const STORY_POOL_JUDGMENTS_SECOND = join(FIXTURES, 'story-pool-judgments-second.jsonl');

/** Agreement of two pooled judgments on the pairs both graded: exact grade, relevant-or-not, and Cohen's kappa on relevant-or-not. */
export function judgeAgreement(a: ReadonlyMap<string, StoryJudgment>, b: ReadonlyMap<string, StoryJudgment>): { pages: number; pairs: number; exact: number; binary: number; kappa: number } {
  let pages = 0;
  let pairs = 0;
  let exact = 0;
  let agree = 0;
  let relA = 0;
  let relB = 0;
  for (const [id, ja] of a) {
    const jb = b.get(id);
    if (!jb?.judged || !ja.judged) continue;
    pages++;
    for (const s of ja.judged) {
      if (!jb.judged.has(s)) continue;
      const ga = ja.relevant[s] ?? 0;
      const gb = jb.relevant[s] ?? 0;
      pairs++;
      if (ga === gb) exact++;
      if (ga > 0 === gb > 0) agree++;
      if (ga > 0) relA++;
      if (gb > 0) relB++;
    }
  }
  if (pairs === 0) return { pages, pairs, exact: 0, binary: 0, kappa: 0 };
  const po = agree / pairs;
  const pe = (relA / pairs) * (relB / pairs) + (1 - relA / pairs) * (1 - relB / pairs);
  return { pages, pairs, exact: exact / pairs, binary: po, kappa: pe === 1 ? 1 : (po - pe) / (1 - pe) };
}

/** Withdrawn stories (lib/stories/withdrawn) are not in the dataset: judgments and want lists lose them. */
const WITHDRAWN = withdrawnStoryIds();
const kept = (id: string) => !WITHDRAWN.has(id);

export function loadPooledJudgments(path = STORY_POOL_JUDGMENTS): Map<string, StoryJudgment> {
  if (!existsSync(path)) throw new Error(`no pooled story judgments at ${path}`);
  return new Map(
    readJsonl<{ id: string; grades: Record<string, 0 | 1 | 2> }>(path).map((j) => {
      const grades = Object.entries(j.grades).filter(([id]) => kept(id));
      return [
        j.id,
        {
          id: j.id,
          relevant: Object.fromEntries(grades.filter(([, g]) => g > 0)) as Record<string, 1 | 2>,
          judged: new Set(grades.map(([id]) => id)),
        },
      ];
    }),
  );
}

export function loadJudgments(path = STORY_JUDGMENTS): Map<string, StoryJudgment> {
  if (!existsSync(path)) throw new Error(`no story judgments at ${path}`);
  return new Map(
    readJsonl<StoryJudgment>(path).map((j) => [j.id, { ...j, relevant: Object.fromEntries(Object.entries(j.relevant).filter(([id]) => kept(id))) as StoryJudgment['relevant'] }]),
  );
}

export function loadStoryQueries(path = STORY_QUERIES): StoryQueryCase[] {
  if (!existsSync(path)) throw new Error(`no story query set at ${path}`);
  return readJsonl<StoryQueryCase>(path).map((c) => {
    const want = c.want.filter(kept);
    return want.length < c.want.length ? { ...c, want, withdrawn: c.want.filter((id) => !kept(id)) } : c;
  });
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

/** nDCG@k with graded gains (2^grade - 1). */
export function gradedNdcgAt(relevant: Readonly<Record<string, number>>, got: readonly string[], k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = got.slice(0, k).reduce((sum, id, i) => sum + gain(relevant[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal === 0 ? (got.length === 0 ? 1 : 0) : dcg / ideal;
}

export interface GradedRow {
  id: string;
  got: string[];
  /** Share of the top 3 that the judge marked relevant (grade 1 or 2), out of min(3, relevant). */
  recallAt3: number;
  /** Share of the shown top 3 that are relevant. */
  precisionAt3: number;
  ndcgAt5: number;
  /** A grade-2 story is in the top 3. */
  bestIn3: boolean;
  /** Recall@3 counting only best fits (grade 2): share of the top 3 that are best fits, out of min(3, best fits). */
  bestRecallAt3: number;
  /** Top-3 stories nobody judged for this page (pooled judgments only; counted as not relevant). */
  unjudgedIn3: string[];
}

/** Scores rankings against the graded judgments. */
export function evaluateGraded(
  rows: readonly { id: string; got: string[] }[],
  judgments: ReadonlyMap<string, StoryJudgment>,
): { rows: GradedRow[]; recallAt3: number; precisionAt3: number; ndcgAt5: number; bestIn3: number; bestRecallAt3: number } {
  const out = rows.map(({ id, got }) => {
    const j = judgments.get(id);
    if (!j) throw new Error(`no judgment for query ${id}`);
    const relevant = Object.keys(j.relevant);
    const best = relevant.filter((r) => j.relevant[r] === 2);
    const top = got.slice(0, 3);
    return {
      id,
      got,
      recallAt3: recallAt(relevant, got, 3),
      precisionAt3: top.length ? top.filter((g) => g in j.relevant).length / top.length : relevant.length === 0 ? 1 : 0,
      ndcgAt5: gradedNdcgAt(j.relevant, got, 5),
      bestIn3: best.length === 0 || top.some((g) => best.includes(g)),
      bestRecallAt3: best.length === 0 ? 1 : recallAt(best, got, 3),
      unjudgedIn3: j.judged ? top.filter((g) => !j.judged!.has(g)) : [],
    };
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    rows: out,
    recallAt3: mean(out.map((r) => r.recallAt3)),
    precisionAt3: mean(out.map((r) => r.precisionAt3)),
    ndcgAt5: mean(out.map((r) => r.ndcgAt5)),
    bestIn3: mean(out.map((r) => (r.bestIn3 ? 1 : 0))),
    bestRecallAt3: mean(out.map((r) => r.bestRecallAt3)),
  };
}

/**
 * Ranks each page as the extension does (findings, claims, the digest of a policy page);
 * with `signals: false`, from its findings and text only (the ranking before claims, for
 * comparison).
 */
export function evaluateStories(cases: readonly StoryQueryCase[], matcher: Matcher, ranker: Ranker, opts: { signals?: boolean } = {}): { rows: StoryEvalRow[]; recallAt3: number; ndcgAt5: number } {
  const rows = cases.map((c) => {
    const got = (
      opts.signals === false
        ? (() => {
            const findings = detect(c.text, matcher);
            return storiesForPage(ranker, findings, c.title, 5, findingContext(c.text, findings));
          })()
        : storiesForText(ranker, c.text, c.title, matcher)
    ).map((r) => r.id);
    return { id: c.id, want: c.want, got, recallAt3: recallAt(c.want, got, 3), ndcgAt5: ndcgAt(c.want, got, 5) };
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  // A page whose every wanted story was withdrawn has no want list left to score strictly.
  const strict = rows.filter((_, i) => !(cases[i]!.withdrawn && cases[i]!.want.length === 0));
  return { rows, recallAt3: mean(strict.map((r) => r.recallAt3)), ndcgAt5: mean(strict.map((r) => r.ndcgAt5)) };
}
