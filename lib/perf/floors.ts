/**
 * Floor extensions for the cold benchmark (lib/cli/bench.ts), written to a temporary
 * directory: the least a content script can do on a page, to compare ours against.
 *
 * - none: an extension with no content script (the baseline every figure subtracts);
 * - walk: walks every text node of the body and joins the text;
 * - full: walk, then one RegExp alternation of the lexicon's words over the text, and a
 *   CSS Highlight range for every hit (painted);
 * - markjs: mark.js (devDependency) marking the same RegExp (it wraps hits in <mark>).
 *
 * Each content script times its own work (performance.now() around it) and stores it in
 * chrome.storage.local under the page's path; the benchmark reads it from the service
 * worker, so nothing polls inside the page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FloorName = 'none' | 'walk' | 'full' | 'markjs';

/** What a floor's content script stores: its own time and what it found. */
export interface FloorResult {
  ms: number;
  chars: number;
  hits: number;
}

/** Walk the body's text nodes and join their text (with a map of node starts for `full`). */
const WALK = (map: boolean) => `
  const parts = [];
  const starts = [];
  let at = 0;
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const p = n.parentNode && n.parentNode.nodeName;
    if (p === 'SCRIPT' || p === 'STYLE' || p === 'NOSCRIPT') continue;
    parts.push(n.data);${map ? '\n    starts.push(at, n);\n    at += n.data.length;' : ''}
  }
  const text = parts.join('');`;

const DONE = (hits: string) => `
  const ms = performance.now() - t0;
  chrome.storage.local.set({ [location.pathname]: { ms, chars: text.length, hits: ${hits} } });`;

/** The content script of a floor (markjs: the script that runs after mark.min.js). */
function contentScript(name: Exclude<FloorName, 'none'>, pattern: string): string {
  if (name === 'walk') return `(() => { const t0 = performance.now();${WALK(false)}${DONE('0')}\n})();\n`;
  if (name === 'full') {
    return `(() => { const t0 = performance.now();${WALK(true)}
  const re = new RegExp(${JSON.stringify(pattern)}, 'gi');
  // The node and offset of a text position (binary search over the node starts).
  const locate = (pos) => {
    let lo = 0, hi = starts.length / 2 - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[2 * mid] <= pos) lo = mid; else hi = mid - 1; }
    return [starts[2 * lo + 1], pos - starts[2 * lo]];
  };
  const ranges = [];
  for (const m of text.matchAll(re)) {
    const [a, ao] = locate(m.index);
    const [b, bo] = locate(m.index + m[0].length - 1);
    const r = document.createRange();
    r.setStart(a, ao);
    r.setEnd(b, bo + 1);
    ranges.push(r);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(pn-floor) { background-color: rgba(229, 57, 53, 0.28); }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set('pn-floor', new Highlight(...ranges));${DONE('ranges.length')}
})();\n`;
  }
  return `(() => { const t0 = performance.now();
  let hits = 0;
  new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(pattern)}, 'gi'), { each: () => { hits++; } });
  const text = document.body.textContent;${DONE('hits')}
})();\n`;
}

/** Build the floor extensions under a fresh temporary directory; returns their directories. */
export function buildFloors(pattern: string, markJsPath: string): { dirs: Record<FloorName, string>; cleanup(): void } {
  const root = join(tmpdir(), `pn-bench-floors-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const dirs = {} as Record<FloorName, string>;
  for (const name of ['none', 'walk', 'full', 'markjs'] as const) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    const js: string[] = [];
    if (name === 'markjs') {
      writeFileSync(join(dir, 'mark.min.js'), readFileSync(markJsPath));
      js.push('mark.min.js');
    }
    if (name !== 'none') {
      writeFileSync(join(dir, 'floor.js'), contentScript(name, pattern));
      js.push('floor.js');
    }
    writeFileSync(join(dir, 'bg.js'), '// a service worker, so the benchmark can read storage\n');
    const manifest = {
      manifest_version: 3,
      name: `bench floor: ${name}`,
      version: '1.0',
      permissions: ['storage'],
      background: { service_worker: 'bg.js' },
      ...(js.length ? { content_scripts: [{ matches: ['<all_urls>'], js, run_at: 'document_idle' }] } : {}),
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    dirs[name] = dir;
  }
  return { dirs, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
