/**
 * The pages of the cold benchmark (lib/cli/bench.ts): generated pages of ~100 KB and
 * ~1 MB of text with mentions (one sentence in 40) and without (the same filler with no
 * mention sentence, lexicon words like 使用 or "data" may still occur), and a ~100 KB page
 * with no lexicon word at all (the first pass's case: nothing to find).
 */
import { generatePage } from '../bench/pages';
import { defaultMatcher } from '../detect/default-matcher';
import { matchTokens } from '../detect/match';

/** News-like sentences with no lexicon word (checked when the page is made). */
const NOTHING_ZH = [
  '今天的天气很好，公园里有很多人在散步。',
  '新的地铁线路下个月开通，沿线居民出门更方便了。',
  '图书馆延长了开放时间，方便读者借阅。',
  '菜市场经过改造，环境比以前干净多了。',
  '这家餐厅的招牌菜是红烧肉和清蒸鱼。',
  '周末的音乐会吸引了大批观众。',
  '河边的樱花开了，不少游客专程前来赏花。',
  '本周气温回升，最高气温将达到二十五度。',
];
const NOTHING_EN = [
  'The weather was mild and the park was full of people walking their dogs. ',
  'The bakery on the corner bakes fresh bread every morning before seven. ',
  'A new bridge over the river will open to cyclists in the spring. ',
  'The orchestra played two symphonies and an encore to a full hall. ',
];

function nothingPage(chars: number): string {
  const m = defaultMatcher();
  for (const s of [...NOTHING_ZH, ...NOTHING_EN]) {
    const t = matchTokens(m, s);
    if (t.length) throw new Error(`bench page "nothing": "${s}" holds the lexicon word "${t[0]!.surface}"`);
  }
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    let p = '';
    for (let k = 0; k < 12; k++) p += (i + k) % 3 === 2 ? NOTHING_EN[(i * 7 + k) % NOTHING_EN.length] : NOTHING_ZH[(i * 5 + k) % NOTHING_ZH.length];
    paras.push(`<p>${p}</p>`);
    n += p.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench nothing</title></head><body>${paras.join('\n')}</body></html>`;
}

/** Page ids (stable JSON keys) and their HTML. */
export function coldBenchPages(): Record<string, string> {
  return {
    '100kb': generatePage(100_000, { seed: 11 }),
    '100kb_plain': generatePage(100_000, { seed: 11, mentionEvery: Number.MAX_SAFE_INTEGER }),
    '1mb': generatePage(1_000_000, { seed: 11 }),
    '1mb_plain': generatePage(1_000_000, { seed: 11, mentionEvery: Number.MAX_SAFE_INTEGER }),
    nothing: nothingPage(100_000),
  };
}
