import type { AppType, NecessaryScope } from './necessary-schema';
import type { LawRule } from './schema';

/**
 * The law data as the popup reads it (lib/law/law.gen.json, written by npm run gen from
 * lib/law/data/*.json and lib/law/necessary-scope.json): rules by id, with a
 * Traditional-character copy of their Chinese text, and the necessary-scope table.
 */
export interface LawText {
  law: string;
  article: string;
  requires: string;
}

export type LawRuleData = Omit<LawRule, 'notes'> & { hant: LawText };
export type AppTypeData = AppType & { hant: { name: string; basic: string; necessary: string[] } };

export interface LawData {
  rules: LawRuleData[];
  necessary: (Omit<NecessaryScope, 'types'> & { types: AppTypeData[] }) | null;
}

export type LawScript = 'zh-Hans' | 'zh-Hant' | 'en';

/** A rule's law, article and requirement in the reader's script. */
export function lawText(rule: LawRuleData, script: LawScript): LawText {
  if (script === 'zh-Hant') return rule.hant;
  const k = script === 'en' ? 'en' : 'zh';
  return { law: rule.law[k], article: rule.article[k], requires: rule.requires[k] };
}

export function rulesById(data: LawData): Map<string, LawRuleData> {
  return new Map(data.rules.map((r) => [r.id, r]));
}
