import type { Finding } from './detect';

/** Whether a finding counts (badge, categories, story query): not negated, not in a definition. */
export function counts(f: Pick<Finding, 'negated' | 'definition'>): boolean {
  return !f.negated && f.definition !== true;
}
