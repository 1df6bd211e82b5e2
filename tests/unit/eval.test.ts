import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { CORPUS_DIRS, evaluateText, loadCorpus, summarize } from '../../lib/eval/detect-eval';
import { CATEGORIES } from '../../lib/lexicon/types';

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
