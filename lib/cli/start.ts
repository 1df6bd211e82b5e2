/**
 * npm start: build the extension, open it in the system Chromium on the bundled demo
 * page, save screenshots of the marked page and of the popup, and print the findings
 * and stories. Headless when there is no display (or with --headless); with a display
 * the browser stays open until you close it (or pass --exit).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { badgeText, FIXTURE_ORIGIN, findChromium, hostOf, isChromiumOwnHost, launchWithExtension, openPopup, ROOT, waitForReport, type StoredTab } from './browser';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const exitAfter = headless || args.includes('--exit');
const outDir = join(ROOT, 'artifacts/start');
const DEMO = `${FIXTURE_ORIGIN}/demo.html`;

async function main(): Promise<void> {
  const t0 = performance.now();
  try {
    findChromium();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  console.log('Building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  console.log(`Opening Chromium ${headless ? '(headless)' : '(window)'} with the extension on the demo page…`);
  const ext = await launchWithExtension({ headless });
  try {
    const page = await ext.context.newPage();
    await page.goto(DEMO);
    const tab: StoredTab = await waitForReport(ext.worker, DEMO);
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'page.png'), fullPage: true });

    const popup = await openPopup(ext, tab.tabId);
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.waitForSelector('[data-testid=story], [data-testid=no-findings]', { timeout: 10_000 });
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    const stories = await popup.locator('[data-testid=story]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-story-id'), title: e.querySelector('h3')?.textContent ?? '', why: e.querySelector('.why-story')?.textContent ?? '' })),
    );
    const badge = await badgeText(ext.worker, tab.tabId);

    console.log(`\nDemo page: ${DEMO}`);
    console.log(`Badge: "${badge}"  (${tab.counted} finding(s) counted, ${tab.total - tab.counted} said not to happen)`);
    for (const f of tab.findings) console.log(`  [${f.category}${f.negated ? ', negated' : ''}] ${f.term}: ${f.sentence}`);
    console.log('Stories shown in the popup:');
    for (const s of stories) console.log(`  ${s.id}: ${s.title}\n    ${s.why}`);
    console.log(`\nScreenshots: ${join(outDir, 'page.png')} and ${join(outDir, 'popup.png')}`);
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
