/**
 * npx tsx lib/perf/cold.ts [--json]: the detector's cold start in one fresh Node process:
 * the matcher's construction (table work done at load), the first detect() on ~100 KB of
 * Chinese text (a privacy policy repeated: many mentions) and on ~100 KB with no mention,
 * then the same calls warm (median of 15). Run it once per build to compare (the first
 * call is only cold once per process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../');
const json = process.argv.includes('--json');

/** ~`chars` characters of the Chinese policy fixture's text, repeated. */
export function chinesePolicyText(chars = 100_000): string {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/policy-zh-hans.html'), 'utf8');
  const text = html.replace(/<[^>]+>/g, '').replace(/\n{2,}/g, '\n').trim();
  let out = '';
  while (out.length < chars) out += text + '\n';
  return out.slice(0, chars);
}

/** ~`chars` characters of Chinese news-like prose with no lexicon word. */
export function chineseQuietText(chars = 100_000): string {
  const s = ['今天的天气很好，公园里有很多人在散步。', '城市交通正在改善，新的地铁线路即将开通。', '图书馆延长了开放时间，方便读者借阅。', '菜市场经过改造，环境比以前干净多了。', '这家餐厅的招牌菜是红烧肉和清蒸鱼。\n'];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += s[(i * 7) % s.length];
  return out.slice(0, chars);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const policy = chinesePolicyText();
  const quiet = chineseQuietText();
  const t0 = performance.now();
  const { defaultMatcher } = await import('../detect/default-matcher');
  const { analyzeText } = await import('../detect/chunked');
  const t1 = performance.now();
  const matcher = defaultMatcher();
  const t2 = performance.now();
  const quietCold = (() => {
    const t = performance.now();
    analyzeText(quiet, matcher);
    return performance.now() - t;
  })();
  const t3 = performance.now();
  const first = analyzeText(policy, matcher);
  const policyCold = performance.now() - t3;
  const warm = (text: string) => {
    const ms: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      analyzeText(text, matcher);
      ms.push(performance.now() - t);
    }
    return median(ms);
  };
  const result = {
    import_ms: r2(t1 - t0),
    matcher_build_ms: r2(t2 - t1),
    first_detect_quiet_100kb_ms: r2(quietCold),
    first_detect_policy_100kb_ms: r2(policyCold),
    warm_detect_quiet_100kb_ms: r2(warm(quiet)),
    warm_detect_policy_100kb_ms: r2(warm(policy)),
    findings_policy_100kb: first.findings.length,
  };
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else console.log(result);
}

if (process.argv[1]?.endsWith('cold.ts')) void main();
