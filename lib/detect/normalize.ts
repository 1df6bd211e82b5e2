/**
 * Text normalization with an exact offset map, in two parts:
 *
 * 1. Invisible characters (zero-width space, joiners, soft hyphen, BOM) are removed, so
 *    "人\u200b脸" reads as 人脸. This is the only step that moves offsets; `toOriginal` maps
 *    positions of `base` back to the input (null, the identity, when nothing was removed,
 *    which is almost every page).
 * 2. Every remaining code unit is folded through one 64 Ki-entry table (full-width to
 *    half-width, Latin to lower case, typographic dashes and apostrophes), filled lazily
 *    as units are met. Folding maps one unit to one unit, so the matcher folds on the fly
 *    while it reads `base` and no second copy of a 5 MB page is made (that copy cost more
 *    than the matching).
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

let deltas: Uint16Array | undefined;

/**
 * The fold, as deltas: unit c folds to (c + d[c]) & 0xffff. A zero-filled table (free to
 * allocate) is the identity, so only the units that fold to something else are written
 * (about 600, no call per unit). The matcher reads it in its loops: no test for a unit
 * not met yet, which cost the loop a third of its speed.
 */
export function foldDeltas(): Uint16Array {
  if (deltas) return deltas;
  const d = new Uint16Array(0x10000);
  const to = (c: number, f: number) => (d[c] = (f - c) & 0xffff);
  // ASCII capitals; full-width ASCII variants (！ to ～) to ASCII, their capitals to lower case.
  for (let c = 0x41; c <= 0x5a; c++) d[c] = 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) d[c] = (c >= 0xff21 && c <= 0xff3a ? 0x20 - 0xfee0 : -0xfee0) & 0xffff;
  // Spaces.
  for (let c = 0x2000; c <= 0x200a; c++) to(c, 0x20);
  to(0x3000, 0x20);
  to(0x00a0, 0x20);
  to(0x202f, 0x20);
  // Dashes that English text uses inside compounds ("face‑recognition") become '-'.
  for (let c = 0x2010; c <= 0x2013; c++) to(c, 0x2d);
  // Typographic apostrophes, so "don’t" reads as "don't".
  to(0x2018, 0x27);
  to(0x2019, 0x27);
  // Latin-1 and Extended-A/B: lower case where it stays one unit, one toLowerCase for the
  // block (U+0130 İ lowers to two units: left out, it folds to itself).
  const units: number[] = [];
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0x130) units.push(c);
  const lower = String.fromCharCode(...units).toLowerCase();
  for (let i = 0; i < units.length; i++) if (lower.charCodeAt(i) !== units[i]) to(units[i]!, lower.charCodeAt(i));
  for (let i = 0; i + 1 < HOMOGLYPHS.length; i += 2) to(HOMOGLYPHS.charCodeAt(i), HOMOGLYPHS.charCodeAt(i + 1));
  return (deltas = d);
}

/** Fold one UTF-16 code unit (not invisible ones: those are removed before). */
export function foldCodeUnit(c: number): number {
  return (c + foldDeltas()[c]!) & 0xffff;
}

/**
 * Fold tables are filled lazily: an entry is 0 until its code unit is first read through
 * foldUnit (or fold, or the matcher), which stores foldCodeUnit's answer. Nothing is built
 * at load (a page meets a few thousand distinct code units, not 65,536), and a read costs
 * one array load plus a test that fails once per unit. Only U+0000 folds to 0, so its
 * entry is simply worked out again each time.
 */
let table: Uint16Array | undefined;

/** The base fold table (128 KB, zero-filled, so free to allocate), filled as it is read. */
export function foldTable(): Uint16Array {
  return (table ??= new Uint16Array(0x10000));
}

/** The fold of code unit `c` through table `t`, filling the table on first use. */
export function foldUnit(t: Uint16Array, c: number): number {
  const f = t[c]!;
  return f !== 0 ? f : (t[c] = foldCodeUnit(c));
}

/**
 * A fold table with script folds: each pair of characters in `pairs` ("臉脸識识") maps the
 * first to the second (Traditional to Simplified, from the lexicon compile); every other
 * unit folds as in the base table, filled as it is read.
 */
export function buildFoldTable(pairs: string): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < pairs.length; i += 2) t[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return t;
}

/** foldDeltas plus script folds (pairs as for buildFoldTable). */
export function buildFoldDeltas(pairs: string): Uint16Array {
  const d = foldDeltas().slice();
  for (let i = 0; i + 1 < pairs.length; i += 2) d[pairs.charCodeAt(i)] = (pairs.charCodeAt(i + 1) - pairs.charCodeAt(i)) & 0xffff;
  return d;
}

/** The last text folded whole for fold()'s windows, its table, and the result. */
let cachedText = '';
let cachedTable: Uint16Array | null = null;
let cachedFold = '';

/** The longest text whose windows fold() serves from one fold of the whole (the detector's pieces are shorter). */
const CACHE_MAX = 1 << 16;

/**
 * Fold a slice of a string (small windows, tests, the lexicon compile). Windows of one
 * text through a table other than the base one (the detector's views of a piece, through
 * the matcher's table: thousands of windows per page) are cut from one fold of the whole
 * text, kept until another text or table comes: a native substring each (folding every
 * window again cost the detector's first, cold scan of a page about as much as matching).
 */
export function fold(s: string, start = 0, end = s.length, t: Uint16Array = foldTable()): string {
  if (end - start > 4 && t !== table && s.length <= CACHE_MAX && start >= 0 && end <= s.length) {
    if (s !== cachedText || t !== cachedTable) {
      cachedFold = foldRange(s, 0, s.length, t);
      cachedText = s;
      cachedTable = t;
    }
    return cachedFold.slice(start, end);
  }
  return foldRange(s, start, end, t);
}

function foldRange(s: string, start: number, end: number, t: Uint16Array): string {
  if (end - start <= 64) {
    let out = '';
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      const f = t[c]!;
      out += String.fromCharCode(f !== 0 ? f : (t[c] = foldCodeUnit(c)));
    }
    return out;
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  const buf = new Uint16Array(Math.min(CHUNK, end - start));
  for (let a = start; a < end; a += CHUNK) {
    const n = Math.min(CHUNK, end - a);
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(a + k);
      const f = t[c]!;
      buf[k] = f !== 0 ? f : (t[c] = foldCodeUnit(c));
    }
    parts.push(String.fromCharCode.apply(null, (n === buf.length ? buf : buf.subarray(0, n)) as unknown as number[]));
  }
  return parts.join('');
}

/** Whether a code unit is one of the invisible characters normalize() removes. */
export function isInvisibleUnit(c: number): boolean {
  return INVISIBLE_UNITS.includes(c);
}

/** Whether a string holds an invisible character normalize() would remove. */
export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
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
