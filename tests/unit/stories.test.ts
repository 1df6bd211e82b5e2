import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../../lib/stories/index-build';
import { loadStoryFiles } from '../../lib/stories/load-node';
import { createRanker } from '../../lib/stories/rank';
import { buildStoryQuery } from '../../lib/stories/query';
import { jiebaSegment } from '../../lib/stories/segment-node';
import { tokenizeForIndex, tokenizeQuery } from '../../lib/stories/tokenize';
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

  it('returns nothing for a page with nothing in common with any story', () => {
    expect(ranker.rank({ text: '蜜蜂 蜂箱 邻居', categories: [] })).toEqual([]);
  });
});
