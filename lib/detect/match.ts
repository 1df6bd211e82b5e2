import { categoryOf, codeIndex, decodeEntry, isCodeChar, type Action, type Category, type CompiledLexicon, type DataType, type Entry, type EntryKind } from '../lexicon/types';
import { buildFoldDeltas, buildFoldTable, fold, hasInvisible, isInvisibleUnit } from './normalize';

/** One lexicon hit in normalized text (suppressors are consumed, never returned). */
export interface Token {
  kind: Exclude<EntryKind, 'suppressor'>;
  /** Category of a term or object ('' for verbs, and for weak verbs: personal data only). */
  category: Category | '';
  /** Data type of a term or object ('' for verbs). */
  type: DataType | '';
  /** For verbs: what is done. */
  action: Action | '';
  /** For verbs: weak (personal data only) or trait (faces and biometrics only). */
  strength: Entry['strength'];
  /** A word for personal data in general (个人信息). */
  generic: boolean;
  /** Normalized surface as listed in the lexicon (plural endings stripped). */
  surface: string;
  start: number;
  end: number;
}

/** What a code character says of its words, worked out the first time one matches. */
interface Meaning {
  entry: Entry;
  category: Category | '';
}

/**
 * The matcher: the compiled table as it ships (lib/lexicon/types.ts: CompiledLexicon), its
 * groups of words found by a hash of their first two code units in a 32 Ki-slot array.
 * At each position one array read rejects almost every start; in a group, the
 * words (sorted, front-coded) are compared as they are read. Same results as one RegExp
 * alternation of the words (leftmost, then longest; Latin words at word boundaries with
 * an optional plural), tested against a naive reference (tests/unit/matcher.property),
 * and several times faster on CJK text, where V8's alternation has no cheap prefilter
 * (bench: npm run bench). Building it writes one slot per group and per script fold:
 * nothing is decoded, checked or sorted at load (the compile checks the table).
 */
export interface Matcher {
  /** The words, in groups (CompiledLexicon.words). */
  readonly words: string;
  /**
   * Groups by the hash of their first two units (pairHash), open addressing with linear
   * probing: 1 + the group's index, 0 for an empty slot. 64 KB, at most a quarter full
   * (the compile keeps to MAX_GROUPS), so a miss is almost always one read.
   */
  readonly heads: Uint16Array;
  /** Offsets of the groups in `words`, by 1 + index. */
  readonly offsets: Int32Array;
  /** Groups 1 to dataGroups hold a term or an object. */
  readonly dataGroups: number;
  /** Entry codes by code character (CompiledLexicon.codes). */
  readonly codes: string;
  /** Code character meanings, by CODE_CHARS index, filled on first match. */
  readonly meanings: (Meaning | undefined)[];
  /**
   * Surfaces of matched words, by the offset of their code character in `words`, made on
   * first match. Created with the matcher: a property added later would change the
   * object's shape and throw the matcher loop's optimised code away (a V8 deopt).
   */
  readonly surfaces: Map<number, string>;
  /** The fold with the lexicon's script folds, as deltas (normalize.ts: foldDeltas): the matcher's own reads. */
  readonly delta: Uint16Array;
  /**
   * The same fold as a table, for the detector's views: filled lazily (0 until a unit is
   * first read through foldUnit or fold(); normalize.ts). matchTokens writes every unit of
   * the text it reads to it, so after matchTokens(m, text), m.fold[u] is the fold of each
   * unit u of text (detect.ts and claims.ts read it so).
   */
  readonly fold: Uint16Array;
}

/**
 * Slots in Matcher.heads, and the most groups a table may have. The loops write the mask
 * (SLOTS - 1) as the literal 0x7fff: read from a module binding it cost them a third.
 */
const SLOTS = 0x8000;
export const MAX_GROUPS = SLOTS / 4;

/** The slot a pair of folded units hashes to first. */
export function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e37) ^ b) & 0x7fff;
}

export function createMatcher(compiled: CompiledLexicon): Matcher {
  const words = compiled.words;
  const heads = new Uint16Array(SLOTS);
  const offsets: number[] = [0];
  // One slot per group: no decoding, no sorting.
  for (let p = 0; p < words.length; p = words.indexOf('|', p + 2) + 1) {
    let k = pairHash(words.charCodeAt(p), words.charCodeAt(p + 1));
    while (heads[k] !== 0) k = (k + 1) & 0x7fff;
    heads[k] = offsets.push(p) - 1;
  }
  return {
    words,
    heads,
    offsets: Int32Array.from(offsets),
    dataGroups: compiled.dataGroups,
    codes: compiled.codes,
    // Filled with undefined up front, so that storing a meaning never changes the array's kind (a deopt).
    meanings: new Array<Meaning | undefined>(compiled.codes.length >> 1).fill(undefined),
    surfaces: new Map(),
    delta: buildFoldDeltas(compiled.scriptFolds),
    fold: buildFoldTable(compiled.scriptFolds),
  };
}

/** The group (1 + index) whose first two units are c1 c2, or 0. */
function groupOf(matcher: Matcher, c1: number, c2: number): number {
  const heads = matcher.heads;
  const offsets = matcher.offsets;
  const words = matcher.words;
  let k = pairHash(c1, c2);
  for (let g = heads[k]!; g !== 0; g = heads[(k = (k + 1) & 0x7fff)]!) {
    const p = offsets[g]!;
    if (words.charCodeAt(p) === c1 && words.charCodeAt(p + 1) === c2) return g;
  }
  return 0;
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function meaningOf(matcher: Matcher, codeChar: number): Meaning {
  const j = codeIndex(codeChar);
  let m = matcher.meanings[j];
  if (m === undefined) {
    const entry = decodeEntry(matcher.codes.slice(2 * j, 2 * j + 2));
    const category: Category | '' = entry.type ? categoryOf(entry.type) : entry.strength === 'weak' ? 'personal_data' : entry.strength === 'trait' ? 'biometric' : '';
    m = matcher.meanings[j] = { entry, category };
  }
  return m;
}

/** The fold of unit x through deltas d. (Functions, not consts: a module const costs a hole check per read.) */
function unit(d: Uint16Array, x: number): number {
  return (x + d[x]!) & 0xffff;
}

/** Lengths and code offsets of the words of one group that match at a position (at most a group's words: the compile keeps groups within this). */
export const MAX_GROUP_WORDS = 256;
const candLen = new Int32Array(MAX_GROUP_WORDS);
const candCode = new Int32Array(MAX_GROUP_WORDS);

/**
 * The words of the group at offset `p` of `words` that match text at `i` (whose first two
 * units are the group's): their lengths and code offsets go to candLen/candCode, shortest
 * first; returns how many. The words are sorted and front-coded: `m` is how far the text
 * agrees with the word before, so a word that shares more than that with it disagrees
 * with the text too, and once a word sorts after the text no later word can match. Words
 * of Latin groups carry their length (they are long, and skipping one must not read it).
 */
function groupMatches(words: string, p: number, d: Uint16Array, text: string, i: number, n: number, latin: boolean): number {
  // Written out, no helper calls: the first scan of a page runs here before the JIT has
  // compiled anything, and a call per character doubled its time.
  let found = 0;
  let q = p + 2;
  let shared = 2;
  let m = 2;
  for (;;) {
    if (latin) {
      const end = q + 1 + words.charCodeAt(q) - 0x30;
      q++;
      if (shared <= m) {
        let k = shared;
        let u = -1;
        while (q < end && i + k < n) {
          const x = text.charCodeAt(i + k);
          u = (x + d[x]!) & 0xffff;
          if (words.charCodeAt(q) !== u) break;
          q++;
          k++;
          u = -1;
        }
        m = k;
        if (q === end) {
          candLen[found] = k;
          candCode[found++] = end;
        } else if (words.charCodeAt(q) > u) return found; // this word and every later one sort after the text
      }
      q = end;
    } else {
      let w = words.charCodeAt(q);
      if (shared <= m) {
        let k = shared;
        let u = -1;
        if (i + k < n) {
          const x = text.charCodeAt(i + k);
          u = (x + d[x]!) & 0xffff;
        }
        while (w === u) {
          k++;
          w = words.charCodeAt(++q);
          u = -1;
          if (i + k < n) {
            const x = text.charCodeAt(i + k);
            u = (x + d[x]!) & 0xffff;
          }
        }
        m = k;
        // A code character (CODE_CHARS) ends the word: it matched.
        if (w - 0x41 < 26 && w >= 0x41) {
          candLen[found] = k;
          candCode[found++] = q;
        } else if (w >= 0xc0 && w <= 0xde && w !== 0xd7) {
          candLen[found] = k;
          candCode[found++] = q;
        } else if (w > u) return found; // this word and every later one sort after the text
      }
      while (!((w >= 0x41 && w <= 0x5a) || (w >= 0xc0 && w <= 0xde && w !== 0xd7))) w = words.charCodeAt(++q);
    }
    q++;
    const sc = words.charCodeAt(q);
    if (sc === 0x7c) return found; // '|'
    // A count of shared units ('2' to '{'); in other groups none means 2.
    if (latin || (sc >= 0x32 && sc <= 0x7b)) {
      shared = sc - 0x30;
      q++;
    } else shared = 2;
  }
}

/** Where a Latin word that matched up to `end` ends: an optional plural ("es", "s", none, tried greedily), then a word boundary; -1 if none. */
function latinEnd(d: Uint16Array, text: string, n: number, end: number): number {
  const a = end < n ? unit(d, text.charCodeAt(end)) : 0;
  const b = end + 1 < n ? unit(d, text.charCodeAt(end + 1)) : 0;
  const c = end + 2 < n ? unit(d, text.charCodeAt(end + 2)) : 0;
  if (a === 0x65 && b === 0x73 && !isAlnum(c)) return end + 2;
  if (a === 0x73 && !isAlnum(b)) return end + 1;
  return isAlnum(a) ? -1 : end;
}

/**
 * All lexicon hits in one left-to-right pass over `text`, folding each code unit through
 * the fold table as it is read. Leftmost wins, then longest, so a suppressor that starts
 * earlier or runs longer hides the term inside it.
 */
/**
 * An empty list already of object elements: a fresh [] holds small integers until the
 * first push, and the matcher loop's optimised code, made while an earlier list held
 * objects, was thrown away at every call's first token (a V8 "wrong map" deopt).
 */
function emptyTokenList(): Token[] {
  const list = [TOKEN_SHAPE];
  list.pop();
  return list;
}
const TOKEN_SHAPE: Token = { kind: 'term', category: '', type: '', action: '', strength: '', generic: false, surface: '', start: 0, end: 0 };

export function matchTokens(matcher: Matcher, text: string): Token[] {
  const heads = matcher.heads;
  const offsets = matcher.offsets;
  const words = matcher.words;
  const d = matcher.delta;
  // Every unit read is also written to the fold table, so that the views find it filled.
  const t = matcher.fold;
  const n = text.length;
  const tokens = emptyTokenList();
  if (n > 0) {
    const x = text.charCodeAt(0);
    t[x] = (x + d[x]!) & 0xffff;
  }
  let i = 0;
  while (i < n - 1) {
    // One read rejects almost every position (nextOccupied: the loop of its own).
    const j = nextOccupied(heads, d, t, text, i + 1, n, t[text.charCodeAt(i)]!);
    if (j >= n) break;
    i = j - 1;
    const c1 = t[text.charCodeAt(i)]!;
    const c2 = t[text.charCodeAt(j)]!;
    let k = (Math.imul(c1, 0x9e37) ^ c2) & 0x7fff;
    let g = heads[k]!;
    let p = offsets[g]!;
    while (words.charCodeAt(p) !== c1 || words.charCodeAt(p + 1) !== c2) {
      g = heads[(k = (k + 1) & 0x7fff)]!;
      if (g === 0) break;
      p = offsets[g]!;
    }
    if (g === 0) {
      i++;
      continue;
    }
    const latin = (c1 >= 0x61 && c1 <= 0x7a) || (c1 >= 0x30 && c1 <= 0x39);
    if (latin && i > 0) {
      const b = unit(d, text.charCodeAt(i - 1));
      if ((b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39)) {
        i++;
        continue;
      }
    }
    // The longest word that matches (Latin ones at a word boundary, with a plural).
    let f = groupMatches(words, p, d, text, i, n, latin) - 1;
    let end = -1;
    for (; f >= 0; f--) {
      end = latin ? latinEnd(d, text, n, i + candLen[f]!) : i + candLen[f]!;
      if (end >= 0) break;
    }
    if (f < 0) {
      i++;
      continue;
    }
    const code = candCode[f]!;
    const len = candLen[f]!;
    // A longer Chinese word that starts inside this one and ends after it is the word the
    // text means: 熟人臉部辨識 is 熟人 + 臉部辨識, not 人臉 + 部辨識.
    if (!latin && len >= 2) {
      const s = longerOverlap(matcher, text, i, i + len, n);
      if (s > 0) {
        for (let q = i + 2; q <= s && q < n; q++) {
          const y = text.charCodeAt(q);
          t[y] = (y + d[y]!) & 0xffff;
        }
        i = s;
        continue;
      }
    }
    const { entry: e, category } = meaningOf(matcher, words.charCodeAt(code));
    if (e.kind !== 'suppressor') {
      // The word is what the text folds to there (its units are not all in one place in `words`).
      let surface = matcher.surfaces.get(code);
      if (surface === undefined) matcher.surfaces.set(code, (surface = fold(text, i, i + len, t)));
      tokens.push({ kind: e.kind, category, type: e.type, action: e.action, strength: e.strength, generic: e.generic, surface, start: i, end });
    }
    // The loop goes on after the word: its units go to the fold table here.
    for (let q = i + 2; q <= end && q < n; q++) {
      const y = text.charCodeAt(q);
      t[y] = (y + d[y]!) & 0xffff;
    }
    i = end;
  }
  return tokens;
}

/**
 * The start of a Chinese word that begins inside [i, end) and ends after `end` and is
 * longer than end - i, or -1. Reads the text's folds without writing them (the caller
 * writes the units it skips); uses the candidate scratch arrays.
 */
function longerOverlap(matcher: Matcher, text: string, i: number, end: number, n: number): number {
  const { heads, offsets, words, delta: d } = matcher;
  for (let s = i + 1; s < end && s + 1 < n; s++) {
    const c1 = unit(d, text.charCodeAt(s));
    if ((c1 >= 0x61 && c1 <= 0x7a) || (c1 >= 0x30 && c1 <= 0x39)) continue;
    const c2 = unit(d, text.charCodeAt(s + 1));
    let k = (Math.imul(c1, 0x9e37) ^ c2) & 0x7fff;
    let g = heads[k]!;
    if (g === 0) continue;
    let p = offsets[g]!;
    while (words.charCodeAt(p) !== c1 || words.charCodeAt(p + 1) !== c2) {
      g = heads[(k = (k + 1) & 0x7fff)]!;
      if (g === 0) break;
      p = offsets[g]!;
    }
    if (g === 0) continue;
    const found = groupMatches(words, p, d, text, s, n, false);
    if (found > 0) {
      const l = candLen[found - 1]!;
      if (s + l > end && l > end - i) return s;
    }
  }
  return -1;
}

/**
 * The first j in [i, end) whose pair of folded units (text[j - 1], text[j]) hashes to an
 * occupied slot of `heads` (c1: the fold of text[i - 1]), or `end`; writes each unit's
 * fold to `t`. The loop every position goes through, in a function of its own: small, V8
 * optimises it within the first few kilobytes of a cold page (inside the matcher's large
 * function it ran unoptimised until that whole function was compiled, some 20 ms).
 */
function nextOccupied(heads: Uint16Array, d: Uint16Array, t: Uint16Array, text: string, i: number, end: number, c1: number): number {
  for (; i < end; i++) {
    const x = text.charCodeAt(i);
    const c2 = (t[x] = (x + d[x]!) & 0xffff);
    if (heads[(Math.imul(c1, 0x9e37) ^ c2) & 0x7fff] !== 0) return i;
    c1 = c2;
  }
  return end;
}

/** firstPass's answer when a term or object may start in the window. */
export const FOUND = -2;

/** How far past its start a word's match may read (its length and a plural and boundary; the compile checks words are shorter). */
export const PROBE_REACH = 64;

/**
 * Whether a term or an object of the group at offset `p` matches at `s` (Latin ones at word
 * boundaries). Reads text[s - 1, s + PROBE_REACH), which must read as the detector reads
 * it (no invisible character) from `cleanFrom` on.
 */
function dataWordAt(matcher: Matcher, text: string, s: number, cleanFrom: number, p: number): boolean {
  const d = matcher.delta;
  const n = text.length;
  const latin = isAlnum(unit(d, text.charCodeAt(s)));
  if (latin && s > 0) {
    if (s - 1 < cleanFrom) return true; // the unit before may not be the one the detector sees
    if (isAlnum(unit(d, text.charCodeAt(s - 1)))) return false;
  }
  const found = groupMatches(matcher.words, p, d, text, s, n, latin);
  for (let f = 0; f < found; f++) {
    const kind = matcher.codes.charCodeAt(2 * codeIndex(matcher.words.charCodeAt(candCode[f]!)));
    if ((kind === 0x54 || kind === 0x4f || kind === 0x47) && (!latin || latinEnd(d, text, n, s + candLen[f]!) >= 0)) return true; // T, O, G
  }
  return false;
}

/**
 * The detector's first pass, over text[from, to): whether a term or an object (not a
 * verb, not a suppressor: without a term or an object there is no finding and no block)
 * may match anywhere, the text read as the detector reads it (invisible characters
 * removed, then folded).
 *
 * text[cleanFrom, cleanTo) holds no invisible character (the caller knows; cleanTo is the
 * text's length when all of the rest is clean). Where the window is clean, a hit on a
 * group's first two units is checked against the group's terms and objects; elsewhere,
 * and where that check would read outside the clean range, the two units answer.
 * Windows chain: pass the previous window's answer as `before` (-1 at the start); the
 * answer is FOUND, or the last visible folded unit read. `groups`: the groups that count
 * (1 to dataGroups: those with a term or an object).
 */
export function firstPass(matcher: Matcher, text: string, from: number, to: number, before: number, cleanFrom: number, cleanTo: number, groups = matcher.dataGroups): number {
  const heads = matcher.heads;
  const d = matcher.delta;
  const invisible = cleanFrom > from || cleanTo < to;
  // Hits from here on would read past the clean range.
  const probeBefore = cleanTo >= text.length ? text.length : cleanTo - PROBE_REACH;
  // The carried unit is text[from - 1] only if that is clean (then it is visible).
  const carriedAt = cleanFrom < from ? from - 1 : -1;
  let c1 = before;
  let i = from;
  // The first visible unit: nothing to pair it with unless a window came before.
  for (; c1 < 0 && i < to; i++) {
    const x = text.charCodeAt(i);
    if (!invisible || !isInvisibleUnit(x)) c1 = unit(d, x);
  }
  if (!invisible) {
    const t = matcher.fold;
    while (i < to) {
      const j = nextOccupied(heads, d, t, text, i, to, c1);
      if (j >= to) return unit(d, text.charCodeAt(to - 1));
      const a = j === i ? c1 : unit(d, text.charCodeAt(j - 1));
      const c2 = unit(d, text.charCodeAt(j));
      const g = groupOf(matcher, a, c2);
      if (g !== 0 && g <= groups && ((j === from && carriedAt < 0) || j - 1 >= probeBefore || dataWordAt(matcher, text, j - 1, cleanFrom, matcher.offsets[g]!))) return FOUND;
      c1 = c2;
      i = j + 1;
    }
    return c1;
  }
  for (; i < to; i++) {
    const x = text.charCodeAt(i);
    if (invisible && isInvisibleUnit(x)) continue;
    const c2 = (x + d[x]!) & 0xffff;
    if (heads[(Math.imul(c1, 0x9e37) ^ c2) & 0x7fff] !== 0) {
      const g = groupOf(matcher, c1, c2);
      if (g !== 0 && g <= groups && (invisible || (i === from && carriedAt < 0) || i - 1 >= probeBefore || dataWordAt(matcher, text, i - 1, cleanFrom, matcher.offsets[g]!))) return FOUND;
    }
    c1 = c2;
  }
  return c1;
}

/**
 * Whether a term or an object may match somewhere in `text` (firstPass over all of it).
 * `invisible`: the text may hold invisible characters (a normalized base does not).
 */
export function mayFind(matcher: Matcher, text: string, invisible = true): boolean {
  const clean = !invisible || !hasInvisible(text);
  return firstPass(matcher, text, 0, text.length, -1, clean ? 0 : text.length, clean ? text.length : 0) === FOUND;
}

/**
 * Whether any lexicon word (a verb or a suppressor too) may start somewhere in `text`, read
 * as the detector reads it: one array read per position, no word compared. The scanner
 * uses it to ignore text changes that cannot matter (a ticking clock).
 */
export function mayMatch(matcher: Matcher, text: string): boolean {
  return firstPass(matcher, text, 0, text.length, -1, text.length, text.length, matcher.offsets.length) === FOUND;
}
