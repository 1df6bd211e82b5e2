import index from './index.gen.json';
import type { StoryIndex } from './index-build';
import meta from './meta.gen.json';
import { createRanker, type Ranker, type StoryMeta } from './rank';

/**
 * The popup's story ranker over the compact index (each story's facts, not its text; the
 * cards are fetched one by one, lib/stories/cards.ts). The popup needs it only when the
 * background has not ranked the tab's stories yet. The CLI, the evaluations and the stories page use
 * default-ranker.ts (all stories at once), which ranks the same.
 */
let ranker: Ranker | undefined;
export function popupRanker(): Ranker {
  return (ranker ??= createRanker(index as unknown as StoryIndex, meta as unknown as StoryMeta[]));
}
