import { describe, expect, it } from 'vitest';
import { emphasize, formatAmount, groupFindings, safeUrl } from '../../lib/ui/format';
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
  });
});
