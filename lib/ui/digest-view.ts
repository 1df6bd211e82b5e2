import type { DataType } from '../lexicon/data-types';
import type { AppTypeData } from '../law/rules';
import type { Clause } from '../policy/flags';
import type { DigestItem, PolicyDigest } from '../policy/digest';

/**
 * The popup's view of a policy digest: the checklist folded into the groups a reader
 * knows (who is responsible, which data and why, how long, shared with whom…), each
 * found, partly found or not found, with its clauses and rules; and what the policy
 * collects beyond the necessary scope of an app type.
 */
export const CHECKLIST_GROUPS: ReadonlyArray<{ id: string; items: readonly DigestItem[] }> = [
  { id: 'controller', items: ['controller', 'contact'] },
  { id: 'collection', items: ['data-types', 'purposes'] },
  { id: 'retention', items: ['retention'] },
  { id: 'sharing', items: ['sharing', 'recipients', 'sharing-purpose', 'shared-data'] },
  { id: 'abroad', items: ['abroad', 'abroad-purpose', 'abroad-protection', 'abroad-consent'] },
  { id: 'rights', items: ['rights', 'withdraw'] },
  { id: 'complaints', items: ['complaints'] },
  { id: 'children', items: ['children'] },
  { id: 'updates', items: ['changes'] },
  { id: 'security', items: ['security', 'incident'] },
  { id: 'consequences', items: ['consequences'] },
  { id: 'personalised', items: ['personalised-off'] },
];

export interface ChecklistGroupView {
  id: string;
  status: 'present' | 'partial' | 'missing';
  /** Items of the group required and not found. */
  missing: DigestItem[];
  clauses: Clause[];
  rules: string[];
}

/** The groups with at least one required item, in reading order. */
export function checklistGroups(digest: PolicyDigest): ChecklistGroupView[] {
  const byItem = new Map(digest.checklist.map((c) => [c.item, c]));
  const out: ChecklistGroupView[] = [];
  for (const g of CHECKLIST_GROUPS) {
    const entries = g.items.flatMap((i) => byItem.get(i) ?? []);
    const required = entries.filter((e) => e.required);
    if (!required.length) continue;
    const missing = required.filter((e) => !e.present).map((e) => e.item);
    const clauses: Clause[] = [];
    for (const e of entries) for (const c of e.clauses) if (clauses.length < 3 && !clauses.some((x) => x.start === c.start)) clauses.push(c);
    out.push({
      id: g.id,
      status: missing.length === 0 ? 'present' : missing.length === required.length ? 'missing' : 'partial',
      missing,
      clauses,
      rules: [...new Set(required.flatMap((e) => e.rules))],
    });
  }
  return out;
}

/** What the policy collects beyond the app type's necessary data ("other" is not counted: it is no type). */
export function beyondNecessary(collected: readonly DataType[], appType: Pick<AppTypeData, 'dataTypes'>): DataType[] {
  const allowed = new Set(appType.dataTypes);
  return collected.filter((t) => !allowed.has(t) && t !== 'other');
}

/** A flag's message key: its id and finding, in the characters message names allow. */
export function flagKey(id: string, finding: string): string {
  return `flag_${id.replace(/-/g, '_')}_${finding}`;
}
