import type { TextBlock } from './claims';
import { analyze, type Analysis, type DetectOptions, type Finding } from './detect';
import { FOUND, firstPass, PROBE_REACH, type Matcher } from './match';
import { cutAfter } from './cut';
import { hasInvisible } from './normalize';

/**
 * Detection over a long text in pieces cut at line breaks, pausing between pieces. No
 * rule looks across a line break except a lead-in and the list lines under it, so a
 * piece ends only at a line break that neither follows a lead-in ("…包括：") nor comes
 * before a list line ("2、…"): the findings and claims are the same as one analyze() over
 * the whole text, offsets included. A run with no line break for twice the piece size
 * (one 50-million-character text node once made a 219 ms slice) is cut at a sentence end,
 * or failing that at the piece size.
 */
/** Pieces of about this many characters: the content script, the CLI and the evaluations all use it, so they agree. */
export const CHUNK_CHARS = 16_384;
/** Characters the first pass reads between pauses (it is some 50 times cheaper per character than a piece). */
const PASS_CHARS = 4 * CHUNK_CHARS;

/**
 * The first pass: whether a term or an object may match anywhere in the text (match.ts:
 * firstPass), read in windows with a pause between them. Without one there is no finding
 * and no block, so a page with nothing (most pages) costs one cheap read.
 */
export function* mayFindSteps(text: string, matcher: Matcher, passChars = PASS_CHARS): Generator<void, boolean> {
  let state = -1;
  // Windows with no invisible character so far, since `cleanFrom` (a window with one starts the count again).
  let cleanFrom = 0;
  for (let a = 0; a < text.length; a += passChars) {
    if (a > 0) yield;
    const b = Math.min(text.length, a + passChars);
    if (hasInvisible(text.slice(a, b))) {
      state = firstPass(matcher, text, a, b, state, b, b);
      cleanFrom = b;
    } else {
      const cleanTo = b === text.length ? b : hasInvisible(text.slice(b, b + PROBE_REACH)) ? b : Math.min(text.length, b + PROBE_REACH);
      state = firstPass(matcher, text, a, b, state, cleanFrom, cleanTo);
    }
    if (state === FOUND) return true;
  }
  return false;
}

export function* analyzeSteps(text: string, matcher: Matcher, options: DetectOptions & { chunkChars?: number } = {}): Generator<void, Analysis> {
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const limit = options.limit ?? Infinity;
  const findings: Finding[] = [];
  const blocks: TextBlock[] = [];
  if (limit <= 0 || !(yield* mayFindSteps(text, matcher))) return { findings, blocks };
  let base = 0;
  while (base < text.length && findings.length < limit) {
    let end = Math.min(text.length, base + chunkChars);
    if (end < text.length) end = cutAfter(text, end, chunkChars);
    const piece = analyze(text.slice(base, end), matcher, { limit: limit - findings.length });
    for (const f of piece.findings) {
      f.start += base;
      f.end += base;
      findings.push(f);
    }
    for (const b of piece.blocks) blocks.push(base === 0 ? b : { ...b, start: b.start + base, end: b.end + base });
    base = end;
    if (base < text.length) yield;
  }
  return { findings, blocks };
}

/** The findings alone (tests, benchmarks). */
export function* detectSteps(text: string, matcher: Matcher, options: DetectOptions & { chunkChars?: number } = {}): Generator<void, Finding[]> {
  return (yield* analyzeSteps(text, matcher, options)).findings;
}

/** The whole analysis at once, in the same pieces as the content script (CLI, evaluations). */
export function analyzeText(text: string, matcher: Matcher, options: DetectOptions = {}): Analysis {
  const steps = analyzeSteps(text, matcher, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
