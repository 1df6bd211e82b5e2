import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, matchTokens } from '../../lib/detect/match';
import { fold } from '../../lib/detect/normalize';
import { compileLexicon } from '../../lib/lexicon/compile';
import { LEXICON_SOURCES } from '../../lib/lexicon';
import { decodeEntry, type CompiledLexicon, type EntryKind } from '../../lib/lexicon/types';
import { decodeWords, encodeWords } from '../../lib/lexicon/words';

const compiled = compileLexicon(LEXICON_SOURCES);
const matcher = createMatcher(compiled);

/**
 * The reference: at each position, the longest lexicon word (latin words only at word
 * boundaries, with an optional plural), then continue after it. Written with indexOf and
 * plain loops, nothing shared with the RegExp compile.
 */
function naive(c: CompiledLexicon, text: string): { kind: EntryKind; start: number; end: number }[] {
  const words = [
    ...decodeWords(c.latin).map((w, i) => ({ w, latin: true, kind: decodeEntry(c.latinCodes.slice(2 * i, 2 * i + 2)).kind })),
    ...decodeWords(c.other).map((w, i) => ({ w, latin: false, kind: decodeEntry(c.otherCodes.slice(2 * i, 2 * i + 2)).kind })),
  ];
  const alnum = (ch: string) => /[a-z0-9]/.test(ch);
  const out: { kind: EntryKind; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let best: { kind: EntryKind; end: number; len: number } | null = null;
    for (const { w, latin, kind } of words) {
      if (!text.startsWith(w, i)) continue;
      let end = i + w.length;
      if (latin) {
        if (i > 0 && alnum(text[i - 1]!)) continue;
        // An optional plural ending, tried greedily ("es", "s", none), then a word boundary.
        const candidates = [text.startsWith('es', end) ? end + 2 : -1, text[end] === 's' ? end + 1 : -1, end];
        const ok = candidates.find((e) => e >= 0 && !alnum(text[e] ?? ''));
        if (ok === undefined) continue;
        end = ok;
      }
      // The RegExp takes alternatives in length order of the words, longest first.
      if (!best || w.length > best.len) best = { kind, end, len: w.length };
    }
    if (best) {
      if (best.kind !== 'suppressor') out.push({ kind: best.kind, start: i, end: best.end });
      i = best.end;
    } else i++;
  }
  return out;
}

describe('matcher', () => {
  const pieces = [
    ...decodeWords(compiled.other).filter((_, i) => i % 7 === 0),
    ...decodeWords(compiled.latin).filter((_, i) => i % 5 === 0),
    '人', '脸', '臉', '識', '每个', '个人', '信息', 'a', 's', 'es', ' ', '，', '。', 'face', 'Face', 'ＩＤ', 'x',
  ];

  it('finds exactly what a naive longest-match reference finds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const got = matchTokens(matcher, text).map(({ kind, start, end }) => ({ kind, start, end }));
        expect(got).toEqual(naive(compiled, fold(text, 0, text.length, matcher.fold)));
      }),
      { numRuns: 400 },
    );
  });

  it('finds every lexicon word on its own', () => {
    for (const [i, w] of decodeWords(compiled.other).entries()) {
      const kind = decodeEntry(compiled.otherCodes.slice(2 * i, 2 * i + 2)).kind;
      const tokens = matchTokens(matcher, w);
      if (kind === 'suppressor') expect(tokens).toEqual([]);
      else expect(tokens.map((t) => t.surface)).toEqual([w]);
    }
  });
});

describe('front-coded word lists', () => {
  it('decode to the words that were encoded (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('人', '脸', '识', '别', 'a', 'b', '信', '息') })), (words) => {
        expect(decodeWords(encodeWords(words))).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
    );
  });
});
