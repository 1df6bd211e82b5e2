import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalize, originalIndex, toOriginalSpan } from '../../lib/detect/normalize';

describe('normalize', () => {
  it('turns full-width Latin and digits into half-width lower case', () => {
    expect(normalize('ＦＡＣＥ　ＩＤ１２').text).toBe('face id12');
  });

  it('drops zero-width characters and keeps the map to the original', () => {
    const n = normalize('人\u200b脸\u200d识别');
    expect(n.text).toBe('人脸识别');
    expect(Array.from(n.toOriginal!)).toEqual([0, 2, 4, 5, 6]);
    expect(toOriginalSpan(n, 0, 4)).toEqual([0, 6]);
  });

  it('maps typographic apostrophes and dashes used inside English words', () => {
    expect(normalize('Don’t use face‑recognition').text).toBe("don't use face-recognition");
  });

  it('keeps the identity map when nothing is dropped, and lone surrogates as they are', () => {
    expect(normalize('人脸ＡＢ，').toOriginal).toBeNull();
    expect(normalize('a\ud800b😀').text).toBe('a\ud800b😀');
    const long = 'ＡＢＣ人脸'.repeat(5000);
    expect(fold(long)).toBe('abc人脸'.repeat(5000));
  });

  it('leaves CJK text as it is', () => {
    expect(normalize('人臉辨識與個資').text).toBe('人臉辨識與個資');
  });

  it('keeps the offset map exact for any text (property)', () => {
    const alphabet = fc.constantFrom('a', 'Ｂ', '人', '脸', '\u200b', '\ufeff', ' ', '\u3000', 'İ', '１', '\n', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (input) => {
        const n = normalize(input);
        expect(originalIndex(n, n.text.length)).toBe(input.length);
        expect(n.base.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const o = originalIndex(n, i);
          expect(fold(n.base, i, i + 1)).toBe(n.text.charAt(i));
          // strictly increasing, and each normalized char comes from its original char
          if (i > 0) expect(o).toBeGreaterThan(originalIndex(n, i - 1));
          const original = input.charAt(o);
          const again = normalize(original).text;
          expect(again).toBe(n.text.charAt(i));
        }
      }),
    );
  });
});

/** The fold as it was written before the tables were built from deltas: the reference. */
const HOMOGLYPHS = 'аaеeоoрpсcуyхxіiјjѕsһhԁdӏlАaВbЕeКkМmНhОoРpСcТtХxІiЈjЅsοoαaνvιiκkρpτtυuχxΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxΖz';
const HOMOGLYPH_MAP = new Map<number, number>();
for (let i = 0; i + 1 < HOMOGLYPHS.length; i += 2) HOMOGLYPH_MAP.set(HOMOGLYPHS.charCodeAt(i), HOMOGLYPHS.charCodeAt(i + 1));
function referenceFold(c: number): number {
  const glyph = HOMOGLYPH_MAP.get(c);
  if (glyph !== undefined) return glyph;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) c = 0x20;
  else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013) c = 0x2d;
  else if (c === 0x2019 || c === 0x2018) c = 0x27;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c <= 0x24f) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

describe('fold table', () => {
  it('folds every code unit as the reference does', async () => {
    const { foldCodeUnit } = await import('../../lib/detect/normalize');
    for (let c = 0; c < 0x10000; c++) if (foldCodeUnit(c) !== referenceFold(c)) throw new Error(`fold differs from the reference at U+${c.toString(16)}`);
  });

  it('agrees with foldCodeUnit on every code unit, filled as it is read', async () => {
    const { buildFoldTable, fold: foldWith, foldCodeUnit, foldTable, foldUnit } = await import('../../lib/detect/normalize');
    const t = foldTable();
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (fold(s) !== String.fromCharCode(foldCodeUnit(c))) throw new Error(`fold differs at U+${c.toString(16)}`);
      if (t[c] !== foldCodeUnit(c)) throw new Error(`fold table not filled at U+${c.toString(16)}`);
    }
    const { buildFoldDeltas, foldDeltas } = await import('../../lib/detect/normalize');
    const d = foldDeltas();
    for (let c = 0; c < 0x10000; c++) if (((c + d[c]!) & 0xffff) !== foldCodeUnit(c)) throw new Error(`fold deltas differ at U+${c.toString(16)}`);
    const sd = buildFoldDeltas('臉脸識识');
    expect([0x81c9, 0x8b58, 0x41, 0x4eba].map((c) => (c + sd[c]!) & 0xffff)).toEqual([0x8138, 0x8bc6, 0x61, 0x4eba]);
    // Script folds: the pairs, and the base fold elsewhere.
    const s = buildFoldTable('臉脸識识');
    expect(foldWith('人臉辨識ＡＢ', 0, 6, s)).toBe('人脸辨识ab');
    expect(foldUnit(s, 0x41)).toBe(0x61);
    expect(foldUnit(s, 0)).toBe(0);
  });

  it('folds the same in long and short slices, with a fresh table each time (property)', async () => {
    const { buildFoldTable, fold: foldWith, foldCodeUnit } = await import('../../lib/detect/normalize');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(100), (s, cut) => {
        const expected = Array.from(s, (ch) => (ch.length === 1 ? String.fromCharCode(foldCodeUnit(ch.charCodeAt(0))) : String.fromCharCode(foldCodeUnit(ch.charCodeAt(0)), foldCodeUnit(ch.charCodeAt(1))))).join('');
        const long = s.repeat(1 + Math.floor(cut / 10));
        expect(foldWith(s, 0, s.length, buildFoldTable(''))).toBe(expected);
        expect(foldWith(long, 0, long.length, buildFoldTable(''))).toBe(expected.repeat(1 + Math.floor(cut / 10)));
      }),
      { numRuns: 100 },
    );
  });

  it('cuts windows of one text from one fold of it, whatever the order of texts, tables and windows (property)', async () => {
    const { buildFoldTable, fold: foldWith, foldCodeUnit } = await import('../../lib/detect/normalize');
    const tables = [buildFoldTable('臉脸'), buildFoldTable('')];
    const ref = (s: string, a: number, b: number, t: number) => Array.from(s.slice(a, b), (ch) => String.fromCharCode(t === 0 && ch === '臉' ? 0x8138 : foldCodeUnit(ch.charCodeAt(0)))).join('');
    const unit = fc.constantFrom('a', 'Ｂ', '人', '臉', ' ', 'İ', 'Σ', '\u200b', '1');
    fc.assert(
      fc.property(
        fc.array(fc.array(unit, { maxLength: 80 }).map((a) => a.join('')), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(1), fc.nat(90), fc.nat(90)), { maxLength: 12 }),
        (texts, calls) => {
          for (const [which, t, x, y] of calls) {
            const s = texts[which % texts.length]!;
            const [a, b] = [Math.min(x, y, s.length), Math.min(Math.max(x, y), s.length)];
            expect(foldWith(s, a, b, tables[t]!)).toBe(ref(s, a, b, t));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
