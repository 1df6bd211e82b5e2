/**
 * npm run bench [--silent -- --json]: the numbers behind the performance goals, measured
 * side by side in one run. Timings are medians of a few runs on this machine; they are
 * printed, never asserted in tests.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { generatePage, generateText } from '../bench/pages';
import { defaultMatcher } from '../detect/default-matcher';
import { matchTokens } from '../detect/match';
import { normalize } from '../detect/normalize';
import { patternFor } from '../lexicon/compile';
import compiled from '../lexicon/compiled.gen.json';
import type { CompiledLexicon } from '../lexicon/types';
import { EXTENSION_DIR, findChromium, FIXTURE_ORIGIN, launchWithExtension, openPopup, ROOT, startFixtureProxy, waitForReport } from './browser';

const json = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!json) console.error(...a);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function time(fn: () => unknown, runs: number): number {
  fn(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** Our matcher against one V8 RegExp alternation of the same words, on 10 MB. */
function matcherBench() {
  const text = generateText(10_000_000, { seed: 3 });
  const matcher = defaultMatcher();
  const norm = normalize(text);
  const folded = norm.text; // the RegExp gets pre-folded text for free
  const re = new RegExp(patternFor(compiled as unknown as CompiledLexicon), 'g');
  const oursMs = time(() => matchTokens(matcher, norm.base), 5);
  const reMs = time(() => folded.match(re), 5);
  const ours = matchTokens(matcher, norm.base).length;
  re.lastIndex = 0;
  const theirs = folded.match(re)?.length ?? 0;
  if (ours !== theirs) throw new Error(`matcher and RegExp disagree on the bench text: ${ours} vs ${theirs} hits`);
  return {
    matcher_mchars_per_s: round(text.length / oursMs / 1000, 1),
    regexp_mchars_per_s: round(text.length / reMs / 1000, 1),
    matcher_vs_regexp: round(reMs / oursMs),
  };
}

/** Built file sizes; a page's size counts the chunks it imports. */
function bundleSizes() {
  const dir = EXTENSION_DIR;
  const size = (rel: string) => statSync(join(dir, rel)).size;
  const withImports = (rel: string, seen = new Set<string>()): number => {
    if (seen.has(rel)) return 0;
    seen.add(rel);
    const src = readFileSync(join(dir, rel), 'utf8');
    let total = Buffer.byteLength(src);
    for (const m of src.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      const target = join(dirname(rel), m[1]!).replace(/^\//, '');
      total += withImports(target, seen);
    }
    return total;
  };
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const seen = new Set<string>();
  let popup = Buffer.byteLength(popupHtml);
  for (const m of popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) popup += m[1]!.endsWith('.js') ? withImports(m[1]!, seen) : size(m[1]!);
  return {
    content_script_bytes: size('scan.js'),
    background_bytes: withImports('background.js'),
    popup_bytes: popup,
  };
}

async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => (window as unknown as { __pnLong: { start: number; duration: number }[] }).__pnLong ?? []);
}

function observeLongTasks(): void {
  const w = window as unknown as { __pnLong: { start: number; duration: number }[] };
  w.__pnLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__pnLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The real content script, cold, on generated pages; the longest task it causes. */
async function contentScriptBench() {
  const ext = await launchWithExtension();
  try {
    const perSize: Record<string, number> = {};
    let longest = 0;
    let longestSlice = 0;
    let longestStep = '';
    for (const [label, chars] of [['100kb', 100_000], ['1mb', 1_000_000], ['5mb', 5_000_000]] as const) {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const path = `/bench-${label}-${r}.html`;
        ext.proxy.pages.set(path, generatePage(chars, { seed: 11 }));
        const page = await ext.context.newPage();
        await page.addInitScript(observeLongTasks);
        await page.goto(FIXTURE_ORIGIN + path);
        const tab = await waitForReport(ext.worker, FIXTURE_ORIGIN + path, 60_000);
        const timing = tab.timing!;
        runs.push(timing.busy / (chars / 100_000));
        if (label === '5mb') {
          await page.waitForTimeout(300);
          const during = (await longTasks(page)).filter((t) => t.start < timing.end && t.start + t.duration > timing.start);
          longest = Math.max(longest, ...during.map((t) => t.duration), 0);
          if (timing.longestSlice > longestSlice) {
            longestSlice = timing.longestSlice;
            longestStep = timing.longestStep ?? '';
          }
        }
        await page.close();
      }
      perSize[label] = round(median(runs));
      log(`content script, ${label}: ${perSize[label]} ms per 100 KB (cold, median of 3)`);
    }

    // A batch of 1,000 added nodes (only those are scanned), and one of 5,000 (one full rescan).
    ext.proxy.pages.set('/bench-mutation.html', generatePage(200_000, { seed: 5 }));
    const mutation: Record<string, number> = {};
    for (const count of [1000, 5000]) {
      const page = await ext.context.newPage();
      await page.goto(`${FIXTURE_ORIGIN}/bench-mutation.html`);
      const before = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/bench-mutation.html`);
      await page.evaluate((n) => {
        const frag = document.createDocumentFragment();
        for (let i = 0; i < n; i++) {
          const p = document.createElement('p');
          p.textContent = i % 100 === 0 ? `第${i}条：门店摄像头抓拍人脸，会员需登记手机号码。` : `更新 ${i}：今天的天气很好。`;
          frag.append(p);
        }
        document.body.append(...Array.from(frag.childNodes));
      }, count);
      const deadline = Date.now() + 20_000;
      let after = before;
      while (Date.now() < deadline) {
        after = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/bench-mutation.html`);
        if (after.timing && after.timing.start !== before.timing?.start) break;
        await page.waitForTimeout(100);
      }
      mutation[count] = round(after.timing!.busy);
      log(`mutation batch of ${count} nodes: ${mutation[count]} ms busy (${count > 1000 ? 'one full rescan' : 'added subtrees only'})`);
      await page.close();
    }

    // Popup, cold service worker: stop it, then open popup.html?tab= and read its marks.
    const demo = await ext.context.newPage();
    await demo.goto(`${FIXTURE_ORIGIN}/demo.html`);
    const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/demo.html`);
    const findingsMs: number[] = [];
    const storiesMs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const cdp = await ext.context.newCDPSession(demo);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      const popup = await openPopup(ext, tab.tabId);
      await popup.waitForFunction(() => performance.getEntriesByName('pn:stories').length > 0, null, { timeout: 15_000 });
      const marks = await popup.evaluate(() => ({
        findings: performance.getEntriesByName('pn:findings')[0]!.startTime,
        stories: performance.getEntriesByName('pn:stories')[0]!.startTime,
        shown: document.querySelectorAll('[data-testid=story]').length,
      }));
      if (marks.shown === 0) throw new Error('popup bench: no story rendered');
      findingsMs.push(marks.findings);
      storiesMs.push(marks.stories);
      await popup.close();
    }
    log(`popup (cold service worker): findings ${round(median(findingsMs), 1)} ms, stories ${round(median(storiesMs), 1)} ms`);
    return {
      scan_ms_per_100kb: perSize['5mb']!,
      scan_ms_per_100kb_by_size: perSize,
      longest_task_ms_5mb: round(longest, 1),
      longest_slice_ms_5mb: round(longestSlice, 1),
      longest_slice_step_5mb: longestStep,
      mutation_rescan_ms: mutation[1000]!,
      mutation_full_rescan_ms_5000: mutation[5000]!,
      popup_findings_ms: round(median(findingsMs), 1),
      popup_stories_ms: round(median(storiesMs), 1),
    };
  } finally {
    await ext.close();
  }
}

/** mark.js against our page steps (warm, same page, same words), without the extension. */
async function markjsBench() {
  const ours = await build({ entryPoints: [join(ROOT, 'lib/bench/in-page.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  const oursJs = ours.outputFiles[0]!.text;
  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const pattern = patternFor(compiled as unknown as CompiledLexicon);
  const proxy = await startFixtureProxy();
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const ratios: Record<string, number> = {};
    const warm: Record<string, number> = {};
    for (const [label, chars] of [['100kb', 100_000], ['1mb', 1_000_000]] as const) {
      proxy.pages.set(`/mark-${label}.html`, generatePage(chars, { seed: 11 }));
      const oursMs: number[] = [];
      const markMs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const page = await context.newPage();
        await page.goto(`${FIXTURE_ORIGIN}/mark-${label}.html`);
        await page.addScriptTag({ content: oursJs });
        await page.evaluate(() => (window as unknown as { __pnBench: { phases(): unknown } }).__pnBench.phases()); // warm
        oursMs.push(await page.evaluate(() => (window as unknown as { __pnBench: { phases(): { total: number } } }).__pnBench.phases().total));
        await page.close();
        const page2 = await context.newPage();
        await page2.goto(`${FIXTURE_ORIGIN}/mark-${label}.html`);
        await page2.addScriptTag({ content: markJs });
        markMs.push(
          await page2.evaluate((src) => {
            const t = performance.now();
            new (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp): void } }).Mark(document.body).markRegExp(new RegExp(src, 'gi'));
            return performance.now() - t;
          }, pattern),
        );
        await page2.close();
      }
      warm[label] = round(median(oursMs) / (chars / 100_000));
      ratios[label] = round(median(markMs) / median(oursMs), 1);
      log(`mark.js vs ours, ${label}: ${round(median(markMs), 1)} ms vs ${round(median(oursMs), 1)} ms (x${ratios[label]})`);
    }
    return { markjs_vs_ours: ratios['1mb']!, markjs_vs_ours_by_size: ratios, scan_warm_ms_per_100kb_by_size: warm };
  } finally {
    await context.close();
    await proxy.close();
  }
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  log('matcher vs RegExp on 10 MB…');
  Object.assign(result, matcherBench());
  log(`  ours ${result.matcher_mchars_per_s} M chars/s, RegExp ${result.regexp_mchars_per_s} M chars/s (x${result.matcher_vs_regexp})`);
  Object.assign(result, bundleSizes());
  log(`bundles: content ${result.content_script_bytes} B, background ${result.background_bytes} B, popup ${result.popup_bytes} B`);
  Object.assign(result, await contentScriptBench());
  Object.assign(result, await markjsBench());
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else console.log(JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
