import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStory, type Story } from './schema';

/** The folder of story files, one JSON file per story. */
export const STORY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** Read and validate every story file (build time and tests only; Node). */
export function loadStoryFiles(dir: string = STORY_DIR): Story[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const stories: Story[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const path = join(dir, f);
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`story ${f}: not valid JSON: ${(e as Error).message}`);
      }
      const story = parseStory(raw, f);
      const dup = seen.get(story.id);
      if (dup) throw new Error(`story ${f}: id "${story.id}" already used by ${dup}`);
      seen.set(story.id, f);
      stories.push(story);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(`${errors.length} invalid story file(s):\n${errors.join('\n')}`);
  return stories;
}

/**
 * Stories taken out of the bundle until a reader can check them: real cases whose sources
 * are known but for which no page of the deciding body, the original publisher or a
 * faithful repost could be found (lib/stories/withdrawn/README.md). Evaluations drop them
 * from want lists and judgments.
 */
export const WITHDRAWN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'withdrawn');

export function withdrawnStoryIds(dir: string = WITHDRAWN_DIR): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
}
