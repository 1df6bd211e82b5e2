import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { CR_OF_ITEM, RULES } from '../../lib/eval/checklist-eval';
import { CHECKLIST_ITEMS, classifySentences, foldSentence, oneTopicEach, sentenceItems, sentenceReasons, type ChecklistItem } from '../../lib/policy/checklist';

/**
 * Sentences written for these tests (none comes from a benchmark): for each item, ones
 * that say it (zh-Hans, zh-Hant, en) and ones that must not count as it.
 */
const CASES: Record<ChecklistItem, { yes: string[]; no: string[] }> = {
  updated: {
    yes: ['最近更新日期：2024年5月10日', '本政策生效日期：2023年12月1日', 'Last updated: March 3, 2024'],
    no: ['我们会在15个工作日内回复您的请求', '我们会在本政策更新后通过站内信通知您'],
  },
  scope: {
    yes: ['本隐私政策适用于我们提供的全部移动应用和网站服务', '本隱私權政策適用於本公司所有產品與服務', 'This privacy policy applies to all of our apps and websites.'],
    no: ['我们会在您注销账号后删除您的个人信息'],
  },
  controller: {
    yes: ['本应用由杭州星河数码科技有限公司（以下简称“我们”）开发和运营', '本服務由台北光點資訊股份有限公司（以下簡稱「我們」）營運', 'The controller of your personal data is Example Apps Ltd.'],
    no: ['我们可能会与支付服务商共享您的订单信息', '我们会收集您的设备型号'],
  },
  contact: {
    yes: ['如您对本政策有任何疑问，请发送邮件至privacy@example.com与我们联系', '如有任何問題，請撥打客服電話 02-2345-6789 與我們聯繫', 'If you have questions, contact us at privacy@example.com.'],
    no: ['我们会收集您的手机号码和电子邮箱地址用于注册', '我们仅在实现目的所需的最短期限内保存您的个人信息'],
  },
  children: {
    yes: ['若您是未满14周岁的儿童，请在监护人的陪同和同意下使用本服务', '若您未滿14歲，應在父母或監護人同意後方可使用本服務', 'If you are under 14, you must get consent from your parent or guardian before using the app.'],
    no: ['我们仅在实现目的所需的最短期限内保存您的个人信息', '我们会使用加密技术保护您的数据'],
  },
  consent: {
    yes: ['请您在使用我们的服务前仔细阅读并充分理解本政策，确认同意后再开始使用', '請您在使用本服務前仔細閱讀並充分理解本政策', 'By using our services, you agree to this privacy policy.'],
    no: ['未经您的同意，我们不会向第三方共享您的个人信息', '如您是未成年人，请在监护人仔细阅读本政策并同意后使用'],
  },
  changes: {
    yes: ['如本政策发生重大变更，我们会通过弹窗或站内信的方式通知您', '本政策如有重大變更，我們將以推播或電子郵件通知您', 'We will notify you of material changes to this policy by email.'],
    no: ['更新日期：2024年1月1日', '您可以随时撤回您的同意'],
  },
  withdraw: {
    yes: ['您可以在系统设置中关闭相应权限，撤回对我们收集该信息的授权', '您可以隨時撤回您的同意', 'You can withdraw your consent at any time in the app settings.'],
    no: ['我们会部署访问控制机制保护您的信息', '您可以在设置中关闭个性化推荐'],
  },
  'personalised-off': {
    yes: ['如您不希望接收个性化推荐，可在“设置-隐私”中关闭个性化推荐开关', '如您不希望看到個人化廣告，可以在設定中關閉此功能', 'You can turn off personalized recommendations in Settings.'],
    no: ['我们会根据您的浏览记录为您推荐可能感兴趣的商品', '若您拒绝提供位置信息，我们将无法向您推送附近的活动'],
  },
  rights: {
    yes: ['您可以通过发送邮件的方式，向我们提出查询、更正、删除您个人信息的请求', 'You may submit a request to access or delete your personal data.', '您可以在“我的-账号设置”中查阅、更正或删除您的个人信息', '您有權查閱、更正或刪除您的個人資料', 'You have the right to access, correct or delete your personal data.'],
    no: ['我们会对您的信息进行加密存储', '我们会部署访问控制机制，确保只有授权人员才可访问个人信息'],
  },
  purposes: {
    yes: ['我们收集您的位置信息，用于为您推荐附近的门店', '我們會使用您的手機號碼，以便向您發送驗證碼', 'We use your email address to send you order confirmations.'],
    no: ['我们的客服电话是400-123-4567', '我们会与物流公司共享您的收货地址，以便完成配送'],
  },
  personalised: {
    yes: ['我们会根据您的浏览记录和搜索偏好，向您推荐可能感兴趣的商品', '我們會依據您的使用習慣提供個人化推薦內容', 'We show personalized ads based on your interests.'],
    no: ['如您不希望接收个性化推荐，可在设置中关闭', '我们会为您提供个性化贴纸工具'],
  },
  'data-types': {
    yes: ['我们会收集您的手机号码、设备型号和IP地址', '我們會蒐集您的姓名、電話號碼及電子郵件地址', 'We collect your name, phone number and device identifiers.'],
    no: ['我们会在本政策更新后通知您', '我们会与合作伙伴共享您的手机号码'],
  },
  retention: {
    yes: ['我们仅在为实现本政策所述目的所必需的最短期限内保存您的个人信息', '您的個人資料將保存至您註銷帳號後六個月', 'We retain your data for as long as your account is active.'],
    no: ['我们会使用加密技术保护您的个人信息', '若您是未满14周岁的儿童，请在监护人同意下使用'],
  },
  security: {
    yes: ['我们采用SSL加密传输和严格的访问控制机制保护您的个人信息安全', '我們會以加密技術保護您的個人資料', 'We use encryption and access controls to protect your information.'],
    no: ['我们将在您注销账号后6个月内删除您的个人信息', '如发生个人信息安全事件，我们将以邮件告知您'],
  },
  sensitive: {
    yes: ['身份证号码属于敏感个人信息，请您谨慎提供', '您的生物辨識資料屬於敏感個人資料', 'Your precise location is sensitive personal information.'],
    no: ['我们会收集您的昵称和头像', '我们不会向第三方共享您的敏感个人信息'],
  },
  incident: {
    yes: ['如不幸发生个人信息安全事件，我们将及时以邮件或推送通知的方式告知您', '若發生個人資料安全事件，我們將依法通知您', 'If a data breach occurs, we will notify you without undue delay.'],
    no: ['我们制定了安全事件应急预案，并定期组织演练', '我们会通过站内信通知您政策的重大变更'],
  },
  sharing: {
    yes: ['我们会与物流公司共享您的收货地址和电话，以便完成配送', '我們會與合作夥伴分享您的訂單資訊', 'We share your order details with our delivery partners.'],
    no: ['我们不会与任何第三方共享您的个人信息', '三、我们如何共享、转让、公开披露您的个人信息'],
  },
  'sharing-consent': {
    yes: ['我们可能会在您的同意下共享您的个人信息', '向我们的关联方、第三方共享您的个人信息，需经过您的授权同意', '除非经过您的同意，否则我们不会向任何人提供您的敏感个人信息', '未经您的同意，我们不会向第三方共享您的个人信息', '經您同意後，我們才會與第三方分享您的資料', 'We will not share your information with third parties without your consent.'],
    no: ['我们会与物流公司共享您的收货地址', '我们在征得您的同意后收集您的通讯录'],
  },
  recipients: {
    yes: ['我们会向第三方支付机构提供您的订单号和支付金额', '我們會將您的資料提供給合作的物流業者', 'We share data with our service providers and advertisers.'],
    no: ['我们不会出售您的个人信息', '我们会收集您的设备信息'],
  },
  'sharing-purpose': {
    yes: ['当您使用打车服务时，我们会向网约车平台共享您的手机号码和位置信息', '在实名认证的过程中，我们会向认证服务机构提供您的姓名和身份证号码', '我们会与物流公司共享您的收货地址，以便完成商品配送', '為了完成付款，我們會與支付機構分享您的訂單資訊', 'We share your address with couriers to deliver your order.'],
    no: ['我们不会与第三方共享您的信息', '我们收集您的位置信息，用于为您推荐附近的门店'],
  },
  'shared-data': {
    yes: ['我们会向合作伙伴提供您的设备标识符和IP地址', '我們會與合作夥伴分享您的電話號碼', 'We share your email address and device ID with analytics partners.'],
    no: ['我们会与合作伙伴共享必要的信息', '我们会收集您的手机号码'],
  },
  abroad: {
    yes: ['您的个人信息可能会被传输至境外的服务器进行存储', '您的個人資料將傳輸至境外的伺服器', 'Your data may be transferred to and stored on servers outside China.', '您的订单信息将传输至新加坡的服务器进行存储', '您的资料会储存于中国大陆以外的伺服器', '您的订单资料会传输至日本的资料中心备份'],
    no: ['我们不会将您的个人信息传输至境外', '我们在中国境内收集的个人信息存储在中国境内'],
  },
  'abroad-consent': {
    yes: ['如需向境外传输您的个人信息，我们会单独征得您的同意', '向境外傳輸前，我們會徵得您的單獨同意', 'We will ask for your consent before transferring data abroad.'],
    no: ['您的个人信息存储在中国境内', '未经您的同意，我们不会向第三方共享您的个人信息'],
  },
  'abroad-purpose': {
    yes: ['为完成跨境订单的清关，我们需要将您的身份信息传输至境外商家', '為了提供國際漫遊服務，我們需要將您的資料傳送至境外合作方', 'We transfer data overseas to provide customer support.', '因业务需要，我们会将您的订单信息传输至境外'],
    no: ['我们不会将您的信息传输至境外', '我们会与物流公司共享您的收货地址，以便完成配送'],
  },
  'abroad-protection': {
    yes: ['我们会通过签订标准合同等措施，确保境外接收方对您的个人信息提供足够的保护', '跨境傳輸時，我們會採取加密等安全措施保護您的資料', 'Transfers abroad are protected by standard contractual clauses.'],
    no: ['我们会采取加密措施保护您的信息', '如需向境外传输您的个人信息，我们会征得您的同意'],
  },
  complaints: {
    yes: ['如您认为我们的处理行为损害了您的合法权益，您可以向网信部门投诉', '您亦可向主管機關提出申訴', 'You may lodge a complaint with a supervisory authority.'],
    no: ['我们会收集您的设备信息', '您可以随时撤回您的同意'],
  },
};

describe('sentence checklist (lib/policy/checklist)', () => {
  it('has one item per benchmark rule, plus complaints', () => {
    expect(CHECKLIST_ITEMS).toHaveLength(27);
    expect(new Set(Object.values(CR_OF_ITEM))).toEqual(new Set(RULES));
    expect(Object.keys(CR_OF_ITEM).sort()).toEqual(CHECKLIST_ITEMS.filter((i) => i !== 'complaints').sort());
  });

  for (const item of CHECKLIST_ITEMS) {
    const { yes, no } = CASES[item];
    it(`${item}: found in zh-Hans, zh-Hant and English sentences that say it`, () => {
      for (const s of yes) expect(sentenceItems(s), s).toContain(item);
    });
    it(`${item}: not found in sentences about something else`, () => {
      for (const s of no) expect(sentenceItems(s), s).not.toContain(item);
    });
  }

  it('finds nothing in a sentence that says none of them, and is deterministic', () => {
    expect(sentenceItems('今天天气很好，适合出门散步')).toEqual([]);
    expect(sentenceItems('The weather is nice today.')).toEqual([]);
    const s = CASES.sharing.yes[0]!;
    expect(sentenceItems(s)).toEqual(sentenceItems(s));
  });

  it('names the rule behind each item', () => {
    expect(sentenceReasons(CASES.retention.yes[0]!)).toContainEqual({ item: 'retention', reason: 'retention-period' });
    for (const r of sentenceReasons(CASES.contact.yes[0]!)) expect(r.reason).toMatch(/^[a-z-]+$/);
  });

  it('folds the Traditional forms of every Chinese character in its patterns', () => {
    const src = readFileSync(join(import.meta.dirname, '../../lib/policy/checklist.ts'), 'utf8');
    // The Simplified characters (the Traditional ones of EXTRA_FOLDS fold to others).
    const chars = [...new Set(src.match(/[\u4e00-\u9fff]/g))].filter((c) => foldSentence(c) === c);
    expect(chars.length).toBeGreaterThan(300);
    const convs = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const missed = chars.filter((c) => convs.some((cv) => foldSentence(cv(c)) !== c));
    expect(missed).toEqual([]);
  });

  it('reads a zh-Hans sentence and its Taiwan wording alike', () => {
    const twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    for (const item of CHECKLIST_ITEMS) {
      const s = CASES[item].yes[0]!;
      expect(sentenceItems(twp(s)), `${item}: ${twp(s)}`).toContain(item);
    }
  });

  it('in a run of sentences, keeps one topic for a sentence whose items span two: the one its neighbours share', () => {
    const both = '如您需要注销账号，可拨打客服电话400-123-4567联系我们。';
    expect(sentenceItems(both)).toEqual(['contact', 'rights']);
    const amongRights = ['您可以在“设置-账号”中删除您的个人信息或注销账号。', both, '您可以随时更正您的个人信息。'];
    const amongContacts = ['我们的联系电话：010-12345678。', both, '我们的邮箱是privacy@example.com。'];
    expect(classifySentences(amongRights)).toEqual([['rights'], ['rights'], ['rights']]);
    expect(classifySentences(amongContacts)).toEqual([['contact'], ['contact'], ['contact']]);
    // Alone, the tie goes to the first topic in the benchmark's order (controller and contact before rights).
    expect(classifySentences([both])).toEqual([['contact']]);
  });

  it('leaves single-topic sentences and complaints as they are', () => {
    const items: ChecklistItem[][] = [['purposes', 'data-types', 'sensitive'], [], ['rights', 'complaints'], ['sharing', 'recipients']];
    expect(oneTopicEach(items)).toEqual(items);
    // Two sharing neighbours (1/2 + 1/4) outweigh one about collection (1/2).
    expect(oneTopicEach([['sharing'], ['sharing'], ['purposes', 'sharing'], ['purposes']])).toEqual([['sharing'], ['sharing'], ['sharing'], ['purposes']]);
  });

  it('reads a transfer to a named country as abroad, unless the sentence says it does not happen; Taiwan and Hong Kong are no country abroad', () => {
    const s = '身分證統一編號僅提供給國內的報關業者及海關，不會傳輸給日本供應商。';
    expect(sentenceItems(s)).toEqual(expect.arrayContaining(['sharing', 'recipients']));
    expect(sentenceItems(s)).not.toContain('abroad');
    expect(sentenceItems('我们会将订单资料提供给位于台湾的物流合作伙伴')).not.toContain('abroad');
  });
});
