/**
 * npm run bench:flood [-- --runs N]
 *
 * A page of 93 visible frames, each full of findings (the page of tests/e2e/attacks.test.ts
 * "a page cannot starve other tabs"), then a normal page in another tab: how long until the
 * flood is stored, and how long the normal page waits for its report to be stored. Run
 * against another build with PN_EXTENSION_DIR=<dir> to compare side by side. Times, not
 * assertions: the machine is noisy.
 */
import { FIXTURE_ORIGIN, launchWithExtension, waitForReportWhere } from '../cli/browser';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>flood</title></head><body>${body}</body></html>`;

for (let r = 0; r < runs; r++) {
  const ext = await launchWithExtension();
  try {
    const frameBody = html(`<p>${'商场启用人脸识别门禁，登记顾客手机号码。'.repeat(260)}</p>`);
    for (let i = 0; i < 93; i++) ext.proxy.pages.set(`/flood-${i}.html`, frameBody);
    const frames = Array.from({ length: 93 }, (_, i) => `<iframe src="/flood-${i}.html" style="width:96px;height:48px;border:0;margin:1px"></iframe>`).join('');
    ext.proxy.pages.set('/flood.html', html(`<div style="width:1000px">${frames}</div>`));
    ext.proxy.pages.set('/normal.html', html('<p>本小区门禁已改为人脸识别。</p>'));
    const flood = await ext.context.newPage();
    const t0 = Date.now();
    await flood.goto(FIXTURE_ORIGIN + '/flood.html');
    await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + '/flood.html', (t) => t.counted > 40_000, 120_000);
    const floodMs = Date.now() - t0;
    const normal = await ext.context.newPage();
    const t1 = Date.now();
    await normal.goto(FIXTURE_ORIGIN + '/normal.html');
    await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + '/normal.html', (t) => t.counted === 1, 120_000);
    console.log(JSON.stringify({ run: r + 1, flood_stored_ms: floodMs, other_tab_stored_ms: Date.now() - t1 }));
  } finally {
    await ext.close();
  }
}
