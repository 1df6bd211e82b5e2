import type { Converter } from '../lexicon/compile';
import type { RightsNote } from './rights';
import type { Story } from './schema';

/**
 * Traditional-character versions of our own Chinese text, for zh-TW/zh-HK readers,
 * converted at build time (OpenCC cn -> tw). Source titles stay as published.
 */
export function storyToTraditional(s: Story, toHant: Converter): Story {
  const z = <T extends { zh: string; en: string }>(x: T): T => ({ ...x, zh: toHant(x.zh) });
  return {
    ...s,
    title: z(s.title),
    jurisdiction: {
      ...s.jurisdiction,
      ...(s.jurisdiction.region ? { region: z(s.jurisdiction.region) } : {}),
      ...(s.jurisdiction.city ? { city: z(s.jurisdiction.city) } : {}),
    },
    authority: z(s.authority),
    ...(s.target ? { target: z(s.target) } : {}),
    violation: z(s.violation),
    outcome: { ...s.outcome, text: z(s.outcome.text) },
    law: z(s.law),
    summary: z(s.summary),
  };
}

export function rightsToTraditional(n: RightsNote, toHant: Converter): RightsNote {
  return { ...n, law: { ...n.law, zh: toHant(n.law.zh) }, article: { ...n.article, zh: toHant(n.article.zh) }, text: { ...n.text, zh: toHant(n.text.zh) } };
}
