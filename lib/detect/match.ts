import { categoryOf, decodeEntry, type Action, type Category, type CompiledLexicon, type DataType, type Entry, type EntryKind } from '../lexicon/types';
import { decodeWords } from '../lexicon/words';
import { buildFoldTable } from './normalize';

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

interface Word {
  surface: string;
  units: Uint16Array;
  latin: boolean;
  entry: Entry;
  /** Token category, precomputed. */
  category: Category | '';
}

/**
 * The matcher: words bucketed by a 16-bit hash of their first two code units, in a
 * 64 Ki-entry array. At each position one array read rejects almost every start; a
 * candidate is compared word by word, longest first. Same results as one RegExp
 * alternation of the words (leftmost, then longest; Latin words at word boundaries with
 * an optional plural), tested against a naive reference (tests/unit/matcher.property),
 * and several times faster on CJK text, where V8's alternation has no cheap prefilter
 * (bench: npm run bench).
 */
export interface Matcher {
  /** Words by the hash of their first two code units, longest first (an array, not a Map: Smi indexes only). */
  readonly buckets: readonly (readonly Word[] | undefined)[];
  readonly entries: ReadonlyMap<string, Entry>;
  /** The fold table with the lexicon's script folds: every read goes through it. */
  readonly fold: Uint16Array;
}

const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e37) ^ b) & 0xffff;

export function createMatcher(compiled: CompiledLexicon): Matcher {
  if (compiled.format !== 6) throw new Error(`lexicon table format ${String(compiled.format)} is not 6: run npm run gen`);
  const entries = new Map<string, Entry>();
  const buckets: (Word[] | undefined)[] = new Array<Word[] | undefined>(0x10000).fill(undefined);
  const add = (words: readonly string[], codes: string, latin: boolean) =>
    words.forEach((surface, i) => {
      const entry = decodeEntry(codes.slice(2 * i, 2 * i + 2));
      entries.set(surface, entry);
      const units = new Uint16Array(surface.length);
      for (let k = 0; k < surface.length; k++) units[k] = surface.charCodeAt(k);
      const h = pairHash(units[0]!, units[1]!);
      const category: Category | '' = entry.type ? categoryOf(entry.type) : entry.strength === 'weak' ? 'personal_data' : entry.strength === 'trait' ? 'biometric' : '';
      (buckets[h] ??= []).push({ surface, units, latin, entry, category });
    });
  add(decodeWords(compiled.latin), compiled.latinCodes, true);
  add(decodeWords(compiled.other), compiled.otherCodes, false);
  // Longest first within a bucket, as the alternation orders its words.
  for (const b of buckets) b?.sort((x, y) => y.units.length - x.units.length);
  return { buckets, entries, fold: buildFoldTable(compiled.scriptFolds) };
}

const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * All lexicon hits in one left-to-right pass over `text`, folding each code unit through
 * the fold table as it is read. Leftmost wins, then longest, so a suppressor that starts
 * earlier or runs longer hides the term inside it.
 */
export function matchTokens(matcher: Matcher, text: string): Token[] {
  const buckets = matcher.buckets;
  const t = matcher.fold;
  const n = text.length;
  const tokens: Token[] = [];
  let i = 0;
  let c2 = n > 0 ? t[text.charCodeAt(0)]! : 0;
  while (i < n - 1) {
    const c1 = c2;
    c2 = t[text.charCodeAt(i + 1)]!;
    const bucket = buckets[(Math.imul(c1, 0x9e37) ^ c2) & 0xffff];
    if (bucket === undefined) {
      i++;
      continue;
    }
    let matchedEnd = -1;
    let word: Word | undefined;
    const latinStartOk = i === 0 || !isAlnum(t[text.charCodeAt(i - 1)]!);
    for (let b = 0; b < bucket.length; b++) {
      const w = bucket[b]!;
      const u = w.units;
      const len = u.length;
      if (u[0] !== c1 || u[1] !== c2 || i + len > n || (w.latin && !latinStartOk)) continue;
      let k = 2;
      while (k < len && t[text.charCodeAt(i + k)] === u[k]) k++;
      if (k < len) continue;
      let end = i + len;
      if (w.latin) {
        // Optional plural, tried greedily ("es", "s", none), then a word boundary.
        const a = end < n ? t[text.charCodeAt(end)]! : 0;
        const bb = end + 1 < n ? t[text.charCodeAt(end + 1)]! : 0;
        const c = end + 2 < n ? t[text.charCodeAt(end + 2)]! : 0;
        if (a === 0x65 && bb === 0x73 && !isAlnum(c)) end += 2;
        else if (a === 0x73 && !isAlnum(bb)) end += 1;
        else if (isAlnum(a)) continue;
      }
      matchedEnd = end;
      word = w;
      break;
    }
    if (word === undefined) {
      i++;
      continue;
    }
    const e = word.entry;
    if (e.kind !== 'suppressor') {
      tokens.push({ kind: e.kind, category: word.category, type: e.type, action: e.action, strength: e.strength, generic: e.generic, surface: word.surface, start: i, end: matchedEnd });
    }
    i = matchedEnd;
    if (i < n) c2 = t[text.charCodeAt(i)]!;
  }
  return tokens;
}

/**
 * Whether any lexicon word could start somewhere in `text`: one array read per position,
 * no word compared. The scanner uses it to ignore text changes that cannot matter (a
 * ticking clock) and, on pages with nothing, to skip the detector.
 */
export function mayMatch(matcher: Matcher, text: string): boolean {
  const buckets = matcher.buckets;
  const t = matcher.fold;
  const n = text.length;
  let c2 = n > 0 ? t[text.charCodeAt(0)]! : 0;
  for (let i = 0; i < n - 1; i++) {
    const c1 = c2;
    c2 = t[text.charCodeAt(i + 1)]!;
    if (buckets[(Math.imul(c1, 0x9e37) ^ c2) & 0xffff] !== undefined) return true;
  }
  return false;
}
