/**
 * Build step (part of npm run gen, after lib/cli/gen.ts): the popup's compact story data.
 * The ranker needs each story's facts and the practices its text describes
 * (lib/stories/meta.gen.json, with the index); a story's card needs its whole text, so each
 * story is its own file, copied into the extension as it is (public/story-cards/<id>.json
 * and, in Traditional characters for zh-TW/zh-HK readers, public/story-cards-hant/<id>.json;
 * generated, not committed), fetched for the five shown (lib/stories/cards.ts). The stories
 * page still loads them all (stories.gen.json).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { storyToTraditional } from '../stories/hant';
import { loadStoryFiles } from '../stories/load-node';
import { CARD_DIRS } from '../stories/cards';
import { storyMeta } from '../stories/rank';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../stories');
const publicDir = join(dirname(fileURLToPath(import.meta.url)), '../../public');
const stories = loadStoryFiles();
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
writeFileSync(join(dir, 'meta.gen.json'), JSON.stringify(stories.map(storyMeta)) + '\n');
// Cards of earlier builds (lib/stories/cards*/) are gone with them.
for (const sub of ['cards', 'cards-hant']) rmSync(join(dir, sub), { recursive: true, force: true });
for (const sub of [CARD_DIRS.hans, CARD_DIRS.hant]) {
  rmSync(join(publicDir, sub), { recursive: true, force: true });
  mkdirSync(join(publicDir, sub), { recursive: true });
}
for (const s of stories) {
  writeFileSync(join(publicDir, CARD_DIRS.hans, `${s.id}.json`), JSON.stringify(s) + '\n');
  writeFileSync(join(publicDir, CARD_DIRS.hant, `${s.id}.json`), JSON.stringify(storyToTraditional(s, toHant)) + '\n');
}
console.log(`gen: lib/stories/meta.gen.json and ${readdirSync(join(publicDir, CARD_DIRS.hans)).length} story cards in public/ (zh and zh-Hant)`);
