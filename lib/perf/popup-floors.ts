/**
 * npx tsx lib/perf/popup-floors.ts [page.html] (env ROUNDS, default 12): what the popup's
 * first frame costs apart from its script. Four pages of the built extension, each opened
 * with the service worker stopped, in rotating order, timed from navigation start to the
 * first frame after their script ran (medians, and each as a ratio to the first):
 *
 * - floor: the bench's empty page (one <p>, a module script);
 * - cjk: the same with one line of Chinese text (the CJK font's first use);
 * - static: the popup's own DOM and CSS after it rendered the findings for the page,
 *   saved with its scripts removed (what showing exactly these findings costs with no
 *   script at all);
 * - popup: the real popup (mark pn:findings).
 *
 * A diagnosis for the closing notes, not a test: nothing is asserted.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, FIXTURE_ORIGIN, launchWithExtension, openPopup, waitForReport, waitForStories, type ExtensionBrowser } from '../cli/browser';
import { addFloorPage, floorShell, printRatios, timeOpen, timeRounds, type Cell } from './popup-timing';

const page = process.argv[2] ?? 'demo.html';
const rounds = Number(process.env.ROUNDS ?? 12);

async function openTab(ext: ExtensionBrowser) {
  const tabPage = await ext.context.newPage();
  await tabPage.goto(`${FIXTURE_ORIGIN}/${page}`);
  const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/${page}`);
  await waitForStories(ext.worker, tab.tabId, 3_000);
  return { tabPage, tab };
}

// 1. The popup's rendered DOM, scripts removed.
let ext = await launchWithExtension();
let { tab } = await openTab(ext);
const rendered = await openPopup(ext, tab.tabId);
await rendered.waitForFunction(() => performance.getEntriesByName('pn:findings').length > 0);
const staticHtml = await rendered.evaluate(() => {
  document.querySelectorAll('script, link[rel=modulepreload]').forEach((s) => s.remove());
  return '<!doctype html>' + document.documentElement.outerHTML;
});
await ext.close();

// 2. A copy of the build with the three floor pages.
const dir = mkdtempSync(join(tmpdir(), 'pn-popup-floors-'));
cpSync(EXTENSION_DIR, dir, { recursive: true });
addFloorPage(dir);
writeFileSync(join(dir, 'cjk.html'), floorShell('<p>监管部门认为，企业在消费者不知情、未同意的情况下采集人脸</p>'));
writeFileSync(join(dir, 'static.html'), staticHtml.replace('</head>', '<script type="module" src="/floor.js"></script></head>'));

try {
  ext = await launchWithExtension({ extensionDir: dir });
  const opened = await openTab(ext);
  tab = opened.tab;
  const time = (url: string, mark: string) => timeOpen(ext.context, opened.tabPage, url, mark);
  const base = `chrome-extension://${ext.extensionId}`;
  const cells: Cell[] = [
    ['floor', `${base}/floor.html`, 'pn:floor'],
    ['cjk', `${base}/cjk.html`, 'pn:floor'],
    ['static', `${base}/static.html`, 'pn:floor'],
    ['popup', `${base}/popup.html?tab=${tab.tabId}`, 'pn:findings'],
  ];
  printRatios(`${page}, ${rounds} rounds (medians, ms from navigation start; ratio to the empty page)`, await timeRounds(cells, rounds, time));
} finally {
  await ext.close();
  rmSync(dir, { recursive: true, force: true });
}
