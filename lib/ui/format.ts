import type { TabFinding } from '../messaging';
import { CATEGORIES, type Category } from '../lexicon/types';
import type { Story } from '../stories/schema';

export type UiLang = 'zh' | 'en';

/** A piece of a sentence, emphasized when it is one of the matched words. */
export interface SentencePart {
  text: string;
  mark: boolean;
}

/** Split a sentence so that every matched word is its own emphasized part. */
export function emphasize(sentence: string, matches: readonly (string | undefined)[]): SentencePart[] {
  const spans: [number, number][] = [];
  for (const m of new Set(matches)) {
    if (!m) continue;
    for (let at = sentence.indexOf(m); at >= 0; at = sentence.indexOf(m, at + m.length)) spans.push([at, at + m.length]);
  }
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const parts: SentencePart[] = [];
  let pos = 0;
  for (const [a, b] of spans) {
    if (a < pos) continue; // overlaps an earlier, longer mark
    if (a > pos) parts.push({ text: sentence.slice(pos, a), mark: false });
    parts.push({ text: sentence.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < sentence.length) parts.push({ text: sentence.slice(pos), mark: false });
  return parts;
}

/** One sentence of the page with the findings in it, and where each finding is. */
export interface SentenceItem {
  key: string;
  sentence: string;
  targets: { frameId: number; index: number }[];
  matches: string[];
  /** The lexicon terms of the findings (what "not a privacy mention" dismisses). */
  terms: string[];
  /** Embedded content of another origin (an ad, a widget): said beside the sentence. */
  origin?: string;
}

export interface FindingGroup {
  category: Category;
  items: SentenceItem[];
  negated: SentenceItem[];
  /** Findings (not sentences) that count. */
  count: number;
}

function bySentence(list: TabFinding[]): SentenceItem[] {
  const items = new Map<string, SentenceItem>();
  for (const finding of list) {
    const key = `${finding.origin ?? ''}\u0000${finding.sentence}`;
    const item = items.get(key) ?? {
      key: `${finding.frameId}:${finding.index}`,
      sentence: finding.sentence,
      targets: [],
      matches: [],
      terms: [],
      ...(finding.origin ? { origin: finding.origin } : {}),
    };
    if (!item.terms.includes(finding.term)) item.terms.push(finding.term);
    item.targets.push({ frameId: finding.frameId, index: finding.index });
    item.matches.push(finding.match ?? finding.term);
    items.set(key, item);
  }
  return [...items.values()];
}

/** The host of an origin, for a label ("https://ads.example" -> "ads.example"). */
export function hostOfOrigin(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** Findings grouped by category, most serious first, then by sentence; empty groups left out. */
export function groupFindings(findings: readonly TabFinding[]): FindingGroup[] {
  return CATEGORIES.map((category) => {
    const counted: TabFinding[] = [];
    const negated: TabFinding[] = [];
    for (const finding of findings) {
      if (finding.category === category) (finding.negated ? negated : counted).push(finding);
    }
    return { category, items: bySentence(counted), negated: bySentence(negated), count: counted.length };
  }).filter((g) => g.items.length + g.negated.length > 0);
}

/**
 * The signs Intl.NumberFormat (style currency, no decimals) puts before an amount, for the
 * dataset's currencies: building the first Intl.NumberFormat in a popup cost ~15 ms (its
 * locale data), more than the rest of a story card. A unit test checks each against Intl;
 * another currency goes through Intl.
 */
const CURRENCY_SIGNS: Record<string, { en: string; zh?: string }> = {
  BRL: { en: 'R$' },
  CNY: { en: 'CN¥', zh: '¥' },
  EUR: { en: '€' },
  GBP: { en: '£' },
  HKD: { en: 'HK$' },
  HUF: { en: 'HUF\u00a0' },
  KRW: { en: '₩' },
  SEK: { en: 'SEK\u00a0' },
  SGD: { en: 'SGD\u00a0' },
  TWD: { en: 'NT$' },
  USD: { en: '$', zh: 'US$' },
};
export const SIGNED_CURRENCIES = Object.keys(CURRENCY_SIGNS);

/** An amount in the story's currency, in the reader's language (CN¥250,000 / ¥250,000). */
export function formatAmount(amount: number, currency: string, lang: UiLang): string {
  const sign = CURRENCY_SIGNS[currency];
  if (sign && Number.isFinite(amount) && amount >= 0 && amount < Number.MAX_SAFE_INTEGER) {
    const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+$)/g, ',');
    return (lang === 'zh' ? (sign.zh ?? sign.en) : sign.en) + digits;
  }
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

/** Government and official bodies whose sites may still be plain http. */
const OFFICIAL_HOST = /(?:^|\.)(?:gov|gov\.cn|gov\.hk|gov\.tw|gov\.uk|gov\.au|gc\.ca|europa\.eu|gouv\.fr|pcpd\.org\.hk)$/;

/**
 * A source link to render: https always, plain http only for official sites; anything
 * else (javascript:, data:, http news sites) is shown as text, not as a link.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:') return u.href;
    if (u.protocol === 'http:' && OFFICIAL_HOST.test(u.hostname)) return u.href;
    return undefined;
  } catch {
    return undefined;
  }
}
