import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { textFromHtml } from '../../lib/page/html-node';
import { inferAppType } from '../../lib/policy/app-type';
import { buildDigest } from '../../lib/policy/digest';
import { policyJurisdiction, policyLang } from '../../lib/policy/jurisdiction';
import { policyLists } from '../../lib/policy/lists';
import { mayBePolicy } from '../../lib/policy/name';
import { recognizePolicy } from '../../lib/policy/recognize';
import { policySentences } from '../../lib/policy/sentences';

const PAGES = join(__dirname, '../fixtures/pages');
const page = (f: string) => textFromHtml(readFileSync(join(PAGES, f), 'utf8'));
const matcher = defaultMatcher();

describe('recognising a policy page', () => {
  it('takes the repo policy pages for policies and none of the other pages', () => {
    for (const f of readdirSync(PAGES).filter((x) => x.endsWith('.html'))) {
      const { text, title } = page(f);
      const isPolicy = /^policy-/.test(f) || f === 'english-policy.html';
      // english-policy.html is a short example page (five sentences, no sections): not digested.
      expect(recognizePolicy(title, text).policy, f).toBe(isPolicy && f !== 'english-policy.html');
    }
  });

  it('needs the page to speak as the processor or of itself: a headline and quotes are not enough', () => {
    const news = '某App更新隐私政策引争议\n记者注意到，新版隐私政策写道“我们如何收集和使用您的个人信息”。\n专家：同意不应被打包\n用户：不同意就只能退出\n联系我们';
    expect(recognizePolicy('某App更新隐私政策引争议', news).policy).toBe(false);
    const policy = '隐私政策\n一、我们如何收集和使用您的个人信息\n我们会收集您的手机号码。我们会使用您的位置信息。我们不会共享您的通讯录。\n二、我们如何共享您的个人信息\n本政策适用于本应用。\n三、您的权利\n四、如何联系我们';
    expect(recognizePolicy('', policy)).toMatchObject({ policy: true, kind: 'privacy-policy', name: '隐私政策' });
  });

  it("the content script's first test is broad, the recogniser strict", () => {
    expect(mayBePolicy('某App更新隐私政策引争议', '')).toBe(true);
    expect(mayBePolicy('Terms of Service', '')).toBe(true);
    expect(mayBePolicy('楼里养蜂引发邻里纠纷', '小区里有人养蜂')).toBe(false);
  });
});

describe('the digest of the repo policy pages', () => {
  it('reads each against the law of its language and cues', () => {
    expect(policyJurisdiction(page('policy-zh-hans.html').text)).toBe('CN');
    expect(policyLang(page('policy-zh-hant.html').text)).toBe('zh-hant');
    expect(policyJurisdiction(page('policy-zh-hant.html').text)).toBe('TW');
    expect(policyJurisdiction(page('policy-en.html').text)).toBe('EU');
    expect(policyJurisdiction('我們會收集您的電話號碼。本私隱政策聲明適用於香港的用戶。個人資料（私隱）條例')).toBe('HK');
  });

  it('flags what the flags page does, and reads its app type and what is beyond its necessary scope', () => {
    const { text, title } = page('policy-flags-zh-hans.html');
    const d = buildDigest(text, title, matcher).digest!;
    expect(d.name).toBe('闪拍美颜隐私政策');
    expect(d.flags.map((f) => `${f.id}:${f.finding}`).sort()).toEqual(
      [
        'cn-consent-by-use:found',
        'cn-device-data-is-pi:found',
        'cn-face-2025-alternative:missing',
        'cn-necessary-scope-bundling:found',
        'cn-pipl-17-no-controller:missing',
        'cn-pipl-19-retention:vague',
        'cn-pipl-29-separate-consent:missing',
        'cn-pipl-30-necessity-impact:missing',
        'cn-pipl-38-abroad-conditions:missing',
        'cn-sdk-list:missing',
      ].sort(),
    );
    expect(d.summary.abroad).toBe('yes');
    expect(d.appType?.type).toBe('photo-beautification');
    // A photo app needs no personal information: everything collected is beyond its scope.
    expect(d.beyondNecessary).toEqual(d.collected.filter((t) => t !== 'other'));
  });

  it('every clause is on its words in the text', () => {
    for (const f of ['policy-zh-hans.html', 'policy-zh-hant.html', 'policy-en.html', 'policy-flags-zh-hans.html']) {
      const { text, title } = page(f);
      const d = buildDigest(text, title, matcher).digest!;
      const clauses = [...d.dataTypes.flatMap((r) => r.clauses), ...d.checklist.flatMap((c) => c.clauses), ...d.flags.flatMap((x) => x.clauses)];
      expect(clauses.length, f).toBeGreaterThan(10);
      for (const c of clauses) expect(text.slice(c.start, c.end).replace(/\s+/g, ' '), f).toContain(c.text.replace(/…$/, '').replace(/\s+/g, ' ').slice(0, 30));
    }
  });
});

describe('policy parts', () => {
  it('cuts sentences at 。！？ and line breaks, not at ；', () => {
    expect(policySentences('我们收集姓名；以及手机号。\n第二句！Third one. And a fourth.').map((s) => s.text)).toEqual(['我们收集姓名；以及手机号。', '第二句！', 'Third one.', 'And a fourth.']);
  });

  it('finds SDK lists and names in tables, list items and prose, and not the SD card', () => {
    const s = (t: string) => policySentences(t);
    expect(policyLists(s('我们接入了以下第三方SDK：\nSDK名称 | 提供方 | 目的\n微信SDK | 某公司 | 分享')).sdk).toBeDefined();
    expect(policyLists(s('（1）小米推送SDK：为了推送通知，需要获取设备标识。\n我们使用了极光SDK。')).sdks).toEqual(['小米推送 SDK', '极光 SDK']);
    expect(policyLists(s('我们会读取SD卡中的照片。')).sdks).toEqual([]);
  });

  it('guesses an app type only with enough evidence', () => {
    expect(inferAppType('打车 叫车 司机 乘客 行程 打车 叫车 司机', '快车出行隐私政策')?.type).toBe('ride-hailing');
    expect(inferAppType('我们会收集您的手机号码。', '')).toBeUndefined();
  });
});
