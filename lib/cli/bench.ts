/**
 * npm run bench [--silent -- --json] [--quick] [--cold-only] [--compare=DIR]: the numbers
 * behind the performance goals, measured side by side in one run. Timings are medians of a
 * few runs on this machine; they are printed, never asserted in tests. A full run takes
 * about 7 minutes on 2 cores (--quick: about 4; --cold-only: the cold part alone).
 *
 * JSON keys (stable; ms unless named otherwise):
 * - matcher_mchars_per_s, regexp_mchars_per_s, matcher_vs_regexp: our matcher against one
 *   V8 RegExp alternation of the same words on 10 MB (warm, Node).
 * - content_script_bytes, background_bytes, popup_bytes: built sizes (a page counts the
 *   chunks it imports); content_script_kb_by_module: what makes up the content script
 *   (esbuild metafile of entrypoints/scan.ts, lib/perf/size.ts; close to the real build).
 * - scan_ms_per_100kb(_by_size), longest_task_ms_5mb, longest_slice_ms_5mb,
 *   longest_slice_step_5mb, mutation_rescan_ms, mutation_full_rescan_ms_5000,
 *   popup_findings_ms, popup_stories_ms: the real extension in one browser (the first page
 *   of a size is cold, the others are not); popup_floor_ms: an empty page of the same
 *   extension (one <p>), opened like the popup with the worker stopped, alternating with it,
 *   marked after its first frame as the popup's marks are (popup_floor_script_ms: when its
 *   script ran, the floor of earlier rounds; *_vs_floor_script: the ratios against that).
 * - The goals (summary()): cs_100kb_task_vs_floor, cs_100kb_own_vs_floor,
 *   cs_1mb_task_vs_floor, cs_nomention_vs_walk, markjs_vs_ours_cold_100kb,
 *   markjs_vs_ours_cold_1mb, popup_findings_vs_floor, popup_stories_vs_floor,
 *   content_script_bytes (and _cpu and 5mb variants).
 * - markjs_vs_ours(_by_size), scan_warm_ms_per_100kb_by_size: mark.js against our page
 *   steps, warm, in one page without the extension.
 * - cold_*: cold page loads, a fresh browser per load, `cold_launches` loads per variant
 *   and page, variants in rotated order, medians. Pages (lib/perf/bench-pages.ts): 100kb,
 *   1mb, 5mb (not with --quick; generated, one sentence in 40 a mention), 100kb_plain,
 *   1mb_plain (the same filler, no mention), nothing_20kb (a news-style page, ~20 KB of
 *   text, no lexicon word at all). Variants: none (an extension
 *   with no content script), ext (ours, .output/chrome-mv3), walk, full, markjs (floor
 *   extensions built by lib/perf/floors.ts), base (--compare=DIR: another build of ours).
 *   - cold_task_ms[page][variant], cold_cpu_ms[page][variant]: the page renderer's
 *     main-thread task time (a trace's top-level RunTask events summed), wall and thread
 *     (CPU) time, from navigation until the variant is done and the page idle.
 *   - cold_extra_task_ms, cold_extra_cpu_ms [page][variant]: that minus the same for none:
 *     what the variant costs the page (script compile and run, style, layout, paint it
 *     causes). CPU time is the steadier one on a busy machine.
 *   - cold_self_ms[page][variant]: the variant's own timing of its work (ours: the scan's
 *     busy time, its slices summed, not counting the script's start-up, the matcher's
 *     construction or the warm-up; floors: performance.now() around their work).
 *   - cold_worker_ms[page][ext]: the background's time reading the page's text (ours
 *     reads it in the service worker, another process: not in the page's main-thread time,
 *     but on a 2-core machine it competes with the page's renderer for a core).
 *   - cold_extra_ratio[page] (from cold_extra_cpu_ms), cold_self_ratio[page]: ext_vs_walk,
 *     ext_vs_full, ext_vs_markjs (and base_vs_ext with --compare): ext's figure over the
 *     floor's.
 * - node_cold: lib/perf/cold.ts in a fresh Node process: matcher_build_ms (table work at
 *   load), first_detect_* (first call, cold) and warm_detect_* on ~100 KB of Chinese text.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { generatePage, generateText } from '../bench/pages';
import { addFloorPage, stopWorkers } from '../perf/popup-timing';
import { defaultMatcher } from '../detect/default-matcher';
import { matchTokens } from '../detect/match';
import { normalize } from '../detect/normalize';
import { patternFor } from '../lexicon/compile';
import compiled from '../lexicon/compiled.gen.json';
import type { CompiledLexicon } from '../lexicon/types';
import { coldBenchPages } from '../perf/bench-pages';
import { buildFloors, type FloorResult } from '../perf/floors';
import { composition } from '../perf/size';
import { EXTENSION_DIR, findChromium, FIXTURE_ORIGIN, launchWithExtension, openPopup, ROOT, startFixtureProxy, waitForReport, waitForStories, type ExtensionBrowser } from './browser';

/** The extension APIs as seen inside a service worker (evaluated there, not here). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const coldOnly = process.argv.includes('--cold-only');
const compareDir = process.argv.find((a) => a.startsWith('--compare='))?.slice('--compare='.length);
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

/** KB per module of the content script (esbuild's metafile; lib/perf/size.ts). */
async function contentScriptComposition() {
  const c = await composition();
  return { content_script_kb_by_module: Object.fromEntries(Object.entries(c.modules).map(([m, b]) => [m, round(b / 1024, 1)])) };
}

type ColdVariant = { name: string; dir: string; kind: 'none' | 'ours' | 'floor' };
/** worker: ours only, the background's time reading the page's text (timing.worker; 0 for floors, which do all their work in the page). */
type ColdSample = { task: number; cpu: number; self: number; worker: number };

/** Cold page loads need the page idle: at least this long after load, and after the variant is done. */
const COLD_AFTER_LOAD_MS = 1500;
const COLD_AFTER_DONE_MS = 300;

async function waitForFloor(ext: ExtensionBrowser, path: string, timeoutMs: number): Promise<FloorResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = (await ext.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], path)) as FloorResult | undefined;
    if (r) return r;
    if (Date.now() > deadline) throw new Error(`floor extension did not finish on ${path} in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown };
}

/**
 * Main-thread task time of the renderer that showed `url`: the top-level tasks (RunTask)
 * of its CrRendererMain thread, summed, in wall time and in thread (CPU) time. CPU time is
 * the steadier figure on a busy machine: another process taking the core does not count.
 */
function mainThreadTime(events: readonly TraceEvent[], url: string): { wall: number; cpu: number } {
  const pids = new Set(events.filter((e) => e.name !== 'thread_name' && JSON.stringify(e.args ?? {}).includes(url)).map((e) => e.pid));
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)).sort((x, y) => x.ts - y.ts);
  let wall = 0;
  let cpu = 0;
  const ends = new Map<string, number>();
  for (const t of tasks) {
    const key = `${t.pid}:${t.tid}`;
    if (t.ts < (ends.get(key) ?? -Infinity)) continue; // nested in the task before
    ends.set(key, t.ts + (t.dur ?? 0));
    wall += t.dur ?? 0;
    cpu += t.tdur ?? 0;
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/** One cold load: a fresh browser with the variant, one page, traced until it is idle. */
async function coldLoad(v: ColdVariant, pageId: string, html: string): Promise<ColdSample> {
  const ext = await launchWithExtension({ extensionDir: v.dir });
  try {
    const path = `/cold-${pageId}.html`;
    const url = FIXTURE_ORIGIN + path;
    ext.proxy.pages.set(path, html);
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    const cdp = await ext.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      for (const x of e.value as unknown as TraceEvent[]) if (x.ph === 'M' || (x.ph === 'X' && x.name === 'RunTask') || x.args?.data) events.push(x);
    });
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] } } as never);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const loaded = Date.now();
    let self = 0;
    let worker = 0;
    if (v.kind === 'ours') {
      const timing = (await waitForReport(ext.worker, url, 120_000)).timing;
      self = timing?.busy ?? NaN;
      worker = timing?.worker ?? 0;
    }
    else if (v.kind === 'floor') self = (await waitForFloor(ext, path, 120_000)).ms;
    await page.waitForTimeout(Math.max(COLD_AFTER_DONE_MS, loaded + COLD_AFTER_LOAD_MS - Date.now()));
    await cdp.send('Tracing.end');
    await complete;
    const { wall, cpu } = mainThreadTime(events, url);
    return { task: wall, cpu, self, worker };
  } finally {
    await ext.close();
  }
}

/** Cold page loads of ours against the floors: see cold_* at the top. */
async function coldBench() {
  const launches = quick ? 3 : 5;
  const pattern = patternFor(compiled as unknown as CompiledLexicon);
  const floors = buildFloors(pattern, join(ROOT, 'node_modules/mark.js/dist/mark.min.js'));
  const variants: ColdVariant[] = [
    { name: 'none', dir: floors.dirs.none, kind: 'none' },
    { name: 'ext', dir: EXTENSION_DIR, kind: 'ours' },
    { name: 'walk', dir: floors.dirs.walk, kind: 'floor' },
    { name: 'full', dir: floors.dirs.full, kind: 'floor' },
    { name: 'markjs', dir: floors.dirs.markjs, kind: 'floor' },
    ...(compareDir ? [{ name: 'base', dir: compareDir, kind: 'ours' as const }] : []),
  ];
  const pages = Object.entries(coldBenchPages(!quick));
  const samples: Record<string, Record<string, ColdSample[]>> = {};
  const t0 = Date.now();
  try {
    for (let r = 0; r < launches; r++) {
      for (const [p, [pageId, html]] of pages.entries()) {
        // Rotated order: no variant always runs first (or right after another) on a page.
        const shift = (r + p) % variants.length;
        for (const v of [...variants.slice(shift), ...variants.slice(0, shift)]) {
          ((samples[pageId] ??= {})[v.name] ??= []).push(await coldLoad(v, pageId, html));
        }
      }
      log(`cold loads: round ${r + 1} of ${launches} done (${Math.round((Date.now() - t0) / 1000)} s)`);
    }
  } finally {
    floors.cleanup();
  }
  const med = (page: string, v: string, k: keyof ColdSample) => median(samples[page]![v]!.map((x) => x[k]));
  const per = <T>(f: (page: string) => T) => Object.fromEntries(pages.map(([id]) => [id, f(id)]));
  const others = variants.filter((v) => v.kind !== 'none').map((v) => v.name);
  const extra = (page: string, v: string, k: 'task' | 'cpu') => med(page, v, k) - med(page, 'none', k);
  const ratios = (f: (v: string) => number) => ({
    ext_vs_walk: round(f('ext') / f('walk')),
    ext_vs_full: round(f('ext') / f('full')),
    ext_vs_markjs: round(f('ext') / f('markjs')),
    ...(compareDir ? { base_vs_ext: round(f('base') / f('ext')) } : {}),
  });
  const result = {
    cold_launches: launches,
    cold_task_ms: per((page) => Object.fromEntries(variants.map((v) => [v.name, round(med(page, v.name, 'task'), 1)]))),
    cold_cpu_ms: per((page) => Object.fromEntries(variants.map((v) => [v.name, round(med(page, v.name, 'cpu'), 1)]))),
    cold_extra_task_ms: per((page) => Object.fromEntries(others.map((v) => [v, round(extra(page, v, 'task'), 1)]))),
    cold_extra_cpu_ms: per((page) => Object.fromEntries(others.map((v) => [v, round(extra(page, v, 'cpu'), 1)]))),
    cold_self_ms: per((page) => Object.fromEntries(others.map((v) => [v, round(med(page, v, 'self'), 1)]))),
    cold_worker_ms: per((page) => Object.fromEntries(variants.filter((v) => v.kind === 'ours').map((v) => [v.name, round(med(page, v.name, 'worker'), 1)]))),
    cold_extra_ratio: per((page) => ratios((v) => extra(page, v, 'cpu'))),
    cold_self_ratio: per((page) => ratios((v) => med(page, v, 'self'))),
  };
  for (const [page] of pages) {
    log(`cold ${page}: extra cpu ms ${JSON.stringify(result.cold_extra_cpu_ms[page])}, extra task ms ${JSON.stringify(result.cold_extra_task_ms[page])}, own ms ${JSON.stringify(result.cold_self_ms[page])}`);
  }
  return result;
}

/** lib/perf/cold.ts in a fresh Node process (its first call is cold). */
function nodeColdBench() {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/perf/cold.ts'), '--json'], { cwd: ROOT, encoding: 'utf8' });
  return { node_cold: JSON.parse(out.trim().split('\n').pop()!) as Record<string, number> };
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
  const dir = extensionWithFloorPage();
  const ext = await launchWithExtension({ extensionDir: dir });
  const popupFigures: Record<string, number> = {};
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

    Object.assign(popupFigures, await popupBench(ext));
    return {
      scan_ms_per_100kb: perSize['5mb']!,
      scan_ms_per_100kb_by_size: perSize,
      longest_task_ms_5mb: round(longest, 1),
      longest_slice_ms_5mb: round(longestSlice, 1),
      longest_slice_step_5mb: longestStep,
      mutation_rescan_ms: mutation[1000]!,
      mutation_full_rescan_ms_5000: mutation[5000]!,
      ...popupFigures,
    };
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Our build plus an empty page (floor.html: one <p> and a module script that marks
 * pn:floor-script when it runs and pn:floor after the next frame, as Preact runs the
 * popup's effects that mark pn:findings and pn:stories: both after the frame that shows
 * them), copied to a temporary directory: the popup's floor is a page of the same
 * extension, loaded the same way.
 */
function extensionWithFloorPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pn-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  addFloorPage(dir);
  return dir;
}

/**
 * The popup against the empty page, each opened with the service worker stopped first,
 * in alternating order: findings (pn:findings) and stories (pn:stories) visible, and the
 * empty page's pn:floor, from navigation start; medians.
 */
async function popupBench(ext: ExtensionBrowser) {
  const demo = await ext.context.newPage();
  await demo.goto(`${FIXTURE_ORIGIN}/demo.html`);
  const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/demo.html`);
  // As a person opening the popup a moment after the page: the background has ranked its stories.
  const ranked = await waitForStories(ext.worker, tab.tabId);
  log(`popup: stories ${ranked ? 'ranked in the background' : 'not stored: the popup ranks them'}`);
  const rounds = quick ? 6 : 20;
  const findingsMs: number[] = [];
  const storiesMs: number[] = [];
  const floorMs: number[] = [];
  const floorScriptMs: number[] = [];
  const stopWorker = () => stopWorkers(ext.context, demo);
  const popupOnce = async () => {
    await stopWorker();
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
  };
  const floorOnce = async () => {
    await stopWorker();
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/floor.html`);
    await page.waitForFunction(() => performance.getEntriesByName('pn:floor').length > 0, null, { timeout: 15_000 });
    const marks = await page.evaluate(() => [performance.getEntriesByName('pn:floor')[0]!.startTime, performance.getEntriesByName('pn:floor-script')[0]!.startTime]);
    floorMs.push(marks[0]!);
    floorScriptMs.push(marks[1]!);
    await page.close();
  };
  await floorOnce(); // the first extension page of a browser pays for the process: not counted
  floorMs.length = 0;
  floorScriptMs.length = 0;
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      await popupOnce();
      await floorOnce();
    } else {
      await floorOnce();
      await popupOnce();
    }
  }
  await demo.close();
  const floor = median(floorMs);
  const floorScript = median(floorScriptMs);
  log(`popup (cold service worker, ${rounds} rounds): findings ${round(median(findingsMs), 1)} ms, stories ${round(median(storiesMs), 1)} ms, empty page ${round(floor, 1)} ms`);
  return {
    popup_rounds: rounds,
    popup_findings_ms: round(median(findingsMs), 1),
    popup_stories_ms: round(median(storiesMs), 1),
    popup_floor_ms: round(floor, 1),
    popup_floor_script_ms: round(floorScript, 1),
    popup_findings_vs_floor: round(median(findingsMs) / floor),
    popup_stories_vs_floor: round(median(storiesMs) / floor),
    // Against the empty page's script run, before its frame (the floor of earlier rounds).
    popup_findings_vs_floor_script: round(median(findingsMs) / floorScript),
    popup_stories_vs_floor_script: round(median(storiesMs) / floorScript),
  };
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

/**
 * The goal figures of issue 14, from the figures above (ours / floor, except mark.js /
 * ours). Extra main-thread time is the page's top-level task wall time with the variant
 * minus without any content script (cold_extra_task_ms); _cpu is the same in thread time.
 */
function summary(r: Record<string, unknown>): Record<string, number | null> {
  const extra = r.cold_extra_task_ms as Record<string, Record<string, number>>;
  const cpu = r.cold_extra_cpu_ms as Record<string, Record<string, number>>;
  const self = r.cold_self_ms as Record<string, Record<string, number>>;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b <= 0 ? null : round(a / b));
  return {
    cs_100kb_task_vs_floor: ratio(extra['100kb']?.ext, extra['100kb']?.full),
    cs_100kb_cpu_vs_floor: ratio(cpu['100kb']?.ext, cpu['100kb']?.full),
    cs_100kb_own_vs_floor: ratio(self['100kb']?.ext, self['100kb']?.full),
    cs_1mb_task_vs_floor: ratio(extra['1mb']?.ext, extra['1mb']?.full),
    cs_1mb_own_vs_floor: ratio(self['1mb']?.ext, self['1mb']?.full),
    cs_5mb_task_vs_floor: ratio(extra['5mb']?.ext, extra['5mb']?.full),
    cs_nomention_vs_walk: ratio(extra.nothing_20kb?.ext, extra.nothing_20kb?.walk),
    cs_nomention_cpu_vs_walk: ratio(cpu.nothing_20kb?.ext, cpu.nothing_20kb?.walk),
    markjs_vs_ours_cold_100kb: ratio(extra['100kb']?.markjs, extra['100kb']?.ext),
    markjs_vs_ours_cold_1mb: ratio(extra['1mb']?.markjs, extra['1mb']?.ext),
    popup_findings_vs_floor: (r.popup_findings_vs_floor as number | undefined) ?? null,
    popup_stories_vs_floor: (r.popup_stories_vs_floor as number | undefined) ?? null,
    content_script_bytes: (r.content_script_bytes as number | undefined) ?? null,
  };
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  if (!coldOnly) {
    log('matcher vs RegExp on 10 MB…');
    Object.assign(result, matcherBench());
    log(`  ours ${result.matcher_mchars_per_s} M chars/s, RegExp ${result.regexp_mchars_per_s} M chars/s (x${result.matcher_vs_regexp})`);
    Object.assign(result, bundleSizes(), await contentScriptComposition());
    log(`bundles: content ${result.content_script_bytes} B, background ${result.background_bytes} B, popup ${result.popup_bytes} B`);
    Object.assign(result, await contentScriptBench());
    Object.assign(result, await markjsBench());
    Object.assign(result, nodeColdBench());
    log(`node, cold: ${JSON.stringify(result.node_cold)}`);
  }
  Object.assign(result, await coldBench());
  if (coldOnly) Object.assign(result, bundleSizes());
  Object.assign(result, summary(result));
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else console.log(JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
