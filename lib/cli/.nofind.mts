import { readFileSync } from 'node:fs';
import { readText } from '../detect/read';
import { defaultMatcher } from '../detect/default-matcher';
const m = defaultMatcher();
for (const set of ['blind', 'blind2', 'blind3', 'blind4']) {
  const pooled = new Map<string, Record<string, number>>();
  for (const l of readFileSync(`tests/fixtures/story-pool-judgments-${set}.jsonl`, 'utf8').split('\n').filter(Boolean)) { const d = JSON.parse(l); pooled.set(d.id, d.grades); }
  for (const l of readFileSync(`tests/fixtures/story-queries-${set}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    const g = pooled.get(d.id) ?? {};
    if (!Object.values(g).some((v) => v > 0)) continue;
    const r = readText(d.title + '\n' + d.text, m);
    const counted = r.findings.filter((f: any) => !f.negated && !f.definition).length;
    if (counted === 0) console.log(`${set} ${d.id} ${d.lang} findings=${r.findings.length} claims=${r.claims.length} | ${d.title}\n   ${d.text.slice(0, 300).replace(/\n/g, ' ')}\n   -> ${r.findings.map((f: any) => `${f.category}${f.negated ? '/neg' : ''}${f.definition ? '/def' : ''}:${(d.title + '\n' + d.text).slice(f.start, f.end)}`).join(' ')}`);
  }
}
