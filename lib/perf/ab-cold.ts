/**
 * npx tsx lib/perf/ab-cold.ts DIR_A DIR_B: two builds of the extension side by side, cold
 * (a fresh Chromium per load, the order of A and B alternating each round; N=8 rounds by
 * default, env N), on the 100 KB bench page with mentions and the 20 KB page with nothing:
 * the scan's own busy time and its detect step, medians and every sample. For checking
 * that a change to the detector is faster, e.g. against a build of the previous commit.
 */
import { launchWithExtension, waitForReport, FIXTURE_ORIGIN } from '../cli/browser';
import { coldBenchPages } from './bench-pages';
const pages = coldBenchPages(false);
const dirs = process.argv.slice(2);
const res: Record<string, number[]> = {};
for (let r = 0; r < Number(process.env.N ?? 6); r++) for (const dir of (r % 2 ? [...dirs].reverse() : dirs)) for (const id of ['100kb', 'nothing_20kb']) {
  const ext = await launchWithExtension({ extensionDir: dir });
  const path = `/p-${id}.html`; ext.proxy.pages.set(path, pages[id]!);
  const page = ext.context.pages()[0] ?? await ext.context.newPage();
  await page.goto(FIXTURE_ORIGIN + path);
  const t = await waitForReport(ext.worker, FIXTURE_ORIGIN + path, 60000);
  const tm = t.timing as any;
  (res[`${dir.slice(-6)} ${id} detect`] ??= []).push(tm.byStep.detect);
  (res[`${dir.slice(-6)} ${id} busy`] ??= []).push(tm.busy);
  await ext.close();
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!.toFixed(1);
for (const [k, v] of Object.entries(res).sort()) console.log(k.padEnd(32), med(v), v.map((x) => x.toFixed(0)).join(' '));
