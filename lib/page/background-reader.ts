import type { TextBlock } from '../detect/claims';
import { cutAfter } from '../detect/cut';
import type { Finding } from '../detect/detect';
import { LIMITS, type AnalyzeAnswer } from '../messaging';
import type { TextReader } from './scanner';
import { BACKOFF } from './reporter';
import { withTimeout } from './timeout';

/** Sends one part of a text to be read (contentAnalyze); rejects when the background is not there. */
export type SendPart = (text: string, limit: number) => Promise<AnalyzeAnswer | null>;

/** Characters per message: a part of a longer text is cut at a safe line break or sentence end before this. */
export const PART_CHARS = 2_000_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Pauses before each new attempt at a part whose message failed (the service worker was
 * stopping or starting): about 6 s in all. One retry after 250 ms was not enough: a page
 * whose worker was stopped 15 times while it loaded once never reported.
 */
export const RETRY_MS: readonly number[] = BACKOFF.slice(0, 7);

/**
 * How long an answer may take before the part is sent again (lib/page/timeout.ts). Long: a
 * worker busy with a page of 93 frames answers each of them late, and sending parts again
 * to a busy worker only adds to its work (a 5 s limit once made every later page wait).
 */
export const answerWithinMs = (chars: number) => 30_000 + chars / 100;

/**
 * The content script's TextReader: the text goes to the background, where the detector
 * lives, in parts of at most `partChars` characters (a 50-million-character text node is
 * 25 messages, not one the browser may refuse), each cut where reading the parts apart
 * gives what reading the whole would (lib/detect/cut.ts). Offsets come back shifted to
 * the whole text. A part whose message fails is sent again after each pause of `retryMs`;
 * if it still fails (an error, no answer, none in time), or the background refuses it
 * (null: not worth sending again), the reading is null (the scan reports nothing new)
 * rather than a partial answer that would look complete. Text beyond LIMITS.analyzeChars per part never occurs: parts are far smaller.
 */
export function createBackgroundReader(send: SendPart, partChars = PART_CHARS, retryMs: readonly number[] = RETRY_MS): TextReader {
  const half = Math.max(1, Math.floor(Math.min(partChars, LIMITS.analyzeChars) / 2));
  const sendOnce = async (text: string, limit: number): Promise<AnalyzeAnswer | null> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await withTimeout(send(text, limit), answerWithinMs(text.length));
        // No answer at all (the worker went away while the message was on its way) is not a refusal.
        if (answer === undefined) throw new Error('no answer');
        return answer;
      } catch {
        if (attempt >= retryMs.length) return null;
        await pause(retryMs[attempt]!);
      }
    }
  };
  return async (text, limit) => {
    const findings: Finding[] = [];
    const blocks: TextBlock[] = [];
    const cues: [number, number][] = [];
    let ms = 0;
    let base = 0;
    while (base < text.length && findings.length < limit) {
      const end = text.length - base <= 2 * half ? text.length : cutAfter(text, base + half, half);
      const answer = await sendOnce(base === 0 && end === text.length ? text : text.slice(base, end), limit - findings.length);
      if (!answer) return null;
      ms += answer.ms;
      for (const f of answer.findings) findings.push(base ? { ...f, start: f.start + base, end: f.end + base } : f);
      for (const b of answer.blocks) blocks.push(base ? { ...b, start: b.start + base, end: b.end + base } : b);
      for (const [a, b] of answer.cues ?? []) if (cues.length < 4) cues.push([a + base, b + base]);
      base = end;
    }
    // Cues matter only on a page with no finding that counts (the scanner reads them then).
    return { findings, blocks, ms: Math.round(ms * 10) / 10, ...(cues.length ? { cues } : {}) };
  };
}
