import type { Finding } from '../detect/detect';
import { CATEGORIES, type Category } from '../lexicon/types';
import type { Story } from '../stories/schema';

export type UiLang = 'zh' | 'en';

/** Split a sentence around the first occurrence of the matched words, for emphasis. */
export function emphasize(sentence: string, match: string | undefined): { before: string; match: string; after: string } {
  const at = match ? sentence.indexOf(match) : -1;
  if (!match || at < 0) return { before: sentence, match: '', after: '' };
  return { before: sentence.slice(0, at), match, after: sentence.slice(at + match.length) };
}

export interface FindingGroup {
  category: Category;
  /** Indexes into the tab's findings list (the content script addresses them by index). */
  items: { index: number; finding: Finding }[];
  negated: { index: number; finding: Finding }[];
}

/** Findings grouped by category, most serious first; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return CATEGORIES.map((category) => {
    const group: FindingGroup = { category, items: [], negated: [] };
    findings.forEach((finding, index) => {
      if (finding.category === category) (finding.negated ? group.negated : group.items).push({ index, finding });
    });
    return group;
  }).filter((g) => g.items.length + g.negated.length > 0);
}

/** An amount in the story's currency, in the reader's language (¥250,000 / 25万元). */
export function formatAmount(amount: number, currency: string, lang: UiLang): string {
  try {
    return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function storyPlace(story: Story, lang: UiLang): string {
  const j = story.jurisdiction;
  const parts = [j.city?.[lang], j.region?.[lang]].filter((p): p is string => !!p);
  if (lang === 'zh') return parts.length ? parts.reverse().join('') : j.country;
  return [...parts, j.country].join(', ');
}

/** Only http(s) links are rendered; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
