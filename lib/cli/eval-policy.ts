/**
 * npm run eval:policy [-- --json] [--part tune|check] [--misses N] [--sample DIR]
 *
 * Claims on CA4P-483's dev half (../shared/benchmarks/ca4p-dev): data-item recall (items
 * of annotated data phrases split at 、和及; a hit is an overlapping non-negated claim data
 * item), overall and for specific items (not 个人信息 and the like), by data type;
 * precision of claim data inside the annotated collection and sharing paragraphs;
 * sentence-level precision and recall there; face or biometric claims from definition
 * paragraphs; and the most frequent misses. The two halves of the set (even ids: tuned
 * on; odd ids: only looked at) are reported apart. --sample DIR writes the hand-judging
 * sample of the check half (40 extra and 40 missed items, fixed seed) to DIR/extra.jsonl
 * and DIR/missed.jsonl: benchmark text, so DIR goes outside the repo.
 */
import { readText } from '../detect/read';
import { defaultMatcher } from '../detect/default-matcher';
import { matchTokens } from '../detect/match';
import { normalize } from '../detect/normalize';
import { scores } from '../eval/detect-eval';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDoc, judgeSample, loadCa4p, partOf, type DocResult, type Part } from '../eval/policy-eval';
import type { DataType } from '../lexicon/types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const partArg = args.includes('--part') ? (args[args.indexOf('--part') + 1] as Part) : undefined;
const missesN = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : 25;

const matcher = defaultMatcher();
/** The data type the lexicon gives an item's text (for recall by type). */
function typeOfText(text: string): DataType {
  const t = matchTokens(matcher, normalize(text).base).find((x) => x.kind !== 'verb');
  return (t?.type as DataType) || 'other';
}

const sampleDir = args.includes('--sample') ? args[args.indexOf('--sample') + 1] : undefined;
const docs = loadCa4p().filter((d) => !partArg || partOf(d) === partArg);
if (sampleDir) {
  const sample = judgeSample(loadCa4p(), (d) => readText(d.text, matcher).claims);
  mkdirSync(sampleDir, { recursive: true });
  for (const k of ['extra', 'missed'] as const) writeFileSync(join(sampleDir, `${k}.jsonl`), sample[k].map((x) => JSON.stringify(x)).join('\n') + '\n');
  console.log(`sample: ${sample.extra.length} of ${sample.population.extra} extra, ${sample.missed.length} of ${sample.population.missed} missed items -> ${sampleDir}`);
  process.exit(0);
}
const t0 = performance.now();
let chars = 0;
const results: DocResult[] = docs.map((d) => {
  chars += d.text.length;
  const { claims, findings } = readText(d.text, matcher);
  return evaluateDoc(d, claims, findings);
});
const ms = performance.now() - t0;

function summary(rs: DocResult[]) {
  const items = rs.flatMap((r) => r.items);
  const specific = items.filter((i) => i.gold.specific);
  const para = rs.flatMap((r) => r.inParagraph);
  const sent = rs.reduce((a, r) => ({ tp: a.tp + r.sentences.tp, fp: a.fp + r.sentences.fp, fn: a.fn + r.sentences.fn }), { tp: 0, fp: 0, fn: 0 });
  const byType: Record<string, { n: number; hit: number }> = {};
  for (const i of specific) {
    const t = typeOfText(i.gold.text);
    const e = (byType[t] ??= { n: 0, hit: 0 });
    e.n++;
    if (i.hit) e.hit++;
  }
  const s = scores(sent);
  return {
    policies: rs.length,
    items: items.length,
    item_recall: items.filter((i) => i.hit).length / Math.max(1, items.length),
    specific_items: specific.length,
    specific_recall: specific.filter((i) => i.hit).length / Math.max(1, specific.length),
    paragraph_items: para.length,
    paragraph_precision: para.filter((p) => p.hit).length / Math.max(1, para.length),
    annotated_paragraph_items: para.filter((p) => p.annotated).length,
    annotated_paragraph_precision: para.filter((p) => p.annotated && p.hit).length / Math.max(1, para.filter((p) => p.annotated).length),
    // The same, for items that name a data type (the measure specific recall is the pair of).
    specific_annotated_paragraph_items: para.filter((p) => p.annotated && p.specific).length,
    specific_annotated_paragraph_precision: para.filter((p) => p.annotated && p.specific && p.hit).length / Math.max(1, para.filter((p) => p.annotated && p.specific).length),
    sentence_precision: s.precision,
    sentence_recall: s.recall,
    sentence_f1: s.f1,
    definition_face_biometric: rs.reduce((n, r) => n + r.definitionFaceBio.length, 0),
    by_type: Object.fromEntries(Object.entries(byType).sort((a, b) => b[1].n - a[1].n).map(([t, e]) => [t, { n: e.n, recall: Math.round((e.hit / e.n) * 1000) / 1000 }])),
  };
}

const parts = { tune: summary(results.filter((r) => r.part === 'tune')), check: summary(results.filter((r) => r.part === 'check')), all: summary(results) };
const counter = (xs: string[]) => Object.entries(xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {})).sort((a, b) => b[1] - a[1]);
const misses = counter(results.filter((r) => !partArg || r.part === partArg).flatMap((r) => r.items.filter((i) => i.gold.specific && !i.hit).map((i) => i.gold.text))).slice(0, missesN);
const wrong = counter(results.flatMap((r) => r.inParagraph.filter((p) => !p.hit).map((p) => p.text))).slice(0, missesN);

if (json) {
  process.stdout.write(JSON.stringify({ ...parts, chars_per_s: Math.round(chars / (ms / 1000)), misses, not_annotated: wrong }) + '\n');
} else {
  const f = (x: number) => x.toFixed(3);
  for (const [name, p] of Object.entries(parts)) {
    if (p.policies === 0) continue;
    console.log(`${name.padEnd(6)} ${p.policies} policies: item recall ${f(p.item_recall)} (${p.items}), specific ${f(p.specific_recall)} (${p.specific_items}); precision in collection paragraphs ${f(p.paragraph_precision)} (${p.paragraph_items}), in those with any data annotation ${f(p.annotated_paragraph_precision)} (${p.annotated_paragraph_items}), specific items there ${f(p.specific_annotated_paragraph_precision)} (${p.specific_annotated_paragraph_items}); sentences P ${f(p.sentence_precision)} R ${f(p.sentence_recall)} F1 ${f(p.sentence_f1)}; face/biometric from definitions ${p.definition_face_biometric}`);
  }
  console.log('\nSpecific-item recall by type (all):');
  for (const [t, e] of Object.entries(parts.all.by_type)) console.log(`  ${t.padEnd(16)} ${f(e.recall)}  (${e.n})`);
  console.log(`\nMost frequent misses: ${misses.map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(`Most frequent claim data not annotated: ${wrong.map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(`\n${(chars / 1e6).toFixed(2)} M characters in ${ms.toFixed(0)} ms (${(chars / (ms / 1000) / 1e6).toFixed(2)} M chars/s, analyze: findings and claims)`);
}
