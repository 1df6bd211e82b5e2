/**
 * npm run eval:checklist [-- --json] [--part tune|check] [--misses ITEM] [--limit N]
 *
 * The sentence checklist (lib/policy/checklist.ts) on VioDroid-Finder's labelled policy
 * sentences (../shared/benchmarks/viodroid-dev): support, precision, recall and F1 of
 * each rule CR1-CR26 and their macro-F1, for the tune half (even n), the check half (odd
 * n) and both. --misses ITEM prints false negatives and false positives of one item from
 * the tune half only.
 */
import { CHECKLIST_ITEMS, sentenceReasons, type ChecklistItem } from '../policy/checklist';
import { evaluateChecklist, loadSentences, predict, tuneMisses, type Part, type PartReport } from '../eval/checklist-eval';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const json = args.includes('--json');
const partArg = opt('--part') as Part | undefined;
const missItem = opt('--misses') as ChecklistItem | undefined;
const limit = Number(opt('--limit') ?? 8);
if (partArg && partArg !== 'tune' && partArg !== 'check') throw new Error('--part is tune or check');
if (missItem && !CHECKLIST_ITEMS.includes(missItem)) throw new Error(`--misses: one of ${CHECKLIST_ITEMS.join(', ')}`);

const sentences = loadSentences();
const report = evaluateChecklist(sentences);
/** Time of a second pass, once the matcher is built and the regexes compiled (the first is report.ms). */
const warmMs = Math.min(...[0, 1, 2].map(() => predict(sentences).ms));
const chars = sentences.reduce((n, s) => n + s.sentence.length, 0);
const parts: Record<string, PartReport> = partArg ? { [partArg]: report[partArg] } : { tune: report.tune, check: report.check, all: report.all };
const r3 = (x: number) => Math.round(x * 1000) / 1000;

if (missItem) {
  const m = tuneMisses(sentences, missItem, limit);
  const why = (s: string) => sentenceReasons(s).map((r) => `${r.item}:${r.reason}`).join(' ');
  if (json) process.stdout.write(JSON.stringify(m) + '\n');
  else {
    console.log(`${missItem} (${m.rule}), tune half: ${m.fnCount} false negatives, ${m.fpCount} false positives`);
    console.log('\nFalse negatives:');
    for (const s of m.fn) console.log(`  n=${s.n} [${s.category} ${s.rules.join(',')}] ${s.sentence}\n      -> ${why(s.sentence) || '(none)'}`);
    console.log('\nFalse positives:');
    for (const s of m.fp) console.log(`  n=${s.n} [${s.category} ${s.rules.join(',') || '-'}] ${s.sentence}\n      -> ${why(s.sentence)}`);
  }
} else if (json) {
  const out = Object.fromEntries(
    Object.entries(parts).map(([k, p]) => [
      k,
      { sentences: p.sentences, macro_f1: r3(p.macroF1), rules: Object.fromEntries(p.rules.map((r) => [r.rule, { item: r.item, support: r.support, precision: r3(r.precision), recall: r3(r.recall), f1: r3(r.f1) }])) },
    ]),
  );
  process.stdout.write(JSON.stringify({ ...out, sentences: sentences.length, chars, first_ms: Math.round(report.ms * 10) / 10, warm_ms: Math.round(warmMs * 10) / 10 }) + '\n');
} else {
  const names = Object.keys(parts);
  const f = (x: number) => x.toFixed(2);
  console.log(`${'rule'.padEnd(5)} ${'item'.padEnd(18)} ${names.map((n) => `${n.padEnd(5)}  n    P    R    F1 `).join(' | ')}`);
  for (let i = 0; i < 26; i++) {
    const cells = names.map((n) => {
      const r = parts[n]!.rules[i]!;
      return `${String(r.support).padStart(10)} ${f(r.precision)} ${f(r.recall)} ${f(r.f1)}`;
    });
    const r = parts[names[0]!]!.rules[i]!;
    console.log(`${r.rule.padEnd(5)} ${r.item.padEnd(18)} ${cells.join(' | ')}`);
  }
  console.log(`\nmacro-F1: ${names.map((n) => `${n} ${parts[n]!.macroF1.toFixed(3)} (${parts[n]!.sentences} sentences)`).join(', ')}`);
  console.log(`${sentences.length} sentences (${chars} characters) classified in ${report.ms.toFixed(1)} ms on the first pass (matcher built, regexes compiled), ${warmMs.toFixed(1)} ms after (best of 3)`);
}
