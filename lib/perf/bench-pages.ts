/**
 * The pages of the cold benchmark (lib/cli/bench.ts): generated pages of ~100 KB, ~1 MB
 * (and ~5 MB unless quick) of text with mentions (one sentence in 40) and without (the same
 * filler with no mention sentence; lexicon words like 使用 or "data" may still occur), and
 * a page in the shape of a news page, ~20 KB of text with no lexicon word at all (most
 * pages a person opens: nothing to find).
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

/**
 * A news-style page of ~`chars` characters of text with no lexicon word: a header with a
 * menu of links, an article (headline, byline, paragraphs, a quote, a figure caption), a
 * side list of other headlines and a footer, the way most pages a person opens look.
 */
function nothingPage(chars: number): string {
  const m = defaultMatcher();
  for (const s of [...NOTHING_ZH, ...NOTHING_EN]) {
    const t = matchTokens(m, s);
    if (t.length) throw new Error(`bench page "nothing": "${s}" holds the lexicon word "${t[0]!.surface}"`);
  }
  const menu = ['首页', '本地', '国内', '国际', '体育', '文化', '天气', 'Sports', 'Travel'].map((w, i) => `<li><a href="/s/${i}">${w}</a></li>`).join('');
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < chars * 0.85; i++) {
    let p = '';
    for (let k = 0; k < 5; k++) p += (i + k) % 3 === 2 ? NOTHING_EN[(i * 7 + k) % NOTHING_EN.length] : NOTHING_ZH[(i * 5 + k) % NOTHING_ZH.length];
    paras.push(i % 6 === 5 ? `<blockquote><p>${p}</p></blockquote>` : i % 9 === 8 ? `<figure><figcaption>${p}</figcaption></figure>` : `<p>${p}</p>`);
    n += p.length;
  }
  const side: string[] = [];
  for (let i = 0; n < chars; i++) {
    const h = NOTHING_ZH[i % NOTHING_ZH.length]!;
    side.push(`<li><a href="/a/${i}">${h}</a></li>`);
    n += h.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench nothing</title></head><body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>${NOTHING_ZH[0]}</h1><p class="byline">2026-11-30 08:00</p>${paras.join('\n')}</article><aside><h2>更多新闻</h2><ul>${side.join('')}</ul></aside></main><footer><p>© 2026</p></footer></body></html>`;
}

/** Page ids (stable JSON keys) and their HTML. */
export function coldBenchPages(withLarge = true): Record<string, string> {
  return {
    ...(withLarge ? { '5mb': generatePage(5_000_000, { seed: 11 }) } : {}),
    '100kb': generatePage(100_000, { seed: 11 }),
    '100kb_plain': generatePage(100_000, { seed: 11, mentionEvery: Number.MAX_SAFE_INTEGER }),
    '1mb': generatePage(1_000_000, { seed: 11 }),
    '1mb_plain': generatePage(1_000_000, { seed: 11, mentionEvery: Number.MAX_SAFE_INTEGER }),
    nothing_20kb: nothingPage(20_000),
  };
}
