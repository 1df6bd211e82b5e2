/**
 * npm start [-- FILE|URL] [--lang zh-CN|zh-TW|en-US]: build the extension, open it in the system Chromium on the
 * bundled demo page (or on a local .html/.txt file, or a web address), save screenshots
 * of the marked page and of the popup, and print the findings, claims and stories.
 * Headless when there is no display (or with --headless); with a display the browser
 * stays open until you close it (or pass --exit). A web address is loaded directly,
 * without the test proxy (so it needs the network); a file is served locally. On a privacy
 * policy it waits for the digest, prints it and saves the popup's first screen as well
 * (popup-top.png). --lang sets the browser's (and the popup's) language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { badgeText, FIXTURE_ORIGIN, findChromium, hostOf, isChromiumOwnHost, launchWithExtension, openPopup, ROOT, waitForReport, waitForReportWhere, type StoredTab } from './browser';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const exitAfter = headless || args.includes('--exit');
const outDir = join(ROOT, 'artifacts/start');
const DEMO = `${FIXTURE_ORIGIN}/demo.html`;
const langAt = args.indexOf('--lang');
const locale = langAt >= 0 ? args[langAt + 1] : undefined;
const target = args.find((a, i) => !a.startsWith('--') && !(langAt >= 0 && i === langAt + 1));

/** The page to open: the demo, a local file (served at fixtures.test), or a web address. */
function pageToOpen(): { url: string; file?: { path: string; body: string } } {
  if (!target) return { url: DEMO };
  if (/^https?:\/\//i.test(target)) return { url: target };
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), target);
  if (!existsSync(path)) throw new Error(`${target}: no such file (give an .html or .txt file, or an http(s) address)`);
  const raw = readFileSync(path, 'utf8');
  const body = /\.txt$/i.test(path) ? `<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap">${raw.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` : raw;
  return { url: `${FIXTURE_ORIGIN}/local/${encodeURIComponent(basename(path))}`, file: { path: `/local/${encodeURIComponent(basename(path))}`, body } };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  try {
    findChromium();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  let open: ReturnType<typeof pageToOpen>;
  try {
    open = pageToOpen();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  console.log('Building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const web = !open.url.startsWith(FIXTURE_ORIGIN);
  console.log(`Opening Chromium ${headless ? '(headless)' : '(window)'} with the extension on ${open.url === DEMO ? 'the demo page' : open.url}…`);
  const ext = await launchWithExtension({ headless, direct: web, ...(locale ? { locale } : {}) });
  if (open.file) ext.proxy.pages.set(open.file.path, open.file.body);
  try {
    const page = await ext.context.newPage();
    await page.goto(open.url);
    let tab: StoredTab = await waitForReport(ext.worker, page.url(), 30_000);
    // A policy page: its digest follows the first report.
    tab = await waitForReportWhere(ext.worker, page.url(), (t) => t.digest !== undefined, 3_000).catch(() => tab);
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'page.png'), fullPage: true });

    const popup = await openPopup(ext, tab.tabId);
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.waitForSelector('[data-testid=story], [data-testid=no-findings]', { timeout: 10_000 });
    if (tab.digest) await popup.screenshot({ path: join(outDir, 'popup-top.png') });
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    const stories = await popup.locator('[data-testid=story]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-story-id'), title: e.querySelector('h3')?.textContent ?? '', why: e.querySelector('.why-story')?.textContent ?? '' })),
    );
    const badge = await badgeText(ext.worker, tab.tabId);

    console.log(`\nPage: ${open.url}`);
    console.log(`Badge: "${badge}"  (${tab.counted} finding(s) counted, ${tab.total - tab.counted} said not to happen or in definitions)`);
    for (const f of tab.findings.slice(0, 40)) console.log(`  [${f.category}${f.negated ? ', negated' : ''}] ${f.term}: ${f.sentence}`);
    if (tab.findings.length > 40) console.log(`  … and ${tab.findings.length - 40} more`);
    const d = tab.digest;
    if (d) {
      console.log(`Privacy policy (${d.kind}, ${d.lang}, read against ${d.jurisdiction} law): kinds of data: ${d.summary.types} (${d.summary.sensitive} sensitive); kinds of recipients: ${d.summary.recipientKinds.length}; abroad: ${d.summary.abroad}`);
      for (const r of d.dataTypes) console.log(`  ${r.sensitive ? '!' : ' '} ${r.type}: ${r.actions.join(', ')}${r.negated.length ? ` (not: ${r.negated.join(', ')})` : ''}`);
      const missing = d.checklist.filter((c) => c.required && !c.present).map((c) => c.item);
      console.log(`  checklist: ${missing.length ? `not found: ${missing.join(', ')}` : 'every required item found'}`);
      for (const f of d.flags) console.log(`  flag: ${f.id} (${f.finding})`);
      if (d.appType) console.log(`  app type: ${d.appType.type} (${d.appType.evidence.join(', ')}); beyond its necessary scope: ${(d.beyondNecessary ?? []).join(', ') || 'nothing'}`);
    }
    console.log(`Claims: ${tab.claims.length}`);
    for (const c of tab.claims.slice(0, 20)) console.log(`  ${c.negated ? 'NOT ' : ''}${c.action}: ${c.data.map((d) => `${d.text} (${d.type})`).join(', ')}`);
    console.log('Stories shown in the popup:');
    for (const s of stories) console.log(`  ${s.id}: ${s.title}\n    ${s.why}`);
    console.log(`\nScreenshots: ${join(outDir, 'page.png')} and ${join(outDir, 'popup.png')}${tab.digest ? ` (and ${join(outDir, 'popup-top.png')})` : ''}`);
    const foreign = ext.proxy.foreign.filter((r) => !isChromiumOwnHost(hostOf(r.url)));
    console.log(`Network requests to anywhere but the demo page (browser's own Google traffic aside): ${foreign.length}`);
    console.log(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    if (!exitAfter) {
      console.log('The browser stays open; close its window to finish.');
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    }
  } finally {
    await ext.close().catch(() => {});
  }
}



main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
