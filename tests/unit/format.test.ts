import { describe, expect, it } from 'vitest';
import stories from '../../lib/stories/stories.gen.json';
import { emphasize, formatAmount, groupFindings, safeUrl, SIGNED_CURRENCIES } from '../../lib/ui/format';
import type { TabFinding } from '../../lib/messaging';

describe('popup formatting', () => {
  it('links only https and official http sources', () => {
    expect(safeUrl('https://www.cnil.fr/x')).toBe('https://www.cnil.fr/x');
    expect(safeUrl('http://www.bayannaoer.jcy.gov.cn/a.shtml')).toBe('http://www.bayannaoer.jcy.gov.cn/a.shtml');
    expect(safeUrl('http://news.example.com/a')).toBeUndefined();
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('emphasizes every matched word of a sentence, as text', () => {
    expect(emphasize('我们收集手机号和位置信息', ['手机号', '位置信息'])).toEqual([
      { text: '我们收集', mark: false },
      { text: '手机号', mark: true },
      { text: '和', mark: false },
      { text: '位置信息', mark: true },
    ]);
    expect(emphasize('<img onerror=x>', ['img'])).toEqual([
      { text: '<', mark: false },
      { text: 'img', mark: true },
      { text: ' onerror=x>', mark: false },
    ]);
  });

  it('groups findings by category, most serious first, sentences once, negated apart', () => {
    const f = (category: TabFinding['category'], term: string, sentence: string, negated = false, index = 0): TabFinding => ({
      category, type: category === 'face' ? 'face' : category === 'biometric' ? 'fingerprint' : 'phone', term, sentence, negated, start: 0, end: 1, frameId: 0, index, match: term,
    });
    const groups = groupFindings([
      f('personal_data', '手机号', 'A', false, 0),
      f('face', '刷脸', 'B', false, 1),
      f('face', '人脸识别', 'B', false, 2),
      f('biometric', '指纹', 'C', true, 3),
    ]);
    expect(groups.map((g) => [g.category, g.count, g.items.length, g.negated.length])).toEqual([
      ['face', 2, 1, 0],
      ['biometric', 0, 0, 1],
      ['personal_data', 1, 1, 0],
    ]);
    expect(groups[0]!.items[0]!.matches).toEqual(['刷脸', '人脸识别']);
  });

  it('shows amounts in the story currency', () => {
    expect(formatAmount(250000, 'CNY', 'en')).toMatch(/250,000/);
    expect(formatAmount(20000000, 'EUR', 'en')).toMatch(/€20,000,000/);
    // The hand-kept signs say what Intl says, for every currency they cover and amounts of every length.
    for (const currency of SIGNED_CURRENCIES) {
      for (const lang of ['en', 'zh'] as const) {
        for (const amount of [0, 7, 999, 1000, 25_000.5, 250_000, 1_234_567, 20_000_000_000]) {
          const intl = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
          expect(formatAmount(amount, currency, lang), `${currency} ${lang} ${amount}`).toBe(intl);
        }
      }
    }
    // Every story's currency has its sign here (another one would be slow, not wrong).
    const used = new Set((stories as { outcome: { currency?: string } }[]).flatMap((st) => (st.outcome.currency ? [st.outcome.currency] : [])));
    expect([...used].filter((c) => !SIGNED_CURRENCIES.includes(c))).toEqual([]);
    // Another currency, or an odd amount, goes through Intl (or plain text).
    expect(formatAmount(1500, 'JPY', 'en')).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }).format(1500));
    expect(formatAmount(Number.NaN, 'CNY', 'en')).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(Number.NaN));
    expect(formatAmount(5, 'not a code', 'en')).toBe('5 not a code');
  });
});
