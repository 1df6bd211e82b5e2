import { buildFoldTable, fold, normalize } from '../detect/normalize';
import { decodeWords, encodeWords } from './words';
import { ACTIONS, DATA_TYPES, encodeEntry, type Action, type CompiledLexicon, type DataType, type Entry, type EntryKind, type LexiconSource } from './types';

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

  const latin: string[] = [];
  const other: string[] = [];
  for (const surface of entries.keys()) (LATIN_ALNUM.test(surface[0]!) ? latin : other).push(surface);
  const codes = (words: string[]) => words.map((w) => encodeEntry(entries.get(w)!)).join('');
  const latinSorted = decodeWords(encodeWords(latin));
  const otherSorted = decodeWords(encodeWords(other));
    if ([...latinSorted, ...otherSorted].some((w) => w.includes('|'))) throw new Error('lexicon: a word contains "|"');
  return { format: 6, scriptFolds, latin: encodeWords(latinSorted), latinCodes: codes(latinSorted), other: encodeWords(otherSorted), otherCodes: codes(otherSorted) };
}

/**
 * The one RegExp source for a compiled table. Latin-initial words match only at word
 * boundaries and may take a plural ending; CJK words have no boundaries to respect. Two
 * groups keep the hot loop a plain alternation.
 */
export function patternFor(compiled: Pick<CompiledLexicon, 'latin' | 'other'>): string {
  const parts: string[] = [];
  if (compiled.latin) parts.push(`(?<![a-z0-9])(?:${sortForAlternation(decodeWords(compiled.latin)).map(escapeRegExp).join('|')})(?:e?s)?(?![a-z0-9])`);
  if (compiled.other) parts.push(`(?:${sortForAlternation(decodeWords(compiled.other)).map(escapeRegExp).join('|')})`);
  return parts.join('|') || '(?!)';
}
