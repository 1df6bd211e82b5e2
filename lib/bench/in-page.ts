/**
 * The content script's steps as plain functions on window, for benchmarks in a real
 * Chromium page (bundled by lib/bench/run.ts with esbuild and injected into the page).
 */
import { detect } from '../detect/detect';
import { defaultMatcher } from '../detect/default-matcher';
import { collectText } from '../page/collect';
import { highlightHost } from '../page/highlight';
import { paintEntries, type PageFinding } from '../page/scanner';
import { Marks } from '../page/highlight';
import { PageVisibility } from '../page/visibility';
import { locate } from '../page/collect';

function phases() {
  const t0 = performance.now();
  const collected = collectText(document.body, new PageVisibility(document).options());
  const t1 = performance.now();
  const findings = detect(collected.text, defaultMatcher());
  const t2 = performance.now();
  const entries: PageFinding[] = findings.map((finding) => {
    const a = locate(collected, finding.start)!;
    const b = locate(collected, finding.end, true)!;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return { finding, range };
  });
  const t3 = performance.now();
  paintEntries(new Marks(highlightHost(window)!), entries);
  const t4 = performance.now();
  return { chars: collected.text.length, findings: findings.length, collect: t1 - t0, detect: t2 - t1, ranges: t3 - t2, paint: t4 - t3, total: t4 - t0 };
}

(window as unknown as { __pnBench: unknown }).__pnBench = { phases };
