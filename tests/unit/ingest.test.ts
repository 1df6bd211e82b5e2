import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { ingestArticle } from '../../lib/ingest/extract';
import { isByline, isHeadline, splitArticles } from '../../lib/ingest/split';

// Pages in the seed's layout, written for these tests; places (示例市, 样本县) are made up.
const page = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/ingest', name), 'utf8');
const ingest = (name: string) => splitArticles(page(name)).map((a) => ingestArticle(a, defaultMatcher()));

describe('ingest: splitting a newspaper page', () => {
  it('recognizes bylines, with or without role words, and photo credits', () => {
    expect(isByline('本报记者 林一帆 通讯员 周小禾')).toBe(true);
    expect(isByline('刘羊旻 张玉洁')).toBe(true);
    expect(isByline('通讯员 田甜 摄')).toBe(true);
    expect(isByline('春季长跑赛鸣枪开跑')).toBe(false);
  });

  it('recognizes headlines but not short sentences or lead paragraphs', () => {
    expect(isHeadline('居民区里养蜜蜂,慌!信访局出手联调,赞!')).toBe(true);
    expect(isHeadline('本报讯 近日，示例市举行长跑比赛。')).toBe(false);
    expect(isHeadline('前来买菜的居民说，环境比以前干净多了。')).toBe(false);
  });

  it('splits a page into its articles with headline, byline and text', () => {
    const articles = ingest('page-a.txt');
    expect(articles.map((a) => a.headline)).toEqual([
      '售楼处偷拍看房人，示例市开出两张罚单',
      '春季长跑赛鸣枪开跑',
      '老旧小区加装电梯有了新进展',
      '校园里的一堂隐私课',
    ]);
    expect(articles[0]!.byline).toBe('本报记者 林一帆 通讯员 周小禾');
    expect(articles[0]!.text.startsWith('本报讯 5月12日')).toBe(true);
    expect(articles[3]!.byline).toBe('通讯员 田甜 摄');
  });
});

describe('ingest: relevance and fields', () => {
  it('marks only the enforcement story about faces as relevant, with its facts', () => {
    const articles = ingest('page-a.txt');
    expect(articles.map((a) => a.relevant)).toEqual([true, false, false, false]);
    const f = articles[0]!.fields;
    expect(f.place).toBe('示例');
    expect(f.authority).toBe('示例市市场监管局');
    expect(f.amount).toEqual({ value: 300000, currency: 'CNY', text: '30万元' });
    expect(f.cases).toEqual([9, 2]);
    expect(f.date).toEqual({ text: '5月12日', month: 5, day: 12 });
    expect(f.law).toBe('消费者权益保护法');
  });

  it('does not call a face-recognition lecture without any enforcement relevant', () => {
    const lecture = ingest('page-a.txt')[3]!;
    expect(lecture.fields.categories).toEqual(['face']);
    expect(lecture.relevant).toBe(false);
  });

  it('finds a court ruling on a face-only residential gate', () => {
    const [ruling, market] = ingest('page-b.txt');
    expect(ruling!.relevant).toBe(true);
    expect(ruling!.fields.authority).toBe('样本县人民法院');
    expect(ruling!.fields.place).toBe('样本');
    expect(ruling!.fields.categories).toEqual(['face', 'personal_data']);
    expect(market!.relevant).toBe(false);
  });

  it('turns 万 and 亿 amounts into numbers', () => {
    const [a] = splitArticles('某地罚款通报\n\n本报讯 某公司违规收集用户个人信息，被罚款1.5亿元，另一家被罚款8000元。').map((x) => ingestArticle(x, defaultMatcher()));
    expect(a!.fields.amounts.map((x) => x.value)).toEqual([150000000, 8000]);
    expect(a!.fields.amount?.value).toBe(150000000);
  });
});
