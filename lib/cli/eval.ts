/**
 * npm run eval [-- --json]: the detector on the labelled corpus in
 * tests/fixtures/detect-corpus/*.jsonl. Prints page-level precision, recall and F1 per
 * category and language, mark-level scores, and every miss and extra mark.
 */
import { detect } from '../detect/detect';
import { defaultMatcher } from '../detect/default-matcher';
import { CORPUS_DIRS, evaluateText, loadCorpus, summarize, type CorpusText, type Scores } from '../eval/detect-eval';
import { CATEGORIES } from '../lexicon/types';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function main(): void {
  const which = (Object.keys(CORPUS_DIRS) as (keyof typeof CORPUS_DIRS)[]).find((k) => k !== 'dev' && process.argv.includes(`--${k}`)) ?? 'dev';
  const corpus = loadCorpus(CORPUS_DIRS[which]);
  const matcher = defaultMatcher();
  const results = corpus.map((t) => evaluateText(t, detect(t.text, matcher)));
  const report = summarize(results, corpus);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ page: report.page, marks: report.marks, negativesMarked: report.negativesMarked }));
    return;
  }
  const fmt = (s: Scores) => `${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const counts = Object.entries(corpus.reduce<Record<string, number>>((a, t) => ((a[t.lang] = (a[t.lang] ?? 0) + 1), a), {}));
  console.log(`Detection corpus (${which}: ${CORPUS_DIRS[which].replace(/^.*\/tests\//, 'tests/')}): ${corpus.length} texts (${counts.map(([l, n]) => `${l} ${n}`).join(', ')}), ${corpus.filter((t) => t.marks.length === 0).length} negatives\n`);
  console.log('Page level (a text has a category when it has a mark of it that counts: not negated, not in a definition, as the badge counts)');
  console.log('group     category        precision recall  F1');
  for (const [group, byCat] of Object.entries(report.page)) {
    for (const c of CATEGORIES) console.log(`${group.padEnd(9)} ${c.padEnd(15)} ${fmt(byCat[c])}`);
  }
  console.log('\nMark level (same category and negation, overlapping span)');
  for (const c of CATEGORIES) console.log(`all       ${c.padEnd(15)} ${fmt(report.marks[c])}`);
  console.log(`\nNegative texts with a mark: ${report.negativesMarked.length ? report.negativesMarked.join(', ') : 'none'}`);
  const wrong = report.texts.filter((r) => r.missed.length || r.extra.length);
  console.log(`\nTexts with a missed or extra mark: ${wrong.length}`);
  const byId = new Map(corpus.map((t) => [t.id, t]));
  for (const r of wrong) {
    console.log(`  ${r.id}: ${r.missed.length ? `missed ${r.missed.join(', ')}` : ''}${r.missed.length && r.extra.length ? '; ' : ''}${r.extra.length ? `extra ${r.extra.join(', ')}` : ''}`);
    if (process.argv.includes('--verbose')) console.log(`      ${byId.get(r.id)!.text}`);
  }
}

main();
