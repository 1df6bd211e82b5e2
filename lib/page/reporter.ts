import { withTimeout } from './timeout';

/**
 * Delivery of the latest report to the background, retried until it is stored. A report
 * sent while the service worker is stopping was once dropped for good (a static page
 * never scans again, so it stayed unstored); now the background answers true once it has
 * stored a report, and anything else (an error, no answer in 30 s) is retried with a growing pause. A newer report
 * replaces one still waiting: only the latest state matters.
 */
export interface ReporterDeps<R> {
  send: (report: R) => Promise<unknown>;
  sleep?: (ms: number) => Promise<void>;
  /** Pauses between attempts, in ms; after the last one the report is given up. */
  backoffMs?: readonly number[];
  /** An attempt not answered within this long counts as failed (lib/page/timeout.ts). */
  answerWithinMs?: number;
}

/** Pauses between attempts at a message the worker did not take, in ms (lib/page/background-reader.ts uses its first 6 s). */
export const BACKOFF: readonly number[] = [50, 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000, 5000, 10000, 10000, 10000];

export class Reporter<R> {
  private pending: R | null = null;
  private running = false;
  private stopped = false;
  /** Reports the background confirmed (tests). */
  delivered = 0;

  constructor(private readonly deps: ReporterDeps<R>) {}

  submit(report: R): void {
    if (this.stopped) return;
    this.pending = report;
    if (!this.running) void this.drain();
  }

  stop(): void {
    this.stopped = true;
    this.pending = null;
  }

  private async drain(): Promise<void> {
    this.running = true;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const backoff = this.deps.backoffMs ?? BACKOFF;
    let attempt = 0;
    while (this.pending !== null && !this.stopped) {
      const report = this.pending;
      let ok = false;
      try {
        ok = (await withTimeout(this.deps.send(report), this.deps.answerWithinMs ?? 30_000)) === true;
      } catch {
        ok = false; // the worker was stopping, or is starting: try again
      }
      if (ok) {
        this.delivered++;
        if (this.pending === report) this.pending = null;
        attempt = 0;
        continue;
      }
      if (this.pending !== report) continue; // a newer report: send it at once
      if (attempt >= backoff.length) {
        this.pending = null; // given up; the next scan reports again
        break;
      }
      await sleep(backoff[attempt++]!);
    }
    this.running = false;
  }
}
