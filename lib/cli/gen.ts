/**
 * Build step: compile the lexicon and the story index. Outputs are *.gen.json files,
 * never edited by hand and not committed; `npm run build`, `npm test` and `npm ci`
 * (postinstall) run this first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { checkCompiled, compiledWords, compileLexicon } from '../lexicon/compile';
import { LEXICON_SOURCES } from '../lexicon';
import { buildStoryIndex } from '../stories/index-build';
import { loadStoryFiles } from '../stories/load-node';
import { jiebaSegment } from '../stories/segment-node';
import { rightsToTraditional, storyToTraditional, whyCharPairs } from '../stories/hant';
import { whyLabels } from '../stories/rank';
import { RIGHTS_NOTES } from '../stories/rights';
import { DATA_TYPE_INFO } from '../lexicon/data-type-info';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '../../');

function write(rel: string, data: unknown): void {
  const path = root + rel;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data) + '\n');
  console.log(`gen: ${rel} (${(JSON.stringify(data).length / 1024).toFixed(1)} KB)`);
}

const t0 = performance.now();
const variants = (['t', 'tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
// The matcher table ships ready to use: the content script neither decodes nor checks it,
// so it is checked here (compileLexicon throws on a problem; this says so once more).
const lexicon = compileLexicon(LEXICON_SOURCES, variants);
const lexiconProblem = checkCompiled(lexicon);
if (lexiconProblem) throw new Error(`lexicon table: ${lexiconProblem}`);
write('lib/lexicon/compiled.gen.json', lexicon);
console.log(`gen: lexicon table checked (${compiledWords(lexicon).length} words in ${lexicon.words.split('|').length - 1} groups)`);

const stories = loadStoryFiles();
write('lib/stories/stories.gen.json', stories);
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
write('lib/stories/stories-hant.gen.json', stories.map((s) => storyToTraditional(s, toHant)));
write('lib/stories/rights-hant.gen.json', RIGHTS_NOTES.map((n) => rightsToTraditional(n, toHant)));
const index = buildStoryIndex(stories, jiebaSegment, variants.filter((_, i) => i !== 2));
write('lib/stories/index.gen.json', index);
write('lib/stories/why-hant.gen.json', { pairs: whyCharPairs([...index.vocab, ...Object.keys(index.places), ...whyLabels(), ...Object.values(DATA_TYPE_INFO).map((i) => i.label.zh)], toHant) });
console.log(`gen: ${stories.length} stories, done in ${Math.round(performance.now() - t0)} ms`);
