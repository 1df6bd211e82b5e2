import { counts } from '../detect/counts';
import type { Finding } from '../detect/detect';
import { CATEGORIES, type Category } from '../lexicon/types';

/** Badge colours by the most serious category on the page. */
export const BADGE_COLORS: Record<Category, string> = {
  face: '#C62828',
  biometric: '#E65100',
  personal_data: '#1565C0',
};

export interface Badge {
  text: string;
  color: string | null;
}

/** "" when nothing counts; the number of non-negated findings otherwise ("999+" past that). */
export function badgeFor(counted: number, findings: readonly Pick<Finding, 'category' | 'negated' | 'definition'>[]): Badge {
  if (counted <= 0) return { text: '', color: null };
  const top = CATEGORIES.find((c) => findings.some((f) => f.category === c && counts(f))) ?? 'personal_data';
  return { text: counted > 999 ? '999+' : String(counted), color: BADGE_COLORS[top] };
}
