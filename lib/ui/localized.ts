import type { RightsNote } from '../stories/rights';
import type { Story } from '../stories/schema';
import { pairsConverter } from '../stories/hant';
import { uiScript } from './i18n';

/**
 * Traditional-character rights notes and "why" labels for zh-TW/zh-HK readers, converted at
 * build time and loaded (as their own chunks) only for them; the popup gets Traditional
 * story cards one by one (lib/stories/cards.ts).
 */
export async function traditionalText(): Promise<{ rights: Map<string, RightsNote>; why: (text: string) => string } | null> {
  if (uiScript() !== 'zh-Hant') return null;
  const [rights, why] = await Promise.all([import('../stories/rights-hant.gen.json'), import('../stories/why-hant.gen.json')]);
  return {
    why: pairsConverter(why.default.pairs),
    rights: new Map((rights.default as unknown as RightsNote[]).map((n) => [n.id, n])),
  };
}

/** Every story in Traditional characters (the stories page, which lists them all). */
export async function traditionalStories(): Promise<Map<string, Story> | null> {
  if (uiScript() !== 'zh-Hant') return null;
  const stories = await import('../stories/stories-hant.gen.json');
  return new Map((stories.default as unknown as Story[]).map((s) => [s.id, s]));
}
