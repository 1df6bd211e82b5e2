import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../../lib/stories/index-build';
import { loadStoryFiles } from '../../lib/stories/load-node';
import { createRanker, DEFAULT_BOOSTS as DEFAULT_BOOSTS_FOR_TEST, describeWhy, storyPractices } from '../../lib/stories/rank';
import { cueTest } from '../../lib/stories/cues';
import { buildStoryQuery } from '../../lib/stories/query';
import { storiesForText } from '../../lib/stories/page-query';
import { jiebaSegment } from '../../lib/stories/segment-node';
import { tokenizeForIndex, tokenizeLatin, tokenizeQuery } from '../../lib/stories/tokenize';
import { findingContext } from '../../lib/detect/context';
import { detect } from '../../lib/detect/detect';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { textFromHtml } from '../../lib/page/html-node';
import { readFileSync } from 'node:fs';

const stories = loadStoryFiles();

describe('story files', () => {
  it('are all valid, with unique ids equal to their file names', () => {
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it('cover mainland China, Taiwan and Hong Kong, and the rest of the world', () => {
    const count = (pred: (c: string) => boolean) => stories.filter((s) => pred(s.jurisdiction.country)).length;
    expect(stories.length).toBeGreaterThanOrEqual(80);
    expect(count((c) => c === 'CN')).toBeGreaterThanOrEqual(45);
    expect(count((c) => c === 'TW' || c === 'HK')).toBeGreaterThanOrEqual(5);
    expect(count((c) => !['CN', 'TW', 'HK', 'MO'].includes(c))).toBeGreaterThanOrEqual(25);
  });

  it('never cite a known mirror or repost host', () => {
    // Hosts the research notes found serving copies of other publishers' articles.
    const mirrors = /dlhunqing|weidonghui|hrtwrk|sinomep|fengdujob|sanwen|zhetiaohe|cjgxw|wuhuxiaoyouquan|handmsg|jizihe|outputnews|slyz\.net/;
    for (const s of stories) for (const src of s.sources) if (src.url) expect(src.url, s.id).not.toMatch(mirrors);
  });

  it('include the Ningbo 2021 sales-office fines', () => {
    const ningbo = stories.find((s) => s.id === 'cn-ningbo-sales-offices-2021')!;
    expect(ningbo.outcome).toMatchObject({ amount: 250000, currency: 'CNY' });
    expect(ningbo.jurisdiction.city?.zh).toBe('宁波市');
  });

  it('give every story a source with a publisher and a title, and only http(s) addresses', () => {
    for (const s of stories) {
      for (const src of s.sources) {
        expect(src.publisher.length, s.id).toBeGreaterThan(0);
        expect(src.title.length, s.id).toBeGreaterThan(0);
        if (src.url) expect(src.url, s.id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('reject a bad file with a message naming the file and the fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    writeFileSync(join(dir, 'cn-bad-2021.json'), JSON.stringify({ id: 'cn-bad-2021', kind: 'penalty', date: '2021-02-30' }));
    expect(() => loadStoryFiles(dir)).toThrow(/cn-bad-2021\.json[\s\S]*date/);
    writeFileSync(join(dir, 'cn-bad-2021.json'), '{ not json');
    expect(() => loadStoryFiles(dir)).toThrow(/cn-bad-2021\.json: not valid JSON/);
  });
});

describe('retrieval', () => {
  const index = buildStoryIndex(stories, jiebaSegment);
  const ranker = createRanker(index, stories);

  it('indexes jieba words, keeping domain words whole', () => {
    expect(tokenizeForIndex('售楼处抓拍人脸信息', jiebaSegment)).toEqual(['售楼处', '抓拍', '人脸信息']);
  });

  it('tokenizes a query with the index vocabulary as jieba would for indexed words', () => {
    const vocab = new Set(index.vocab);
    const query = '宁波一处售楼处用摄像头抓拍客户人脸';
    const viaVocab = tokenizeQuery(query, vocab, index.maxWordLength);
    const viaJieba = tokenizeForIndex(query, jiebaSegment).filter((w) => vocab.has(w));
    expect(viaVocab).toEqual(viaJieba);
  });

  it('puts the Ningbo story first for the demo sales-office page', () => {
    const page = textFromHtml(readFileSync(join(import.meta.dirname, '../fixtures/pages/demo.html'), 'utf8'));
    const findings = detect(page.text, defaultMatcher());
    const top = ranker.rank(buildStoryQuery(findings, page.title));
    expect(top[0]?.id).toBe('cn-ningbo-sales-offices-2021');
    expect(top[0]?.why.place).toBe('宁波');
    expect(top[0]?.why.sector).toBe('real_estate');
    expect(top[0]?.why.words.length).toBeGreaterThan(0);
  });

  it('matches Latin cues at word boundaries (plurals allowed) and CJK cues as substrings', () => {
    const test = cueTest(['scrape', 'scraped', 'face search', '门禁']);
    expect(test('photos were scraped from the web')).toBe(true);
    expect(test('two face searches a day')).toBe(true);
    expect(test('a face-search app')).toBe(true);
    expect(test('skyscraper')).toBe(false);
    expect(test('小区门禁系统')).toBe(true);
    expect(test('门口')).toBe(false);
  });

  it('reads practices from a story\'s own text', () => {
    const practices = (id: string) => [...storyPractices(stories.find((s) => s.id === id)!)];
    expect(practices('cn-ningbo-sales-offices-2021')).toContain('buyer_source');
    expect(practices('us-ftc-rite-aid-2023')).toContain('watchlist');
    expect(practices('nl-ap-clearview-2024')).toContain('face_search');
    expect(practices('uk-ico-serco-leisure-2024')).toContain('attendance');
    expect(practices('cn-ningbo-sales-offices-2021')).not.toContain('watchlist');
    expect(practices('tw-moda-shopee-eslite-fines-2023')).toContain('order_scam');
    expect(practices('fr-cnil-amazon-france-logistique-2023')).toContain('worker_monitoring');
    expect(practices('cn-spc-home-camera-hacking-2025')).toContain('camera_hacking');
    expect(practices('us-ftc-ring-2023')).toContain('camera_hacking');
    expect(practices('tw-xiaoyu-deepfake-face-swap-2022')).toContain('deepfake');
    expect(practices('fr-cnil-amazon-france-logistique-2023')).not.toContain('order_scam');
    expect(practices('us-ftc-general-motors-onstar-2025')).toContain('driving_data');
    expect(practices('us-ftc-flo-health-2021')).toContain('period_tracking');
    expect(practices('uk-ico-hmrc-voice-id-2019')).toContain('voice_id');
    expect(practices('uk-ico-23andme-genetic-data-breach-2025')).toContain('genetic_data');
    expect(practices('de-bnetza-children-smartwatch-listening-ban-2017')).toContain('smart_toys');
    // Everyday words of posts are not query terms: "a face search site" is not a waste site.
    expect(tokenizeLatin('Found my face on a search site, never knew it existed')).toEqual(['found', 'face', 'search', 'existed']);
  });

  it('gives a page with no finding the cases of a standalone practice it names, and a page with neither none', () => {
    const m = defaultMatcher();
    const hacked = '家里摄像头半夜自己转动还传出说话声。警方认为摄像头账号可能已被他人破解，有人专门破解家用摄像头，把卧室的实时画面打包卖掉。';
    expect(detect(hacked, m).filter((f) => !f.negated)).toEqual([]);
    const shown = storiesForText(ranker, hacked, '', m);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]!.why.practices).toContain('camera_hacking');
    // With no finding, a story that shares no practice needs several telling words (not just "有人").
    expect(shown.every((r) => r.why.practices?.length || r.why.tags?.length || r.why.words.length >= 4)).toBe(true);
    // A car that reports how its owner drives, with no data word the detector pairs.
    expect(storiesForText(ranker, 'My insurance went up after the car app\'s smart driver feature sent a driving behavior report to a data company.', '', m)[0]?.id).toBe('us-ftc-general-motors-onstar-2025');
    // Words a practice shares with shop and help pages (出售, 订单号, 运单号, 截屏, 搜索引擎) are not enough alone.
    expect(storiesForText(ranker, '本店出售各类电子产品。查询物流请提供订单号和运单号，截屏发给客服即可。我们也做搜索引擎优化。', '', m)).toEqual([]);
    // A practice that is not standalone (clocking in at a tourist spot) brings nothing.
    expect(storiesForText(ranker, '老街的骑楼是游客最爱打卡的地方，周末人很多。', '', m)).toEqual([]);
    expect(buildStoryQuery([], 'title', '').text).toBe('title');
  });

  it('shows no story for a phone review whose every finding stands in a sentence about unlocking the phone', () => {
    const m = defaultMatcher();
    const shown = (text: string) => storiesForText(ranker, text, '', m).length;
    // 指纹 and 面部数据 are not unlock words, but they stand in the unlock sentence.
    expect(shown('解锁：这代回归了3D结构光人脸解锁，比超声波指纹更顺手；官方称面部数据仅存储在手机安全芯片中。')).toBe(0);
    expect(shown('前置支持人脸解锁，速度很快，但只是2D识别，安全性不如指纹。')).toBe(0);
    // Personal data in such a sentence is not the device's: the car's cabin camera shown in an app.
    expect(shown('可以在车主App里远程查看车内画面，还支持车内自拍。')).toBeGreaterThan(0);
    // A finding in another sentence still counts.
    expect(shown('前置支持人脸解锁，速度很快。商场的摄像头会识别顾客的人脸并统计客流。')).toBeGreaterThan(0);
  });

  it('reads the story tags a page names from its practices, with no claim saying so', () => {
    const top = ranker.rank({ text: '公司新规：全体员工上下班必须指纹打卡', categories: ['biometric'], lang: 'zh' }, 3);
    expect(top[0]?.why.tags).toContain('workplace_attendance');
    expect(describeWhy(top[0]!.why, 'en')).toMatch(/what the page describes: workplace attendance/);
  });

  it('counts a sector only a quarter for a story that lacks the practice the page names', () => {
    // The page names a bank once, but it is about a cloned voice.
    const query = { text: '“妈，我撞人了，快打钱”，电话里儿子的声音竟是AI合成。自称交警的男子报出一个银行账号，让她去银行转账，银行柜员察觉异常拦了下来。', categories: ['personal_data' as const], lang: 'zh' as const };
    const top = ranker.rank(query, 3);
    expect(top.every((r) => r.why.practices?.includes('voice_clone'))).toBe(true);
    const flat = createRanker(index, stories).rank({ ...query, text: '自称交警的男子报出一个银行账号，让她去银行转账，银行柜员察觉异常拦了下来。' }, 3);
    expect(flat.some((r) => r.why.sector === 'finance')).toBe(true);
  });

  it('gives a smaller boost to stories from the same province as a city the page names', () => {
    // 苏州 is Xiangcheng's city; the Nanjing story is elsewhere in Jiangsu, Nanhai is in Guangdong.
    const top = ranker.rank({ text: '苏州一楼盘售楼处用人脸识别摄像头抓拍看房客户', categories: ['face'] }, 10);
    const byId = new Map(top.map((r) => [r.id, r]));
    expect(byId.get('cn-xiangcheng-procuratorate-sales-offices-2020')?.why.place).toBe('苏州');
    expect(byId.get('cn-nanjing-sales-office-face-removal-2020')?.why.place).toBe('江苏');
    expect(byId.get('cn-nanhai-sales-centre-2021')?.why.place).toBeUndefined();
    expect(byId.get('cn-nanjing-sales-office-face-removal-2020')!.score).toBeGreaterThan(byId.get('cn-nanhai-sales-centre-2021')!.score);
  });

  it('lines up close relatives of the best match behind it, which stays first', () => {
    const query = { text: 'Police officers in Sweden tried a face search app built on photos scraped from social media', categories: ['face' as const], lang: 'en' as const };
    const flat = createRanker(index, stories, { ...DEFAULT_BOOSTS_FOR_TEST, related: 0 }).rank(query, 5);
    const fed = ranker.rank(query, 5);
    expect(fed[0]?.id).toBe(flat[0]?.id);
    expect(fed.slice(0, 3).every((r) => r.id.includes('clearview'))).toBe(true);
    expect(fed.some((r) => r.why.practices?.includes('face_search'))).toBe(true);
    expect(describeWhy(fed[1]!.why, 'en')).toMatch(/same practice: scraping photos for face search/);
    expect(describeWhy(fed[1]!.why, 'zh')).toMatch(/同样的做法：抓取照片做人脸搜索/);
  });

  it('counts the same place fully only for a story of the same sector or practice', () => {
    // A Shanghai supermarket page: the Shanghai supermarket case gets the whole place boost,
    // a Shanghai sales-office case (another sector, another practice) half of it.
    const text = '上海一家超市门口装了人脸识别摄像头';
    const flat = createRanker(index, stories, { ...DEFAULT_BOOSTS_FOR_TEST, related: 0 });
    const placeless = createRanker(index, stories, { ...DEFAULT_BOOSTS_FOR_TEST, related: 0, place: 0, region: 0 });
    const score = (r: typeof ranker, id: string) => r.rank({ text, categories: ['face'] }, 113).find((x) => x.id === id)!.score;
    const gain = (id: string) => score(flat, id) - score(placeless, id);
    expect(gain('cn-putuo-supermarket-face-camera-2024')).toBeCloseTo(DEFAULT_BOOSTS_FOR_TEST.place, 0);
    expect(gain('cn-qingpu-procuratorate-sales-office-cloud-faces-2024')).toBeCloseTo(DEFAULT_BOOSTS_FOR_TEST.place * DEFAULT_BOOSTS_FOR_TEST.placeAlone, 0);
  });

  it('reads the text around a finding: a page whose finding sentence names only the practice', () => {
    // The one finding is in the last sentence; the metro and its ad screens are in the one before.
    const text = '某城市地铁站台的广告屏装了摄像头，会统计乘客的性别和年龄，用来评估广告效果。专家认为，这种人脸分析应当事先告知。';
    // The face finding (the passengers' gender and age are personal-data findings of their own; leave them out here).
    const findings = detect(text, defaultMatcher()).filter((f) => f.category === 'face');
    expect(findings.filter((f) => !f.negated)).toHaveLength(1);
    const bare = ranker.rank(buildStoryQuery(findings), 3).map((r) => r.id);
    const withContext = ranker.rank(buildStoryQuery(findings, '', findingContext(text, findings)), 3);
    expect(bare[0]).not.toBe('br-viaquatro-metro-face-2023');
    expect(withContext[0]?.id).toBe('br-viaquatro-metro-face-2023');
    expect(withContext[0]?.why.sector).toBe('transport');
  });

  it('returns nothing for a page with nothing in common with any story', () => {
    expect(ranker.rank({ text: '蜜蜂 蜂箱 邻居', categories: [] })).toEqual([]);
  });
});
