import rights from '../law/rights.gen.json';
import type { Category } from '../lexicon/types';

/**
 * "Your rights" notes: the laws behind the stories, shown per category in the popup.
 * Laws are not stories (no enforcement action): they are legal rules in lib/law/data.
 * Every note names the instrument and article; the text is our own plain summary.
 */
export interface RightsNote {
  id: string;
  /** Where the law applies: CN (mainland China), EU, US-IL… */
  jurisdiction: string;
  categories: Category[];
  law: { zh: string; en: string };
  article: { zh: string; en: string };
  text: { zh: string; en: string };
  /** In force since (YYYY-MM-DD). */
  inForce: string;
  source: { publisher: string; title: string };
}

/**
 * The notes come from the legal rules of kind `right` in lib/law/data (one file each, with
 * its source), written to rights.gen.json at build time (lib/cli/gen-law.ts), in data order.
 */
export const RIGHTS_NOTES: readonly RightsNote[] = rights as unknown as RightsNote[];

/** Notes for a category, the reader's own legal area first (zh: mainland China; en: others). */
export function rightsFor(category: Category, lang: 'zh' | 'en', limit = 3): RightsNote[] {
  const local = (n: RightsNote) => (n.jurisdiction === 'CN') === (lang === 'zh');
  return RIGHTS_NOTES.filter((n) => n.categories.includes(category))
    .sort((a, b) => Number(local(b)) - Number(local(a)))
    .slice(0, limit);
}
