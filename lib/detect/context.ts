import { counts } from './counts';
import type { Finding } from './detect';

/** Characters of page text taken on each side of a counted finding for the story query. */
export const CONTEXT_SIDE = 250;
/** Most characters of context a page reports (LIMITS.contextChars in lib/messaging.ts). */
export const CONTEXT_MAX_CHARS = 4000;

export interface ContextWindow {
  start: number;
  end: number;
  /** text.slice(start, end), whitespace collapsed. */
  text: string;
}

/**
 * The page text around the counted (not negated) findings, for ranking stories: each
 * finding's window of `side` characters either way, overlapping windows merged, in page
 * order. A finding's own sentence often misses what the page is about ("专家认为，这种人脸
 * 分析应当事先告知" says nothing of the metro ad screens in the sentence before).
 */
export function contextWindows(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'negated' | 'definition'>[], side = CONTEXT_SIDE): ContextWindow[] {
  const spans = findings
    .filter((f) => counts(f) && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .map((f) => [Math.max(0, f.start - side), Math.min(text.length, f.end + side)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([start, end]) => ({ start, end, text: text.slice(start, end).replace(/\s+/g, ' ').trim() }));
}

/** The window that holds a finding (windows sorted, as contextWindows returns them). */
export function windowOf(windows: readonly ContextWindow[], f: Pick<Finding, 'start'>): ContextWindow | undefined {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid]!;
    if (f.start < w.start) hi = mid - 1;
    else if (f.start >= w.end) lo = mid + 1;
    else return w;
  }
  return undefined;
}

/** Distinct windows in order, one per line, at most `maxChars` in all. */
export function joinContext(windows: Iterable<string>, maxChars = CONTEXT_MAX_CHARS): string {
  const out: string[] = [];
  let used = 0;
  for (const w of new Set(windows)) {
    if (!w) continue;
    const room = maxChars - used - (out.length ? 1 : 0);
    if (room <= 0) break;
    const piece = w.slice(0, room);
    used += piece.length + (out.length ? 1 : 0);
    out.push(piece);
  }
  return out.join('\n');
}

/** The story-query context of a text and its findings (CLI and evaluation; the content script builds it per scan). */
export function findingContext(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'negated' | 'definition'>[], maxChars = CONTEXT_MAX_CHARS): string {
  return joinContext(contextWindows(text, findings).map((w) => w.text), maxChars);
}
