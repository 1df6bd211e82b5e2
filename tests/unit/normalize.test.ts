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

describe('fold table', () => {
  it('agrees with foldCodeUnit on every code unit', async () => {
    const { foldTable, foldCodeUnit } = await import('../../lib/detect/normalize');
    const t = foldTable();
    for (let c = 0; c < 0x10000; c++) if (t[c] !== foldCodeUnit(c)) throw new Error(`fold table differs at U+${c.toString(16)}`);
  });
});
