import { launchWithExtension, waitForReport, openPopup, FIXTURE_ORIGIN } from '../cli/browser';
const ext = await launchWithExtension({ extensionDir: process.argv[2] });
const demo = await ext.context.newPage();
await demo.goto(`${FIXTURE_ORIGIN}/demo.html`);
const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/demo.html`);
const f: number[] = [], st: number[] = [], d: number[] = [];
for (let r = 0; r < 12; r++) {
  const cdp = await ext.context.newCDPSession(demo); await cdp.send('ServiceWorker.enable'); await cdp.send('ServiceWorker.stopAllWorkers'); await cdp.detach();
  const popup = await openPopup(ext, tab.tabId);
  await popup.waitForFunction(() => performance.getEntriesByName('pn:stories').length > 0, null, { timeout: 15000 });
  const t = await popup.evaluate(() => [(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd, performance.getEntriesByName('pn:findings')[0]!.startTime, performance.getEntriesByName('pn:stories')[0]!.startTime]);
  d.push(t[0]!); f.push(t[1]!); st.push(t[2]!);
  await popup.close();
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!.toFixed(1);
console.log('dcl', med(d), 'findings', med(f), 'stories', med(st));
await ext.close();
