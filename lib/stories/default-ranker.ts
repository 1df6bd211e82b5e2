import index from './index.gen.json';
import type { StoryIndex } from './index-build';
import { createRanker, type Ranker } from './rank';
import type { Story } from './schema';
import stories from './stories.gen.json';

let ranker: Ranker | undefined;

/** The bundled stories, validated at build time (scripts/gen.ts). */
export const STORIES = stories as unknown as Story[];

/** The ranker over the bundled index, built on first use. */
export function defaultRanker(): Ranker {
  return (ranker ??= createRanker(index as unknown as StoryIndex, STORIES));
}

const byId = new Map(STORIES.map((s) => [s.id, s]));
export function storyById(id: string): Story | undefined {
  return byId.get(id);
}
