/**
 * npx tsx lib/perf/popup-ab.ts OLD_BUILD [NEW_BUILD] (env ROUNDS, default 16; PAGE, default
 * demo.html): two builds of the extension loaded side by side in one Chromium, their popups
 * for the same page opened in turn with the service worker stopped, against the bench's
 * empty page: findings (mark pn:findings) and stories (pn:stories) visible, medians, and
 * each as a ratio to the empty page. NEW_BUILD defaults to .output/chrome-mv3. For checking
 * that a popup change is faster (one browser, so both see the same machine), e.g. against a
 * build of an earlier commit. Nothing is asserted.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { EXTENSION_DIR, FIXTURE_ORIGIN, findChromium, startFixtureProxy, waitForReport, waitForStories } from '../cli/browser';
import { addFloorPage, printRatios, timeOpen, timeRounds, type Cell } from './popup-timing';

const [oldArg, newArg] = process.argv.slice(2);
if (!oldArg) throw new Error('usage: npx tsx lib/perf/popup-ab.ts OLD_BUILD [NEW_BUILD]');
const page = process.env.PAGE ?? 'demo.html';
const rounds = Number(process.env.ROUNDS ?? 16);
const builds = [resolve(oldArg), resolve(newArg ?? EXTENSION_DIR)];

/** Chromium's id for an unpacked extension: its path's SHA-256, first 32 hex digits as a-p. */
const idOf = (path: string) => [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

const dirs = builds.map((src, i) => {
  const d = mkdtempSync(join(tmpdir(), `pn-popup-ab${i}-`));
  cpSync(src, d, { recursive: true });
  addFloorPage(d);
  return d;
});
const proxy = await startFixtureProxy();
const context = await chromium.launchPersistentContext('', {
  executablePath: findChromium(),
  headless: true,
  viewport: { width: 1000, height: 800 },
  args: [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
});
try {
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  const workerOf = new Map(context.serviceWorkers().map((w) => [new URL(w.url()).host, w]));
  const ids = dirs.map(idOf);
  if (!ids.every((id) => workerOf.has(id))) throw new Error('popup-ab: could not tell the two extensions apart');
  const tabPage = await context.newPage();
  await tabPage.goto(`${FIXTURE_ORIGIN}/${page}`);
  const tabs = await Promise.all(ids.map((id) => waitForReport(workerOf.get(id) as Worker, `${FIXTURE_ORIGIN}/${page}`)));
  // A moment after the page, as a person opens the popup: stories ranked in the background (builds that do).
  const ranked = await Promise.all(ids.map((id, i) => waitForStories(workerOf.get(id) as Worker, tabs[i]!.tabId, 3_000)));
  console.log(`stories ranked in the background: old ${ranked[0] !== null}, new ${ranked[1] !== null}`);
  const time = (url: string, mark: string) => timeOpen(context, tabPage, url, mark);
  const cells: Cell[] = [['empty page', `chrome-extension://${ids[0]}/floor.html`, 'pn:floor']];
  ['old', 'new'].forEach((label, i) => {
    const url = `chrome-extension://${ids[i]}/popup.html?tab=${tabs[i]!.tabId}`;
    cells.push([`${label} findings`, url, 'pn:findings'], [`${label} stories`, url, 'pn:stories']);
  });
  const ms = await timeRounds(cells, rounds, time);
  printRatios(`${page}, ${rounds} rounds; old ${builds[0]}, new ${builds[1]} (medians, ms; ratio to the empty page)`, ms);
} finally {
  await context.close();
  await proxy.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
