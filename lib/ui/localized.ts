import type { RightsNote } from '../stories/rights';
import type { Story } from '../stories/schema';
import { pairsConverter } from '../stories/hant';
import { uiScript } from './i18n';

/**
 * Traditional-character story and rights text for zh-TW/zh-HK readers, converted at
 * build time; loaded (as its own chunk) only for them.
 */
export async function traditionalData(): Promise<{ stories: Map<string, Story>; rights: Map<string, RightsNote>; why: (text: string) => string } | null> {
  if (uiScript() !== 'zh-Hant') return null;
  const [stories, rights, why] = await Promise.all([import('../stories/stories-hant.gen.json'), import('../stories/rights-hant.gen.json'), import('../stories/why-hant.gen.json')]);
  return {
    why: pairsConverter(why.default.pairs),
    stories: new Map((stories.default as unknown as Story[]).map((s) => [s.id, s])),
    rights: new Map((rights.default as unknown as RightsNote[]).map((n) => [n.id, n])),
  };
}
