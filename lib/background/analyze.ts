import { analyzeSteps, CHUNK_CHARS } from '../detect/chunked';
import type { Matcher } from '../detect/match';
import { counts } from '../detect/counts';
import { LIMITS, type AnalyzeAnswer } from '../messaging';
import { standaloneCues } from '../stories/standalone';

/** Most findings one reading returns (the content script keeps at most this many per page). */
export const MAX_ANALYZE_FINDINGS = LIMITS.findings * 4;

/** Reading time between pauses, in ms. */
const SLICE_MS = 16;

type Pause = () => Promise<void>;

const pauseDefault: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The background's side of contentAnalyze: the detector reads a frame's collected text,
 * so the content script that runs on every page carries no lexicon, matcher or rules
 * (issue "Free on every page"). The text is page text, so it is hostile input: anything
 * but `{ text: string, limit: integer }` within LIMITS.analyzeChars is refused (null).
 * It is read in the content script's pieces (lib/detect/chunked.ts), pausing between
 * them so that other tabs' messages are answered meanwhile; nothing of it is kept.
 */
export function createAnalyzer(matcher: () => Matcher, pause: Pause = pauseDefault, now: () => number = () => performance.now()) {
  return async (raw: unknown): Promise<AnalyzeAnswer | null> => {
    if (typeof raw !== 'object' || raw === null) return null;
    const { text, limit } = raw as { text?: unknown; limit?: unknown };
    if (typeof text !== 'string' || text.length > LIMITS.analyzeChars) return null;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) return null;
    const steps = analyzeSteps(text, matcher(), { limit: Math.min(limit, MAX_ANALYZE_FINDINGS), chunkChars: CHUNK_CHARS });
    let ms = 0;
    let sliceStart = now();
    for (;;) {
      const r = steps.next();
      const t = now();
      if (r.done) {
        // A page with no finding that counts may still name a practice its cases are about.
        const cues = r.value.findings.some(counts) ? [] : standaloneCues(text, matcher());
        return { ...r.value, ms: Math.round((ms + now() - sliceStart) * 10) / 10, ...(cues.length ? { cues } : {}) };
      }
      if (t - sliceStart >= SLICE_MS) {
        ms += t - sliceStart;
        await pause();
        sliceStart = now();
      }
    }
  };
}
