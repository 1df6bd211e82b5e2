/**
 * Build step (part of npm run gen, after lib/cli/gen.ts): the popup's compact story data.
 * The ranker needs each story's facts and the practices its text describes
 * (lib/stories/meta.gen.json, with the index); a story's card needs its whole text, so each
 * story is its own file (lib/stories/cards/<id>.gen.json and, in Traditional characters for
 * zh-TW/zh-HK readers, cards-hant/<id>.gen.json), loaded for the five shown. The stories page
 * still loads them all (stories.gen.json).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { storyToTraditional } from '../stories/hant';
import { loadStoryFiles } from '../stories/load-node';
import { storyMeta } from '../stories/rank';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../stories');
const stories = loadStoryFiles();
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
writeFileSync(join(dir, 'meta.gen.json'), JSON.stringify(stories.map(storyMeta)) + '\n');
for (const sub of ['cards', 'cards-hant']) {
  rmSync(join(dir, sub), { recursive: true, force: true });
  mkdirSync(join(dir, sub), { recursive: true });
}
for (const s of stories) {
  writeFileSync(join(dir, 'cards', `${s.id}.gen.json`), JSON.stringify(s) + '\n');
  writeFileSync(join(dir, 'cards-hant', `${s.id}.gen.json`), JSON.stringify(storyToTraditional(s, toHant)) + '\n');
}
console.log(`gen: lib/stories/meta.gen.json and ${readdirSync(join(dir, 'cards')).length} story cards (zh and zh-Hant)`);
