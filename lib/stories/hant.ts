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

/**
 * Simplified -> Traditional character pairs ("脸臉…") for every character a "why this
 * case" line can contain (index words, place names, labels), from OpenCC at build time.
 * The why line is put together at run time from Simplified index words, so zh-TW/zh-HK
 * readers get it converted character by character; only one-to-one conversions are kept.
 */
export function whyCharPairs(texts: readonly string[], toHant: Converter): string {
  const chars = new Set(texts.join('').match(/[\u3400-\u9fff]/g) ?? []);
  let pairs = '';
  for (const c of [...chars].sort()) {
    const t = toHant(c);
    if (t.length === 1 && t !== c) pairs += c + t;
  }
  return pairs;
}

/** A character converter from a pairs string ("ab…": a becomes b), as `whyCharPairs` and the index's queryFolds write them. */
export function pairsConverter(pairs: string): (text: string) => string {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return (text) => text.replace(/[\u3400-\u9fff]/g, (c) => map.get(c) ?? c);
}
