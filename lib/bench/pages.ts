/**
 * Generated pages for benchmarks and heavy-page tests: mixed Chinese and English prose
 * in paragraphs, with a controlled share of lexicon terms. Deterministic (seeded).
 */

const ZH_FILLER = [
  '今天的天气很好，公园里有很多人在散步。', '城市交通正在改善，新的地铁线路即将开通。', '图书馆延长了开放时间，方便读者借阅。',
  '菜市场经过改造，环境比以前干净多了。', '学校组织学生参观博物馆，了解本地历史。', '社区志愿者帮助老人学习使用智能手机。',
  '这家餐厅的招牌菜是红烧肉和清蒸鱼。', '研究人员发布了关于气候变化的新报告。', '周末的音乐会吸引了大批观众。',
];
const EN_FILLER = [
  'The weather was mild and the park was full of people walking their dogs. ',
  'A new bus line will connect the river district with the train station next spring. ',
  'The library extended its opening hours so that students can study in the evening. ',
  'Researchers published a long report on rainfall patterns across the region. ',
  'The bakery on the corner sells fresh bread every morning before seven. ',
];
const ZH_MENTIONS = ['售楼处安装了人脸识别摄像头，会抓拍每位访客。', '我们会收集您的手机号码和位置信息。', '公司要求员工录入指纹打卡。', '我们不会收集您的人脸信息。'];
const EN_MENTIONS = ['The store used facial recognition cameras at the entrance. ', 'We collect your phone number and precise location. ', 'We do not collect biometric data. '];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `chars` characters of text; one sentence in `mentionEvery` is a mention. */
export function generateText(chars: number, options: { seed?: number; mentionEvery?: number } = {}): string {
  const r = rng(options.seed ?? 1);
  const every = options.mentionEvery ?? 40;
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (n < chars) {
    const zh = r() < 0.6;
    const mention = i++ % every === every - 1;
    const list = mention ? (zh ? ZH_MENTIONS : EN_MENTIONS) : zh ? ZH_FILLER : EN_FILLER;
    const s = list[Math.floor(r() * list.length)]!;
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

/** An HTML page of ~`chars` characters of text in paragraphs of ~`paragraphChars`. */
export function generatePage(chars: number, options: { seed?: number; mentionEvery?: number; paragraphChars?: number } = {}): string {
  const text = generateText(chars, options);
  const size = options.paragraphChars ?? 400;
  const paras: string[] = [];
  for (let i = 0; i < text.length; i += size) paras.push(`<p>${text.slice(i, i + size)}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench ${chars}</title></head><body>${paras.join('\n')}</body></html>`;
}
