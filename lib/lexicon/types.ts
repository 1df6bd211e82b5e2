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
 * The compiled matcher table (lib/lexicon/compiled.gen.json): every folded surface once,
 * Latin-initial and other words apart, each list sorted, with two code characters per word.
 */
export interface CompiledLexicon {
  /** Bumped when the shape changes. */
  format: 6;
  /** Traditional -> Simplified character pairs, concatenated ("臉脸識识…"), folded at match time. */
  scriptFolds: string;
  /** Words, front-coded (lib/lexicon/words.ts): smaller than a JSON array in the content script. */
  latin: string;
  latinCodes: string;
  other: string;
  otherCodes: string;
}
