import { coldBenchPages } from './bench-pages';
import { defaultMatcher } from '../detect/default-matcher';
import { analyzeText } from '../detect/chunked';
const html = coldBenchPages(false)['100kb']!;
const text = html.replace(/<\/(p|h\d|li|div|tr|td|section|article)>/g, '\n').replace(/<[^>]+>/g, '');
const m = defaultMatcher();
console.error('chars', text.length, 'newlines', text.split('\n').length);
for (let i = 0; i < Number(process.env.RUNS ?? 40); i++) { const t = performance.now(); const n = analyzeText(text, m).findings.length; if (i < 3 || i % 10 === 0) console.error(i, (performance.now() - t).toFixed(1), n); }
