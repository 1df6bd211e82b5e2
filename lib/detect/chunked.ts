import { detect, type DetectOptions, type Finding } from './detect';
import type { Matcher } from './match';

/**
 * Detection over a long text in pieces cut at line breaks, pausing between pieces. No
 * rule looks across a line break (clauses, sentences and negation windows end there), so
 * the findings are the same as one detect() over the whole text, offsets included.
 */
export function* detectSteps(text: string, matcher: Matcher, options: DetectOptions & { chunkChars?: number } = {}): Generator<void, Finding[]> {
  const chunkChars = options.chunkChars ?? 32_768;
  const limit = options.limit ?? Infinity;
  const out: Finding[] = [];
  let base = 0;
  while (base < text.length && out.length < limit) {
    let end = Math.min(text.length, base + chunkChars);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
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
