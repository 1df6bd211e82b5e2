/**
 * Text normalization with an exact offset map, in two parts:
 *
 * 1. Invisible characters (zero-width space, joiners, soft hyphen, BOM) are removed, so
 *    "人\u200b脸" reads as 人脸. This is the only step that moves offsets; `toOriginal` maps
 *    positions of `base` back to the input (null, the identity, when nothing was removed,
 *    which is almost every page).
 * 2. Every remaining code unit is folded through one 64 Ki-entry table (full-width to
 *    half-width, Latin to lower case, typographic dashes and apostrophes). Folding maps
 *    one unit to one unit, so the matcher folds on the fly while it reads `base` and no
 *    second copy of a 5 MB page is made (that copy cost more than the matching).
 */

export interface NormalizedText {
  /** The input without invisible characters; all positions are in this string. */
  readonly base: string;
  readonly toOriginal: Int32Array | null;
  /** `base` folded (built on first use; the detector never needs all of it). */
  readonly text: string;
}

/** Characters that carry no visible text and are used to split words invisibly. */
const INVISIBLE_UNITS = [0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;

/**
 * Cyrillic and Greek letters that look like Latin ones ("facial recognitіоn" with a
 * Cyrillic і and о reads as English to a person): folded to the Latin letter, so a
 * lookalike cannot hide a word from the matcher. Pairs of (lookalike, Latin).
 */
const HOMOGLYPHS = 'аaеeоoрpсcуyхxіiјjѕsһhԁdӏlАaВbЕeКkМmНhОoРpСcТtХxІiЈjЅsοoαaνvιiκkρpτtυuχxΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxΖz';
const HOMOGLYPH_MAP = new Map<number, number>();
for (let i = 0; i + 1 < HOMOGLYPHS.length; i += 2) HOMOGLYPH_MAP.set(HOMOGLYPHS.charCodeAt(i), HOMOGLYPHS.charCodeAt(i + 1));

/** Fold one UTF-16 code unit (not invisible ones: those are removed before). */
export function foldCodeUnit(c: number): number {
  const glyph = HOMOGLYPH_MAP.get(c);
  if (glyph !== undefined) return glyph;
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

let table: Uint16Array | undefined;

/** The fold table: 128 KB, built on first use (~1 ms). */
export function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = c;
    // Only these ranges fold to something else (cheap to build in a cold content script).
    for (const [from, to] of [[0x41, 0x5a], [0xa0, 0xa0], [0xc0, 0x24f], [0x2000, 0x2019], [0x202f, 0x202f], [0x3000, 0x3000], [0xff01, 0xff5e]] as const) {
      for (let c = from; c <= to; c++) table[c] = foldCodeUnit(c);
    }
    for (const [c, latin] of HOMOGLYPH_MAP) table[c] = latin;
  }
  return table;
}

/**
 * The fold table plus script folds: each pair of characters in `pairs` ("臉脸識识")
 * maps the first to the second (Traditional to Simplified, from the lexicon compile).
 */
export function buildFoldTable(pairs: string): Uint16Array {
  const t = foldTable().slice();
  for (let i = 0; i + 1 < pairs.length; i += 2) t[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return t;
}

/** Fold a slice of a string (small windows, tests, the lexicon compile). */
export function fold(s: string, start = 0, end = s.length, t: Uint16Array = foldTable()): string {
  if (end - start <= 64) {
    let out = '';
    for (let i = start; i < end; i++) out += String.fromCharCode(t[s.charCodeAt(i)]!);
    return out;
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  const buf = new Uint16Array(Math.min(CHUNK, end - start));
  for (let a = start; a < end; a += CHUNK) {
    const n = Math.min(CHUNK, end - a);
    for (let k = 0; k < n; k++) buf[k] = t[s.charCodeAt(a + k)]!;
    parts.push(String.fromCharCode.apply(null, (n === buf.length ? buf : buf.subarray(0, n)) as unknown as number[]));
  }
  return parts.join('');
}

export function normalize(input: string): NormalizedText {
  let base = input;
  let toOriginal: Int32Array | null = null;
  if (INVISIBLE.test(input)) {
    const n = input.length;
    const map = new Int32Array(n + 1);
    const kept: string[] = [];
    let j = 0;
    let runStart = 0;
    for (let i = 0; i < n; i++) {
      if (INVISIBLE_UNITS.includes(input.charCodeAt(i))) {
        if (i > runStart) kept.push(input.slice(runStart, i));
        runStart = i + 1;
        continue;
      }
      map[j++] = i;
    }
    if (n > runStart) kept.push(input.slice(runStart));
    map[j] = n;
    base = kept.join('');
    toOriginal = map.subarray(0, j + 1);
  }
  let folded: string | undefined;
  return {
    base,
    toOriginal,
    get text() {
      return (folded ??= fold(base));
    },
  };
}

/** The original index of position i of `base` (i may equal its length). */
export function originalIndex(norm: NormalizedText, i: number): number {
  return norm.toOriginal ? norm.toOriginal[i]! : i;
}

/** Map a half-open span of `base` back to the original string. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = originalIndex(norm, start);
  const e = end > start ? originalIndex(norm, end - 1) + 1 : s;
  return [s, e];
}
