import index from './index.gen.json';
import type { StoryIndex } from './index-build';
import meta from './meta.gen.json';
import { createRanker, type Ranker, type StoryMeta } from './rank';
import type { Story } from './schema';

/**
 * The popup's stories: the ranker over the compact index (each story's facts, not its
 * text), and each story's card loaded on its own when shown (five of them, not all 171:
 * the popup's story chunk went from ~1 MB to the index). zh-TW/zh-HK readers load the
 * Traditional-character cards. The CLI, the evaluations and the stories page use
 * default-ranker.ts (all stories at once), which ranks the same.
 */
let ranker: Ranker | undefined;
export function popupRanker(): Ranker {
  return (ranker ??= createRanker(index as unknown as StoryIndex, meta as unknown as StoryMeta[]));
}

const cards = import.meta.glob<{ default: Story }>('./cards/*.gen.json');
const hantCards = import.meta.glob<{ default: Story }>('./cards-hant/*.gen.json');

export async function loadStory(id: string, hant: boolean): Promise<Story | undefined> {
  const load = (hant ? hantCards : cards)[`./${hant ? 'cards-hant' : 'cards'}/${id}.gen.json`];
  return load ? (await load()).default : undefined;
}
