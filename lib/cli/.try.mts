import { readText } from '../detect/read';
import { defaultMatcher } from '../detect/default-matcher';
const m = defaultMatcher();
for (const t of process.argv.slice(2)) {
  const r = readText(t, m);
  console.log(t.slice(0, 60), '=>', r.findings.map((f: any) => `${f.category}${f.negated ? '/neg' : ''}${f.definition ? '/def' : ''}:${t.slice(f.start, f.end)}${f.verb ? '<' + f.verb : ''}`).join(' | ') || '(none)');
}
