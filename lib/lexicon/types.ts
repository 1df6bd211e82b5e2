import { categoryOfType, DATA_TYPES, type DataType } from './data-types';

/** What a finding is about, most serious first. */
export const CATEGORIES = ['face', 'biometric', 'personal_data'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Severity rank: lower is more serious (face > biometric > personal data). */
export const SEVERITY: Record<Category, number> = { face: 0, biometric: 1, personal_data: 2 };

export type LexiconLang = 'zh-Hans' | 'zh-Hant' | 'en';

/** What a statement says is done with data. */
export const ACTIONS = ['collect', 'use', 'store', 'share', 'transfer', 'disclose', 'sell', 'permission', 'leak'] as const;
export type Action = (typeof ACTIONS)[number];

export { DATA_TYPES, type DataType };

/** The page category of a data type (face, other biometrics, personal data). */
export function categoryOf(type: DataType): Category {
  return categoryOfType(type);
}

/**
 * One language's lexicon, as data. Adding a word is editing one of these files; the
 * compile step (lib/cli/gen.ts) turns them into the matcher table the content script loads.
 */
export interface LexiconSource {
  lang: LexiconLang;
  /** Words that are a finding on their own (人脸识别, fingerprint), by data type. */
  terms: Partial<Record<DataType, string[]>>;
  /**
   * Words naming data of a type that become a finding only when an action acts on them
   * in the same clause (收集……身份证号, "collect your location").
   */
  objects: Partial<Record<DataType, string[]>>;
  /** Words for personal data in general (个人信息, personal data): objects folded apart in the popup. */
  generic: string[];
  /** Actions on data of every type (收集, share with). */
  verbs: Partial<Record<Action, string[]>>;
  /**
   * Verbs too general for faces and biometrics (处理, access, use): they act only on
   * personal-data types, so "处理脸部光影" in an art review is not a face mention.
   */
  weakVerbs: Partial<Record<Action, string[]>>;
  /**
   * Words that put a bare trait word (指纹, 人脸) in a device or sign-in context: 支持, 解锁,
   * 打卡. They activate face and biometric objects only ("支持指纹和密码解锁").
   */
  traitVerbs: string[];
  /**
   * Longer strings that contain a word but are not a mention (每个人信息, 指纹图谱). A match
   * of a suppressor consumes its characters, so nothing inside it is reported.
   */
  suppressors: string[];
}

/** Kinds of entries in the compiled table. */
export type EntryKind = 'term' | 'object' | 'verb' | 'suppressor';

/** What the table says of one word. */
export interface Entry {
  kind: EntryKind;
  /** Data type of terms and objects ('' for verbs and suppressors). */
  type: DataType | '';
  /** For verbs: the action; weak verbs act on personal-data types only, trait verbs on faces and biometrics only. */
  action: Action | '';
  strength: '' | 'weak' | 'trait';
  /** A generic word for personal data (个人信息). */
  generic: boolean;
}

/**
 * Two characters per word in the compiled table: the kind, then the data type or action
 * (as '0' + its index). Kinds: T term, O object, G generic object, V verb, W weak verb,
 * R trait verb, S suppressor.
 */
export function encodeEntry(e: Entry): string {
  const kind = e.kind === 'term' ? 'T' : e.kind === 'suppressor' ? 'S' : e.kind === 'object' ? (e.generic ? 'G' : 'O') : e.strength === 'weak' ? 'W' : e.strength === 'trait' ? 'R' : 'V';
  const index = e.kind === 'verb' ? ACTIONS.indexOf(e.action as Action) : e.type ? DATA_TYPES.indexOf(e.type) : -1;
  return kind + String.fromCharCode(48 + Math.max(0, index));
}

export function decodeEntry(code: string): Entry {
  const k = code.charAt(0);
  const i = code.charCodeAt(1) - 48;
  switch (k) {
    case 'T':
      return { kind: 'term', type: DATA_TYPES[i]!, action: '', strength: '', generic: false };
    case 'O':
    case 'G':
      return { kind: 'object', type: DATA_TYPES[i]!, action: '', strength: '', generic: k === 'G' };
    case 'V':
    case 'W':
    case 'R':
      return { kind: 'verb', type: '', action: ACTIONS[i]!, strength: k === 'W' ? 'weak' : k === 'R' ? 'trait' : '', generic: false };
    case 'S':
      return { kind: 'suppressor', type: '', action: '', strength: '', generic: false };
    default:
      throw new Error(`lexicon table: unknown entry code "${code}"`);
  }
}

/**
 * Characters that end a word in the compiled table and say what it is: upper-case ASCII
 * letters, then Latin-1 capitals (not ×). Folding lowers all of them, so none is ever a
 * folded code unit of a text: the matcher's comparison stops at one by itself.
 */
export const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de';

/** The index in CODE_CHARS of a code character (any other unit gives a meaningless number). */
export function codeIndex(c: number): number {
  return c <= 0x5a ? c - 0x41 : c < 0xd7 ? c - 0xa6 : c - 0xa7;
}

/** Whether a code unit is one of CODE_CHARS. */
export function isCodeChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * The compiled matcher table (lib/lexicon/compiled.gen.json), ready to use: the content
 * script reads it as it is, with no decoding, checking or sorting (lib/lexicon/compile.ts
 * builds and checks it; tests/unit/generated.test.ts checks it again).
 *
 * `words` holds every folded surface once, in groups by their first two code units:
 *
 *     group := u1 u2 [length] rest code ([shared] [length] rest code)* '|'
 *
 * The group's words are sorted (so a word comes before the longer words it begins); each
 * is written as `rest`, its units after the ones it `shared` with the word before it
 * (a character '0' + count, at least 2: the group's two units; in groups whose first unit
 * is not a Latin letter or digit, left out when it is 2 and `rest` does not begin with a
 * character from '2' to '{'), then its `code`, one of
 * CODE_CHARS, whose meaning is the two-character entry code (encodeEntry) at the same
 * index in `codes`. In groups whose first unit is a Latin letter or digit, `length`
 * ('0' + the length of `rest`) comes before the rest. Groups that hold a term or an object come first (`dataGroups` of
 * them), the others (verbs and suppressors only) after.
 */
export interface CompiledLexicon {
  /** Bumped when the shape changes. */
  format: 7;
  /** Traditional -> Simplified character pairs, concatenated ("臉脸識识…"), folded at match time. */
  scriptFolds: string;
  /** How many groups, from the first, hold a term or an object (the first pass looks for those only). */
  dataGroups: number;
  /** Two-character entry codes, one per code character in use (CODE_CHARS order). */
  codes: string;
  words: string;
}
