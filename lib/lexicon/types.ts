/** What a finding is about, most serious first. */
export const CATEGORIES = ['face', 'biometric', 'personal_data'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Severity rank: lower is more serious (face > biometric > personal data). */
export const SEVERITY: Record<Category, number> = { face: 0, biometric: 1, personal_data: 2 };

export type LexiconLang = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * One language's lexicon, as data. Adding a term is editing one of these files; the
 * compile step (scripts/gen.ts) turns them into the matcher table the content script loads.
 */
export interface LexiconSource {
  lang: LexiconLang;
  /** Words that are a finding on their own (人脸识别, fingerprint). */
  terms: Record<Category, string[]>;
  /**
   * Words that become a finding of their category only when a collection verb acts on
   * them in the same clause (收集……身份证号, "collect your location").
   */
  objects: Record<Category, string[]>;
  /** Collection, capture and sharing verbs that activate objects of every category. */
  verbs: string[];
  /**
   * Verbs too general for faces and biometrics (处理, access, use): they activate only
   * personal-data objects, so "处理脸部光影" in an art review is not a face mention.
   */
  weakVerbs: string[];
  /**
   * Words that put a bare trait word (指纹, 人脸) in a device or sign-in context: 支持, 解锁,
   * 打卡. They activate face and biometric objects only ("支持指纹和密码解锁").
   */
  traitVerbs: string[];
  /**
   * Longer strings that contain a term but are not a mention (每个人信息, 指纹图谱). A match
   * of a suppressor consumes its characters, so nothing inside it is reported.
   */
  suppressors: string[];
}

/** Kinds of entries in the compiled table. */
export type EntryKind = 'term' | 'object' | 'verb' | 'suppressor';

/** One code per entry: its kind and category. */
export const ENTRY_CODES: Record<string, readonly [EntryKind, Category | '']> = {
  F: ['term', 'face'],
  B: ['term', 'biometric'],
  P: ['term', 'personal_data'],
  f: ['object', 'face'],
  b: ['object', 'biometric'],
  p: ['object', 'personal_data'],
  v: ['verb', ''],
  w: ['verb', 'personal_data'],
  t: ['verb', 'biometric'],
  s: ['suppressor', ''],
};

/**
 * The compiled matcher table (lib/lexicon/compiled.gen.json): every folded surface once,
 * Latin-initial and other words apart, each list sorted longest first, with one
 * ENTRY_CODES letter per word.
 */
export interface CompiledLexicon {
  /** Bumped when the shape changes. */
  format: 5;
  /** Traditional -> Simplified character pairs, concatenated ("臉脸識识…"), folded at match time. */
  scriptFolds: string;
  /** Words, front-coded (lib/lexicon/words.ts): smaller than a JSON array in the content script. */
  latin: string;
  latinCodes: string;
  other: string;
  otherCodes: string;
}
