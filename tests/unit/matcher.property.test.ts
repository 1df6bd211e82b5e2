import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayFindSteps } from '../../lib/detect/chunked';
import { createMatcher, matchTokens, mayFind, mayMatch } from '../../lib/detect/match';
import { fold, foldCodeUnit, normalize } from '../../lib/detect/normalize';
import { checkCompiled, compiledWords, compileLexicon } from '../../lib/lexicon/compile';
import { LEXICON_SOURCES } from '../../lib/lexicon';
import type { CompiledLexicon, EntryKind } from '../../lib/lexicon/types';
import { decodeWords, encodeWords } from '../../lib/lexicon/words';

const compiled = compileLexicon(LEXICON_SOURCES);
const matcher = createMatcher(compiled);
const words = compiledWords(compiled);

/**
 * The reference: at each position, the longest lexicon word (latin words only at word
 * boundaries, with an optional plural), unless a longer Chinese word starts inside it and
 * ends after it (then that one, from its start), then continue after it. Written with indexOf and
 * plain loops, nothing shared with the RegExp compile.
 */
function naive(c: CompiledLexicon, text: string): { kind: EntryKind; start: number; end: number }[] {
  const words = compiledWords(c).map(({ surface, latin, entry }) => ({ w: surface, latin, kind: entry.kind }));
  const alnum = (ch: string) => /[a-z0-9]/.test(ch);
  const out: { kind: EntryKind; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let best: { kind: EntryKind; end: number; len: number; latin: boolean } | null = null;
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
      if (!best || w.length > best.len) best = { kind, end, len: w.length, latin };
    }
    // A longer Chinese word starting inside a Chinese one and ending after it wins.
    const cjkAt = (s: number) => words.filter(({ w, latin }) => !latin && text.startsWith(w, s)).reduce((m, { w }) => Math.max(m, w.length), 0);
    const over = best && !best.latin ? Array.from({ length: best.end - i - 1 }, (_, k) => i + 1 + k).find((s) => { const l = cjkAt(s); return s + l > best!.end && l > best!.len; }) : undefined;
    if (over !== undefined) {
      i = over;
      continue;
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
    ...words.filter((w, i) => !w.latin && i % 7 === 0).map((w) => w.surface),
    ...words.filter((w, i) => w.latin && i % 5 === 0).map((w) => w.surface),
    // Prefixes of words (front coding: a text that agrees with a word for a while, then not).
    ...words.filter((w, i) => i % 11 === 0 && w.surface.length > 3).map((w) => w.surface.slice(0, -1)),
    '人', '脸', '臉', '識', '每个', '个人', '信息', 'a', 's', 'es', ' ', '，', '。', 'face', 'Face', 'ＩＤ', 'x',
    // Words that overlap a longer one (熟人 + 臉部辨識, not 人臉 + 部辨識).
    '熟人臉部辨識', '人脸部识别', '人臉部', '部辨識', '面部',
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
    for (const { surface: w, entry } of words) {
      const tokens = matchTokens(matcher, w);
      if (entry.kind === 'suppressor') expect(tokens).toEqual([]);
      else {
        expect(tokens.map((t) => t.surface)).toEqual([w]);
        expect(tokens[0]).toMatchObject({ kind: entry.kind, type: entry.type, action: entry.action, strength: entry.strength, generic: entry.generic, start: 0, end: w.length });
      }
    }
  });

  it('fills the fold table for every code unit of the text it reads (claims and views read it directly)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, 'Ä', 'Ω', '臉', '資', '\u00ad', '０', 'ß', 'İ'), { maxLength: 25 }), (parts) => {
        const m = createMatcher(compiled);
        const text = parts.join('');
        matchTokens(m, text);
        for (let i = 0; i < text.length; i++) expect(m.fold[text.charCodeAt(i)]).toBe(fold(text, i, i + 1, matcher.fold).charCodeAt(0));
      }),
      { numRuns: 200 },
    );
  });

  it('mayMatch: true exactly when some word starts with two adjacent units of the text as the detector reads it', () => {
    const prefixes = new Set(words.map((w) => w.surface.slice(0, 2)));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, '\u200b', '\u00ad'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const base = normalize(text).base;
        const f = fold(base, 0, base.length, matcher.fold);
        let any = false;
        for (let i = 0; i + 1 < f.length; i++) if (prefixes.has(f.slice(i, i + 2))) any = true;
        expect(mayMatch(matcher, text)).toBe(any);
      }),
      { numRuns: 300 },
    );
  });

  it('first pass: never misses a term or an object, and with nothing but verbs and other words says so (property)', () => {
    const data = words.filter((w) => w.entry.kind === 'term' || w.entry.kind === 'object');
    const dataPrefixes = new Set(data.map((w) => w.surface.slice(0, 2)));
    const alnum = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);
    /** Some term or object matches at some position (the naive reference's rules, suppressors ignored). */
    const dataWordIn = (f: string) =>
      data.some(({ surface: w, latin }) => {
        for (let i = f.indexOf(w); i >= 0; i = f.indexOf(w, i + 1)) {
          if (!latin) return true;
          const e = i + w.length;
          if (!alnum(f[i - 1]) && ((f.startsWith('es', e) && !alnum(f[e + 2])) || (f[e] === 's' && !alnum(f[e + 1])) || !alnum(f[e]))) return true;
        }
        return false;
      });
    const unitsOf = [...pieces, '\u200b', '\u00ad', '\ufeff', '收集', '处理', '每个人信息', '城市', 'their ', 'the ', 'heal', 'theirs face'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...unitsOf), { maxLength: 14 }), fc.integer({ min: 1, max: 40 }), (parts, passChars) => {
        const text = parts.join('');
        const base = normalize(text).base;
        const f = fold(base, 0, base.length, matcher.fold);
        let prefix = false;
        for (let i = 0; i + 1 < f.length; i++) if (dataPrefixes.has(f.slice(i, i + 2))) prefix = true;
        const exact = dataWordIn(f);
        const tokens = matchTokens(matcher, base).filter((t) => t.kind !== 'verb');
        if (tokens.length) expect(exact).toBe(true);
        // On text without invisible characters: exactly whether a term or object matches.
        expect(mayFind(matcher, base, false)).toBe(exact);
        // With invisible characters in the text, the two units decide.
        const invisible = /[\u200b\u00ad\ufeff]/.test(text);
        expect(mayFind(matcher, text, true)).toBe(invisible ? prefix : exact);
        // In windows, as analyzeSteps reads: never a miss, never a hit without a prefix.
        const steps = mayFindSteps(text, matcher, passChars);
        let r = steps.next();
        while (!r.done) r = steps.next();
        if (exact) expect(r.value).toBe(true);
        if (!prefix) expect(r.value).toBe(false);
        // Without invisible characters, windows answer exactly too.
        if (!invisible) expect(r.value).toBe(exact);
      }),
      { numRuns: 600 },
    );
  });
});

describe('compiled table', () => {
  it('passes its own checks, and the checks catch a broken table', () => {
    expect(checkCompiled(compiled)).toBe('');
    const broken = (patch: Partial<CompiledLexicon>) => checkCompiled({ ...compiled, ...patch });
    expect(broken({ format: 6 as unknown as 7 })).toMatch(/format 6 is not 7/);
    const second = compiled.words.indexOf('|') + 1;
    expect(broken({ words: compiled.words.slice(second, compiled.words.indexOf('|', second) + 1) + compiled.words })).not.toBe('');
    expect(broken({ dataGroups: compiled.dataGroups - 1 })).toMatch(/term or object in a group after/);
    expect(broken({ words: compiled.words.replace('|', 'X|') })).not.toBe('');
  });

  it('holds every word of the sources, folded, once, with its entry', () => {
    const full = compileLexicon(LEXICON_SOURCES);
    expect(new Set(compiledWords(full).map((w) => w.surface)).size).toBe(compiledWords(full).length);
    expect(compiledWords(full).find((w) => w.surface === '人脸识别')?.entry).toMatchObject({ kind: 'term', type: 'face' });
    expect(foldCodeUnit(0x41)).toBe(0x61);
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
