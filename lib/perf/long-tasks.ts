/**
 * npm run bench:long [-- RUNS]: the longest main-thread slice of the scan on three hostile
 * pages (a depth-1,000 tree receiving 999-node batches, one 50-million-character text
 * node, 1,000,000 nodes), from the scan's own timing (longestSlice, the step it was in, and
 * the busy time summed over slices). Figures only; the e2e attack tests guard against
 * multi-second tasks, not these numbers.
 */
import { launchWithExtension, waitForReportWhere, FIXTURE_ORIGIN } from '../cli/browser';
const cases: [string, string, number][] = [
  ['depth-1000 tree, 5 batches of 999 nodes', '<div id="root"></div><script>let el = document.getElementById("root"); for (let i = 0; i < 1000; i++) { const d = document.createElement("div"); el.append(d); el = d; } window.__leaf = el; let k = 0; const t = setInterval(() => { const f = document.createDocumentFragment(); for (let i = 0; i < 999; i++) { const s = document.createElement("span"); s.textContent = i === 500 ? "门店使用人脸识别" : "文字" + i; f.append(s); } window.__leaf.append(f); if (++k >= 5) clearInterval(t); }, 400);</script>', 5],
  ['one 50M-character text node', '<script>const t = "今天天气很好。".repeat(8_000_000) + "门店使用人脸识别"; document.body.append(document.createTextNode(t));</script>', 1],
  ['1,000,000 nodes', '<script>const f = document.createDocumentFragment(); for (let i = 0; i < 1_000_000; i++) { const s = document.createElement("i"); s.textContent = i === 999_000 ? "门店使用人脸识别" : "字"; f.append(s); } document.body.append(f);</script>', 1],
];
const runs = Number(process.argv[2] ?? 2);
for (let r = 0; r < runs; r++) {
  const ext = await launchWithExtension({ extensionDir: process.env.PN_EXTENSION_DIR });
  try {
    for (const [name, body, counted] of cases) {
      const path = `/lt-${r}-${name.length}.html`;
      ext.proxy.pages.set(path, `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
      const page = await ext.context.newPage();
      await page.goto(FIXTURE_ORIGIN + path, { waitUntil: 'commit', timeout: 120_000 });
      const tab = await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + path, (t) => t.counted === counted, 120_000);
      console.log(`run ${r + 1}: ${name}: longest slice ${tab.timing!.longestSlice.toFixed(1)} ms (${tab.timing!.longestStep}), busy ${tab.timing!.busy.toFixed(0)} ms`);
      await page.close();
    }
  } finally { await ext.close(); }
}
