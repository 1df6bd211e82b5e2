import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../lib/lexicon/compile';
import { LEXICON_SOURCES } from '../../lib/lexicon';
import { buildStoryIndex } from '../../lib/stories/index-build';
import { pairsConverter, whyCharPairs } from '../../lib/stories/hant';
import { whyLabels } from '../../lib/stories/rank';
import { DATA_TYPE_INFO } from '../../lib/lexicon/data-type-info';
import { loadStoryFiles } from '../../lib/stories/load-node';
import { jiebaSegment } from '../../lib/stories/segment-node';

const root = join(import.meta.dirname, '../..');
const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8'));

describe('generated files', () => {
  it('the compiled lexicon is up to date with lib/lexicon (run npm run gen)', () => {
    const variants = (['t', 'tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    expect(read('lib/lexicon/compiled.gen.json')).toEqual(compileLexicon(LEXICON_SOURCES, variants));
  });

  it('the story data and index are up to date with lib/stories/data (run npm run gen)', () => {
    const stories = loadStoryFiles();
    expect(read('lib/stories/stories.gen.json')).toEqual(JSON.parse(JSON.stringify(stories)));
    const toHant = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const index = buildStoryIndex(stories, jiebaSegment, toHant);
    expect(read('lib/stories/index.gen.json')).toEqual(JSON.parse(JSON.stringify(index)));
    const pairs = whyCharPairs([...index.vocab, ...Object.keys(index.places), ...whyLabels(), ...Object.values(DATA_TYPE_INFO).map((i) => i.label.zh)], toHant[1]!);
    expect(read('lib/stories/why-hant.gen.json')).toEqual({ pairs });
    expect(pairsConverter(pairs)('同样的做法：区分客户来源；同一地方：宁波')).toBe('同樣的做法：區分客戶來源；同一地方：寧波');
  });
});
