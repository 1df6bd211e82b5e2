import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, FIXTURE_ORIGIN, launchWithExtension, openPopup, startFixtureProxy, waitForReport } from '../cli/browser';
const dir = mkdtempSync(join(tmpdir(), 'pn-probe-'));
cpSync(EXTENSION_DIR, dir, { recursive: true });
writeFileSync(join(dir, 'floor.html'), '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/floor.js"></script></head><body><p>Floor</p></body></html>');
writeFileSync(join(dir, 'floor.js'), "performance.mark('pn:floor');\n");

const ext = await launchWithExtension({ extensionDir: dir });
const demo = await ext.context.newPage();
await demo.goto(`${FIXTURE_ORIGIN}/demo.html`);
const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/demo.html`);
const stop = async () => { const c = await ext.context.newCDPSession(demo); await c.send('ServiceWorker.enable'); await c.send('ServiceWorker.stopAllWorkers'); await c.detach(); };
const rows: any[] = [];
for (let r = 0; r < 12; r++) {
  await stop();
  const f = await ext.context.newPage();
  await f.goto(`chrome-extension://${ext.extensionId}/floor.html`);
  await f.waitForFunction(() => performance.getEntriesByName('pn:floor').length > 0);
  const floor = await f.evaluate(() => performance.getEntriesByName('pn:floor')[0]!.startTime);
  await f.close();
  await stop();
  const p = await openPopup(ext, tab.tabId);
  await p.waitForFunction(() => performance.getEntriesByName('pn:stories').length > 0, null, { timeout: 15000 });
  const m = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((e: any) => [e.name.split('/').pop().slice(0, 24), Math.round(e.startTime), Math.round(e.responseEnd)]);
    const mk: any = {}; for (const e of performance.getEntriesByType('mark')) mk[e.name] = Math.round(e.startTime); return { mod: mk['pn:t-module'], tab: mk['pn:t-tab'], priv: mk['pn:t-priv'], read: mk['pn:t-read'], render: mk['pn:t-render'], commit: mk['pn:t-commit'], floor: 0, resp: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), findings: Math.round(performance.getEntriesByName('pn:findings')[0]!.startTime), stories: Math.round(performance.getEntriesByName('pn:stories')[0]!.startTime), res };
  });
  m.floor = Math.round(floor);
  rows.push(m);
  await p.close();
}
for (const m of rows) console.log(m.floor, 'dcl', m.dcl, 'find', m.findings, 'stor', m.stories);
console.log(JSON.stringify(rows[rows.length - 1].res));
await ext.close();
