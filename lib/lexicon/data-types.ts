import type { Category } from './types';

/**
 * The one vocabulary of personal-data types: findings, claims, the policy digest and the
 * stories' `dataTypes` all use these ids. The words for each type are in the lexicon files
 * (zh-hans.ts, zh-hant.ts, en.ts); labels and the legal basis of sensitivity are in
 * data-type-info.ts. This file holds only what the content script needs.
 *
 * `sensitive`: sensitive personal information under PIPL art. 28 (biometrics, religion,
 * specific identity, medical and health, financial accounts, whereabouts, minors under 14)
 * and the examples of GB/T 35273-2020 Appendix B (ID card numbers, communication records
 * and content, contacts, browsing history, precise location...).
 */
export const DATA_TYPES = [
  'face',
  'fingerprint',
  'voiceprint',
  'iris',
  'other_biometric',
  'id_number',
  'name',
  'phone',
  'email',
  'address',
  'location',
  'coarse_location',
  'contacts',
  'communications',
  'device_id',
  'device_info',
  'installed_apps',
  'usage_logs',
  'browsing',
  'media',
  'health',
  'financial',
  'account',
  'profile',
  'children',
  'special',
  'other',
] as const;

export type DataType = (typeof DATA_TYPES)[number];

/**
 * Page category and sensitivity of each type, one letter each in DATA_TYPES order: f face,
 * b other biometrics, p personal data; upper case when sensitive (tests check it against
 * DATA_TYPE_INFO).
 */
const CODES = 'FBBBBPppppPpPPppppPpPPppPPp';
const CATEGORY_BY_LETTER: Record<string, Category> = { f: 'face', b: 'biometric', p: 'personal_data' };

export function categoryOfType(type: DataType): Category {
  return CATEGORY_BY_LETTER[CODES.charAt(DATA_TYPES.indexOf(type)).toLowerCase()]!;
}

export function isSensitive(type: DataType): boolean {
  const c = CODES.charAt(DATA_TYPES.indexOf(type));
  return c !== c.toLowerCase();
}
