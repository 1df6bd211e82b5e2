/**
 * Text normalization with an exact offset map.
 *
 * The matcher works on normalized text (half-width, lower-case Latin, no zero-width
 * characters), but every finding must point back at the exact characters of the page.
 * `toOriginal[i]` is the index in the original string of normalized character `i`, and
 * `toOriginal[normalized.length]` is the original length, so a normalized span [s, e)
 * maps to the original span [toOriginal[s], toOriginal[e - 1] + 1).
 */

export interface NormalizedText {
  readonly text: string;
  readonly toOriginal: Int32Array;
}

/** Characters that carry no visible text and are used to split words invisibly. */
const INVISIBLE = new Set([
  0x00ad, // soft hyphen
  0x180e, // Mongolian vowel separator
  0x200b, // zero width space
  0x200c, // zero width non-joiner
  0x200d, // zero width joiner
  0x2060, // word joiner
  0xfeff, // zero width no-break space / BOM
]);

/** Map one UTF-16 code unit to its normalized form, or -1 to drop it. */
export function normalizeCodeUnit(c: number): number {
  if (INVISIBLE.has(c)) return -1;
  // Full-width ASCII variants (！ to ～) to ASCII.
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) c = 0x20;
  // Dashes that English text uses inside compounds ("face‑recognition") become '-'.
  else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013) c = 0x2d;
  // Typographic apostrophes, so "don’t" reads as "don't".
  else if (c === 0x2019 || c === 0x2018) c = 0x27;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c <= 0x24f) {
    // Latin-1 and Latin Extended-A/B: lower-case only when it stays one code unit.
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const toOriginal = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = normalizeCodeUnit(input.charCodeAt(i));
    if (c < 0) continue;
    out[j] = c;
    toOriginal[j] = i;
    j++;
  }
  toOriginal[j] = n;
  return { text: decodeUtf16(out, j), toOriginal: toOriginal.subarray(0, j + 1) };
}

function decodeUtf16(units: Uint16Array, length: number): string {
  // String.fromCharCode with a spread overflows the stack on large inputs; go in chunks.
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return s;
}

/** Map a normalized half-open span back to the original string. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.toOriginal[start]!;
  const e = end > start ? norm.toOriginal[end - 1]! + 1 : s;
  return [s, e];
}
