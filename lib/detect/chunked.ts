import { detect, type DetectOptions, type Finding } from './detect';
import type { Matcher } from './match';

/**
 * Detection over a long text in pieces cut at line breaks, pausing between pieces. No
 * rule looks across a line break (clauses, sentences and negation windows end there), so
 * the findings are the same as one detect() over the whole text, offsets included.
 * A run with no line break for twice the piece size (one 50-million-character text node
 * once made a 219 ms slice) is cut at a sentence end, or failing that at the piece size.
 */
export function* detectSteps(text: string, matcher: Matcher, options: DetectOptions & { chunkChars?: number } = {}): Generator<void, Finding[]> {
  const chunkChars = options.chunkChars ?? 32_768;
  const limit = options.limit ?? Infinity;
  const out: Finding[] = [];
  let base = 0;
  while (base < text.length && out.length < limit) {
    let end = Math.min(text.length, base + chunkChars);
    if (end < text.length) end = cutAfter(text, end, chunkChars);
    for (const f of detect(text.slice(base, end), matcher, { limit: limit - out.length })) {
      f.start += base;
      f.end += base;
      out.push(f);
    }
    base = end;
    if (base < text.length) yield;
  }
  return out;
}

/** Sentence and clause ends a piece may stop after: 。！？!?；; */
const ENDS = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);

/** Where to end a piece that should end near `at`: the next line break, else a sentence end, else at the piece size. */
function cutAfter(text: string, at: number, chunkChars: number): number {
  const limit = Math.min(text.length, at + chunkChars);
  const nl = text.indexOf('\n', at);
  if (nl >= 0 && nl < limit) return nl + 1;
  for (let i = at; i < limit; i++) if (ENDS.has(text.charCodeAt(i))) return i + 1;
  return limit;
}
