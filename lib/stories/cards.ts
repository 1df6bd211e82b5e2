import { ownJson } from '../own-files';
import type { Story } from './schema';

/**
 * Each story's card, fetched from the extension's own files when shown (five of them, not
 * all: the popup never loads the whole dataset). The cards are plain JSON files made by
 * `npm run gen` (lib/cli/gen-stories.ts) under these folders of public/; zh-TW/zh-HK
 * readers get the Traditional-character ones. A plain path per story, so no table of
 * file names is shipped, and the popup's early script can fetch them before its modules load.
 */
export const CARD_DIRS = { hans: 'story-cards', hant: 'story-cards-hant' } as const;

/** A story id: kebab-case ASCII (the schema requires it; a card path is built from it). */
export const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The extension path of a story's card; null for anything that is not a story id. */
export function cardPath(id: string, hant: boolean): string | null {
  return STORY_ID.test(id) ? `/${hant ? CARD_DIRS.hant : CARD_DIRS.hans}/${id}.json` : null;
}

/** How a card is read: the extension's fetch, or the file system in Node (tests). */
export type CardLoader = (id: string, hant: boolean) => Promise<Story | undefined>;

/** A card from the extension's files (no network: a chrome-extension:// or moz-extension:// URL); undefined when missing. */
export const loadStory: CardLoader = async (id, hant) => {
  const path = cardPath(id, hant);
  if (!path) return undefined;
  try {
    return (await ownJson(path)) as Story;
  } catch {
    return undefined;
  }
};
