import { MAX_GROUP_WORDS, MAX_GROUPS, PROBE_REACH } from '../detect/match';
import { buildFoldTable, fold, foldUnit, isInvisibleUnit, normalize } from '../detect/normalize';
import { ACTIONS, CODE_CHARS, codeIndex, DATA_TYPES, decodeEntry, encodeEntry, isCodeChar, type Action, type CompiledLexicon, type DataType, type Entry, type EntryKind, type LexiconSource } from './types';

/** A Simplified -> Traditional converter (OpenCC at build time; identity in tests). */
export type Converter = (text: string) => string;

const LATIN_ALNUM = /[a-z0-9]/;

/** When one surface is listed under several roles, the stronger role wins. */
const ROLE_PRIORITY: Record<EntryKind, number> = { suppressor: 0, term: 1, object: 2, verb: 3 };

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function sortForAlternation(words: Iterable<string>): string[] {
  // Longest first: a RegExp alternation takes the first alternative that matches at the
  // leftmost position, so this yields the longest match there.
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Compile lexicon sources into the table the detector loads. `variants` turn each
 * Simplified Chinese entry into its Traditional forms (OpenCC s2t, s2tw, s2twp, s2hk).
 */
export function compileLexicon(sources: readonly LexiconSource[], variants: readonly Converter[] = []): CompiledLexicon {
  const raw: { form: string; entry: Entry }[] = [];
  const problems: string[] = [];
  /** Traditional -> Simplified character pairs seen in OpenCC's variants of our words. */
  const pairs = new Map<string, Set<string>>();

  const add = (word: string, entry: Entry, lang: string) => {
    const surface = normalize(word).text.trim();
    if (surface.length < 2) {
      problems.push(`lexicon ${lang}: "${word}" is shorter than 2 characters after normalization`);
      return;
    }
    if (/\s{2,}/.test(surface)) problems.push(`lexicon ${lang}: "${word}" has repeated spaces`);
    const forms = [surface];
    if (lang === 'zh-Hans') {
      for (const v of variants) {
        const form = normalize(v(surface)).text;
        forms.push(form);
        if (form.length !== surface.length) continue;
        for (let i = 0; i < form.length; i++) {
          if (form[i] !== surface[i]) (pairs.get(form[i]!) ?? pairs.set(form[i]!, new Set()).get(form[i]!)!).add(surface[i]!);
        }
      }
    }
    for (const form of forms) raw.push({ form, entry });
  };
  const none = { type: '' as const, action: '' as const, strength: '' as const, generic: false };

  for (const src of sources) {
    for (const type of DATA_TYPES) {
      for (const t of src.terms[type as DataType] ?? []) add(t, { ...none, kind: 'term', type }, src.lang);
      for (const o of src.objects[type as DataType] ?? []) add(o, { ...none, kind: 'object', type }, src.lang);
    }
    for (const g of src.generic) add(g, { ...none, kind: 'object', type: 'other', generic: true }, src.lang);
    for (const action of ACTIONS) {
      for (const v of src.verbs[action as Action] ?? []) add(v, { ...none, kind: 'verb', action }, src.lang);
      for (const v of src.weakVerbs[action as Action] ?? []) add(v, { ...none, kind: 'verb', action, strength: 'weak' }, src.lang);
    }
    for (const v of src.traitVerbs) add(v, { ...none, kind: 'verb', action: 'use', strength: 'trait' }, src.lang);
    for (const s of src.suppressors) add(s, { ...none, kind: 'suppressor' }, src.lang);
  }
  if (problems.length) throw new Error(problems.join('\n'));

  // Fold a Traditional character to its Simplified form only when OpenCC always maps it
  // to the same one and that one is not itself folded: 臉->脸, 識->识, 資->资. Words then
  // need one entry for both scripts (and mixed text still matches); phrase-level variants
  // (信息 -> 資訊) stay words of their own.
  // Phrase-level conversions (s2twp: 调用 -> 呼叫, 存储 -> 儲存) pair unrelated characters,
  // so a pair is kept only if converting the Simplified character on its own gives the
  // Traditional one: a character conversion, not a phrase rewrite.
  let scriptFolds = '';
  for (const [trad, simps] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const simp = [...simps][0]!;
    if (simps.size === 1 && !pairs.has(simp) && variants.some((v) => v(simp) === trad)) scriptFolds += trad + simp;
  }
  const table = buildFoldTable(scriptFolds);
  const entries = new Map<string, Entry>();
  for (const { form, entry } of raw) {
    const folded = fold(form, 0, form.length, table);
    const prev = entries.get(folded);
    // The first listing wins among equals (Simplified before its Traditional variants).
    if (!prev || ROLE_PRIORITY[entry.kind] < ROLE_PRIORITY[prev.kind]) entries.set(folded, entry);
  }

  if ([...entries.keys()].some((w) => w.includes('|'))) throw new Error('lexicon: a word contains "|"');
  const compiled = layOut(scriptFolds, entries);
  const problem = checkCompiled(compiled);
  if (problem) throw new Error(`lexicon table: ${problem}`);
  // Read back, the table gives exactly the entries it was made from.
  const back = compiledWords(compiled);
  if (back.length !== entries.size || back.some((w) => encodeEntry(w.entry) !== encodeEntry(entries.get(w.surface) ?? w.entry) || !entries.has(w.surface))) {
    throw new Error('lexicon table: the table does not read back as its entries');
  }
  return compiled;
}

const BAR = 0x7c; // '|', ends a group
const SHARED_MAX = 0x7b - 0x30; // a shared count is '0' + n, below '|'

const byUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The table layout (lib/lexicon/types.ts: CompiledLexicon) for folded surfaces and their entries. */
function layOut(scriptFolds: string, entries: ReadonlyMap<string, Entry>): CompiledLexicon {
  const groups = new Map<string, string[]>();
  for (const surface of entries.keys()) {
    const key = surface.slice(0, 2);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(surface);
  }
  const isData = (words: readonly string[]) => words.some((w) => entries.get(w)!.kind === 'term' || entries.get(w)!.kind === 'object');
  const keys = [...groups.keys()].sort(byUnits);
  const ordered = [...keys.filter((k) => isData(groups.get(k)!)), ...keys.filter((k) => !isData(groups.get(k)!))];
  const dataGroups = keys.filter((k) => isData(groups.get(k)!)).length;

  // Code characters by frequency, so the common codes take one byte (A-Z) in the bundle.
  const counts = new Map<string, number>();
  for (const e of entries.values()) counts.set(encodeEntry(e), (counts.get(encodeEntry(e)) ?? 0) + 1);
  const codeList = [...counts].sort((a, b) => b[1] - a[1] || byUnits(a[0], b[0])).map(([c]) => c);
  if (codeList.length > CODE_CHARS.length) throw new Error(`lexicon table: ${codeList.length} entry codes, at most ${CODE_CHARS.length}`);
  const codeChar = new Map(codeList.map((c, j) => [c, CODE_CHARS[j]!]));

  let words = '';
  for (const key of ordered) {
    const list = groups.get(key)!.sort(byUnits);
    let prev = '';
    list.forEach((w, i) => {
      let shared = 2;
      const latin = LATIN_ALNUM.test(key[0]!);
      if (i > 0) {
        while (shared < w.length && shared < prev.length && shared < SHARED_MAX && w[shared] === prev[shared]) shared++;
        // In other groups, sharing just the group's two units goes without saying, unless
        // the rest begins with a character that reads as a count.
        const first = w.charCodeAt(shared);
        if (latin || shared > 2 || (first >= 0x32 && first <= 0x7b)) words += String.fromCharCode(0x30 + shared);
      } else words += key;
      // Latin words carry the length of their rest, so that skipping one reads one character.
      if (latin) words += String.fromCharCode(0x30 + w.length - shared);
      words += w.slice(shared) + codeChar.get(encodeEntry(entries.get(w)!))!;
      prev = w;
    });
    words += '|';
  }
  return { format: 7, scriptFolds, dataGroups, codes: codeList.join(''), words };
}

/** One word of a compiled table. */
export interface CompiledWord {
  surface: string;
  entry: Entry;
  /** Latin-initial: matched at word boundaries, with an optional plural. */
  latin: boolean;
  /** Its group, in table order. */
  group: number;
}

/** The words of a compiled table, in table order (tests, benchmarks, the RegExp). */
export function compiledWords(c: CompiledLexicon): CompiledWord[] {
  const out: CompiledWord[] = [];
  const w = c.words;
  let p = 0;
  for (let group = 0; p < w.length; group++) {
    let prev = w.slice(p, p + 2);
    const latin = LATIN_ALNUM.test(prev[0]!);
    let q = p + 2;
    let shared = 2;
    for (;;) {
      let r = q;
      if (latin) r = ++q + w.charCodeAt(q - 1) - 0x30;
      else while (r < w.length && !isCodeChar(w.charCodeAt(r))) r++;
      if (!isCodeChar(w.charCodeAt(r))) throw new Error(`no code character at ${r}`);
      const surface = prev.slice(0, shared) + w.slice(q, r);
      const j = codeIndex(w.charCodeAt(r));
      out.push({ surface, entry: decodeEntry(c.codes.slice(2 * j, 2 * j + 2)), latin: LATIN_ALNUM.test(surface[0]!), group });
      prev = surface;
      q = r + 1;
      const sc = w.charCodeAt(q);
      if (sc === BAR) break;
      if (latin || (sc >= 0x32 && sc <= 0x7b)) {
        shared = sc - 0x30;
        q++;
      } else shared = 2;
    }
    p = q + 1;
  }
  return out;
}

/**
 * What is wrong with a compiled table, or '' (the compile, and the tests, check it; the
 * content script trusts it). The matcher relies on all of this.
 */
export function checkCompiled(c: CompiledLexicon): string {
  if (c.format !== 7) return `format ${String(c.format)} is not 7: run npm run gen`;
  if (c.codes.length % 2 || c.codes.length / 2 > CODE_CHARS.length) return 'bad codes';
  for (let j = 0; 2 * j < c.codes.length; j++) {
    try {
      decodeEntry(c.codes.slice(2 * j, 2 * j + 2));
    } catch (e) {
      return (e as Error).message;
    }
  }
  // No text can hold a code character once folded, so a word's comparison stops at its code.
  const t = buildFoldTable(c.scriptFolds);
  for (let u = 0; u < 0x10000; u++) if (isCodeChar(foldUnit(t, u))) return `U+${u.toString(16)} folds to a code character`;
  let words: CompiledWord[];
  try {
    words = compiledWords(c);
  } catch (e) {
    return `words do not parse: ${(e as Error).message}`;
  }
  if (!words.length) return 'no words';
  const seen = new Set<string>();
  const prefixes = new Set<string>();
  let prev: CompiledWord | undefined;
  for (const w of words) {
    const s = w.surface;
    if (s.length < 2) return `"${s}" is shorter than 2`;
    if (s.length + 3 > PROBE_REACH) return `"${s}" is longer than ${PROBE_REACH - 3} (PROBE_REACH, lib/detect/match.ts)`;
    if (seen.has(s)) return `"${s}" twice`;
    seen.add(s);
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u === BAR || isCodeChar(u) || isInvisibleUnit(u) || foldUnit(t, u) !== u) return `"${s}" holds an unfolded or reserved unit at ${i}`;
    }
    if (prev && prev.group === w.group) {
      if (prev.surface.slice(0, 2) !== s.slice(0, 2)) return `"${s}" is not in the group of its first units`;
      if (byUnits(prev.surface, s) >= 0) return `"${s}" is out of order`;
    }
    if (!prev || prev.group !== w.group) {
      if (prefixes.has(s.slice(0, 2))) return `two groups for "${s.slice(0, 2)}"`;
      prefixes.add(s.slice(0, 2));
    }
    const data = w.entry.kind === 'term' || w.entry.kind === 'object';
    if (data && w.group >= c.dataGroups) return `"${s}" is a term or object in a group after the first ${c.dataGroups}`;
    prev = w;
  }
  if (prefixes.size > MAX_GROUPS) return `${prefixes.size} groups, more than ${MAX_GROUPS} (MAX_GROUPS, lib/detect/match.ts)`;
  const sizes = new Map<number, number>();
  for (const w of words) sizes.set(w.group, (sizes.get(w.group) ?? 0) + 1);
  if (Math.max(...sizes.values()) > MAX_GROUP_WORDS) return `a group holds more than ${MAX_GROUP_WORDS} words (MAX_GROUP_WORDS, lib/detect/match.ts)`;
  const groupHasData = new Set(words.filter((w) => w.entry.kind === 'term' || w.entry.kind === 'object').map((w) => w.group));
  for (let g = 0; g < c.dataGroups; g++) if (!groupHasData.has(g)) return `group ${g} holds no term or object`;
  if (c.words.length >= 0x7fffffff) return 'too long';
  return '';
}

/**
 * The one RegExp source for a compiled table. Latin-initial words match only at word
 * boundaries and may take a plural ending; CJK words have no boundaries to respect. Two
 * groups keep the hot loop a plain alternation.
 */
export function patternFor(compiled: CompiledLexicon): string {
  const words = compiledWords(compiled);
  const latin = words.filter((w) => w.latin).map((w) => w.surface);
  const other = words.filter((w) => !w.latin).map((w) => w.surface);
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![a-z0-9])(?:${sortForAlternation(latin).map(escapeRegExp).join('|')})(?:e?s)?(?![a-z0-9])`);
  if (other.length) parts.push(`(?:${sortForAlternation(other).map(escapeRegExp).join('|')})`);
  return parts.join('|') || '(?!)';
}
