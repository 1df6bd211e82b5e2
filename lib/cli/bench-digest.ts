/**
 * npm run bench:digest [--silent -- --json]: how long a privacy-policy digest takes for a
 * 40,000-character policy, measured side by side in one run (medians; printed, never
 * asserted in tests):
 *
 * - node_cold_ms: the first digest in a fresh Node process (regular expressions compiled,
 *   matcher built, code not yet optimised), median of 5 processes; node_warm_ms: later
 *   digests in one process, median of 15.
 * - background_ms: the digest in the extension's service worker, first report of a fresh
 *   browser (cold) and after a reload (warm), median of 3 browsers.
 * - popup_digest_ms: from the popup's navigation start to the digest on screen
 *   (performance mark pn:digest), median of 10 openings; popup_findings_ms on a page
 *   that is not a policy (mark pn:findings) beside it, and their ratio.
 * The policy is the repo's Simplified-Chinese policy page repeated to 40,000 characters.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMatcher } from '../detect/default-matcher';
import { textFromHtml } from '../page/html-node';
import { buildDigest } from '../policy/digest';
import { FIXTURE_DIR, FIXTURE_ORIGIN, launchWithExtension, openPopup, ROOT, waitForReport, waitForReportWhere } from './browser';

const json = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!json) console.error(...a);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const CHARS = 40_000;

const html = readFileSync(join(FIXTURE_DIR, 'policy-zh-hans.html'), 'utf8');
const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
const title = /<title>([^<]*)<\/title>/i.exec(html)![1]!;
const oneText = textFromHtml(html).text.length;
const copies = Math.ceil(CHARS / oneText);
const bigHtml = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title></head><body>${Array.from({ length: copies }, () => body).join('\n')}</body></html>`;
const bigText = textFromHtml(bigHtml).text;

/** A child process that times its first digest (everything cold). */
function nodeCold(): number {
  const script = `
    import { readFileSync } from 'node:fs';
    const t0 = performance.now();
    const { defaultMatcher } = await import(${JSON.stringify(join(ROOT, 'lib/detect/default-matcher.ts'))});
    const { buildDigest } = await import(${JSON.stringify(join(ROOT, 'lib/policy/digest.ts'))});
    const text = readFileSync(0, 'utf8');
    const t1 = performance.now();
    const d = buildDigest(text, ${JSON.stringify(title)}, defaultMatcher()).digest;
    if (!d) throw new Error('not a policy');
    console.log(JSON.stringify({ load: t1 - t0, digest: performance.now() - t1 }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { input: bigText, cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { digest: number }).digest;
}

function nodeWarm(): number {
  const m = defaultMatcher();
  buildDigest(bigText, title, m);
  const ms: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    buildDigest(bigText, title, m);
    ms.push(performance.now() - t);
  }
  return median(ms);
}

async function inBrowser() {
  const cold: number[] = [];
  const warm: number[] = [];
  const digestPopup: number[] = [];
  const findingsPopup: number[] = [];
  for (let run = 0; run < 3; run++) {
    const ext = await launchWithExtension();
    try {
      ext.proxy.pages.set('/bench/policy-40k.html', bigHtml);
      const url = `${FIXTURE_ORIGIN}/bench/policy-40k.html`;
      const page = await ext.context.newPage();
      await page.goto(url);
      let tab = await waitForReportWhere(ext.worker, url, (t) => t.digest !== undefined, 30_000);
      const ms = async () => (await ext.worker.evaluate(async (key: string) => ((await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get(key))[key] as { frames: Record<string, { digestMs?: number }> }).frames['0']?.digestMs, `tab:${tab.tabId}`)) as number;
      cold.push(await ms());
      // A reload: the same text again would hit the worker's digest cache, so the page changes a little.
      ext.proxy.pages.set('/bench/policy-40k.html', bigHtml.replace('</body>', `<p>第${run + 2}版。</p></body>`));
      await page.reload();
      tab = await waitForReportWhere(ext.worker, url, (t) => t.digest !== undefined, 30_000);
      warm.push(await ms());
      if (run === 0) {
        for (let i = 0; i < 10; i++) {
          const popup = await openPopup(ext, tab.tabId);
          await popup.waitForSelector('[data-testid=digest-summary]');
          await popup.waitForFunction(() => performance.getEntriesByName('pn:digest').length > 0);
          digestPopup.push(await popup.evaluate(() => performance.getEntriesByName('pn:digest')[0]!.startTime));
          await popup.close();
        }
        const demo = await ext.context.newPage();
        await demo.goto(`${FIXTURE_ORIGIN}/demo.html`);
        const demoTab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/demo.html`);
        for (let i = 0; i < 10; i++) {
          const popup = await openPopup(ext, demoTab.tabId);
          await popup.waitForFunction(() => performance.getEntriesByName('pn:findings').length > 0);
          findingsPopup.push(await popup.evaluate(() => performance.getEntriesByName('pn:findings')[0]!.startTime));
          await popup.close();
        }
      }
    } finally {
      await ext.close();
    }
  }
  return { cold, warm, digestPopup, findingsPopup };
}

async function main() {
  log(`policy text: ${bigText.length} characters (${copies} copies of policy-zh-hans.html)`);
  const coldRuns = Array.from({ length: 5 }, nodeCold);
  const warmMs = nodeWarm();
  log(`node: cold ${round(median(coldRuns))} ms (runs ${coldRuns.map((x) => round(x)).join(', ')}), warm ${round(warmMs)} ms`);
  const b = await inBrowser();
  const result = {
    chars: bigText.length,
    node_cold_ms: round(median(coldRuns)),
    node_warm_ms: round(warmMs),
    background_cold_ms: round(median(b.cold)),
    background_warm_ms: round(median(b.warm)),
    popup_digest_ms: round(median(b.digestPopup)),
    popup_findings_ms: round(median(b.findingsPopup)),
    popup_digest_vs_findings: round(median(b.digestPopup) / median(b.findingsPopup), 2),
  };
  if (json) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(26)} ${v}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
