/**
 * Timing extension pages from navigation start, as `npm run bench` times the popup: the
 * empty floor page the bench compares against, a timed open with the service worker
 * stopped first, rounds in rotating order, and the medians as ratios to the floor. Shared
 * by lib/cli/bench.ts, lib/perf/popup-ab.ts and lib/perf/popup-floors.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The floor's script: marks pn:floor-script when it runs and pn:floor after the next frame (as Preact runs the popup's effects). */
export const FLOOR_JS = "performance.mark('pn:floor-script');\nrequestAnimationFrame(() => setTimeout(() => performance.mark('pn:floor')));\n";

/** An extension page with this body and the floor's script. */
export const floorShell = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/floor.js"></script></head><body>${body}</body></html>`;

/** Writes floor.js and floor.html (one <p>) into a copy of a build. */
export function addFloorPage(dir: string): void {
  writeFileSync(join(dir, 'floor.js'), FLOOR_JS);
  writeFileSync(join(dir, 'floor.html'), floorShell('<p>Floor</p>'));
}

/** Stops every service worker of the browser (the popup then opens as after a while idle), through a page's CDP session. */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Opens `url` in a new page with the workers stopped; the start time of performance mark `mark`. */
export async function timeOpen(context: BrowserContext, tabPage: Page, url: string, mark: string): Promise<number> {
  await stopWorkers(context, tabPage);
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 15_000 });
  const t = await p.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  await p.close();
  return t;
}

export type Cell = readonly [name: string, url: string, mark: string];

/**
 * Every cell timed once per round, the order rotated each round; the first cell once more
 * before, not counted (the first extension page of a browser pays for its process).
 */
export async function timeRounds(cells: readonly Cell[], rounds: number, time: (url: string, mark: string) => Promise<number>): Promise<Map<string, number[]>> {
  await time(cells[0]![1], cells[0]![2]);
  const ms = new Map<string, number[]>(cells.map((c) => [c[0], []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cells.length; k++) {
      const [name, url, mark] = cells[(r + k) % cells.length]!;
      ms.get(name)!.push(await time(url, mark));
    }
  }
  return ms;
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** One line per cell: its median and its ratio to the first cell's. */
export function printRatios(title: string, ms: ReadonlyMap<string, number[]>): void {
  const floor = median([...ms.values()][0]!);
  const width = Math.max(...[...ms.keys()].map((k) => k.length)) + 1;
  console.log(title);
  for (const [name, xs] of ms) console.log(`${name.padEnd(width)} ${median(xs).toFixed(1).padStart(7)}  ${(median(xs) / floor).toFixed(2)}`);
}
