import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { contextWindows, findingContext, joinContext, windowOf } from '../../lib/detect/context';
import { detectSteps } from '../../lib/detect/chunked';
import { detect } from '../../lib/detect/detect';
import { createMatcher } from '../../lib/detect/match';
import { compileLexicon } from '../../lib/lexicon/compile';
import { LEXICON_SOURCES } from '../../lib/lexicon';

const variants = (['t', 'tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const matcher = createMatcher(compileLexicon(LEXICON_SOURCES, variants));
const find = (text: string) => detect(text, matcher);
const summary = (text: string) => find(text).map((f) => `${f.category}:${f.term}${f.negated ? ':neg' : ''}`);

describe('product features', () => {
  it('take a face or biometric word in a price-list row or a camera spec line for no mention', () => {
    expect(summary('2024年智能门锁价格表\n· 安居S7 3D人脸识别 全自动 …… 2699元\n· 安居P9 指静脉+人脸 双摄猫眼 …… 3299元')).toEqual([]);
    expect(summary('Price list\nSmart deadbolt with fingerprint reader and Wi-Fi bridge ....... $189.00')).toEqual([]);
    expect(summary('对焦系统：493点相位对焦，支持人脸检测、眼部检测和动物眼部追焦')).toEqual([]);
  });
  it('take the "biometrics" of sports science for no mention, but keep biometric data of athletes', () => {
    expect(summary('Coaches now track the biometrics of young sprinters with force plates.')).toEqual([]);
    expect(summary('The league sold players\' biometric data to a betting firm, athletes say.')).toEqual(['biometric:biometric data']);
    expect(summary('The bank now asks for biometrics when you log in.')).toEqual(['biometric:biometrics']);
  });
  it('take how the brain tells faces apart for no mention, but keep face recognition named beside the brain', () => {
    expect(summary('大腦如何辨識臉孔？臉盲症的人很難認出熟人的臉。')).toEqual([]);
    expect(summary('科学家模仿大脑研发人脸识别算法，已在地铁站试用。')).toEqual(['face:人脸识别']);
  });
  it('keep them when the line acts on someone\'s data or is not a row', () => {
    expect(summary('· 门店入口采集顾客人脸 …… 2699元')).toContain('face:人脸');
    expect(summary('超市开通了刷脸支付，立减5元。')).toEqual(['face:刷脸支付']);
  });
});

describe('face', () => {
  it('flags 刷脸支付 as face', () => {
    expect(summary('超市开通了刷脸支付。')).toEqual(['face:刷脸支付']);
  });
  it('flags a collection verb acting on 人脸 in the same clause', () => {
    expect(summary('门店摄像头会抓拍顾客的人脸')).toEqual(['face:人脸']);
  });
  it('does not pair a verb and 人脸 across a sentence end', () => {
    expect(summary('我们收集反馈。人脸很美')).toEqual([]);
  });
  it('flags Traditional Chinese 人臉辨識 and OpenCC variants of Simplified terms', () => {
    expect(summary('社區門禁改用人臉辨識')).toEqual(['face:人臉辨識']);
    expect(summary('商場收集人臉資訊')).toEqual(['face:人臉資訊']);
  });
  it("reads a bond's face value after an owner as no face, and still flags the owner's face scanned", () => {
    expect(summary('They trade at a premium above their face value of $1,000.')).toEqual([]);
    expect(summary('The app scans their face when they pay.')).toEqual(['face:their face']);
  });

  it('flags English terms at word boundaries, plural included', () => {
    expect(summary('The store used facial recognition cameras.')).toEqual(['face:facial recognition']);
    expect(summary('Faceprints were stored.')).toEqual(['face:faceprint']);
    expect(summary('Surface recognition of patterns')).toEqual([]);
  });
  it('ignores face as a verb', () => {
    expect(summary('We face the music and collect feedback from users facing delays.')).toEqual([]);
  });
  it('ignores 撞臉 and 臉書 and camera face detection in Traditional text', () => {
    expect(summary('兩位明星撞臉，臉書上熱議。相機支援人臉偵測自動對焦。')).toEqual([]);
  });
});

describe('biometric', () => {
  it('flags fingerprints and voiceprints', () => {
    expect(summary('公司要求员工录入指纹打卡，并采集声纹。')).toEqual(['biometric:指纹打卡', 'biometric:声纹']);
  });
  it('ignores 指纹图谱 in a chemistry text and DNA fingerprinting', () => {
    expect(summary('该中药的指纹图谱显示……DNA fingerprinting was used in the lab.')).toEqual([]);
  });
});

describe('personal data', () => {
  it('needs a collection verb near the object', () => {
    expect(summary('个人信息')).toEqual([]);
    expect(summary('我们会收集您的手机号码和位置信息')).toEqual(['personal_data:手机号码', 'personal_data:位置信息']);
  });
  it('ignores 每个人信息 (每个/人/信息)', () => {
    expect(summary('我们会收集每个人信息化建设的意见')).toEqual([]);
  });
  it('takes a bare English trait word that a weak verb asks of its owner: "wants my fingerprint", not "knew my face"', () => {
    expect(summary('My new job wants my fingerprint to clock in.')).toEqual(['biometric:fingerprint']);
    expect(summary('Our school demands students\' fingerprints for the canteen.')).toEqual(['biometric:fingerprints']);
    expect(summary('The gym asked for my fingerprint at sign-up.')).toEqual(['biometric:fingerprint']);
    expect(summary('He knew my face at once.')).toEqual([]);
    expect(summary('She wants her face on the poster.')).toEqual([]);
  });
  it('pairs English verbs with objects after them', () => {
    expect(summary('We collect your phone number and precise location.')).toEqual([
      'personal_data:phone number',
      'personal_data:precise location',
    ]);
  });
  it('takes the head item of each list line under a lead-in with an action, not the rest of the line', () => {
    const popup = '为向您提供服务，我们将申请以下权限：\n· 位置信息：用于匹配附近门店；\n· 通讯录：用于邀请好友；\n· 相册：用于选择头像。';
    expect(summary(popup)).toEqual(['personal_data:位置信息', 'personal_data:通讯录', 'personal_data:相册']);
    // A line whose purpose names an action of its own ("用于上传评价图片") ends the list (clauses.ts:
    // blockAt), so its head item is not taken: a known gap.
    expect(summary('我们将申请以下权限：\n· 通讯录：用于邀请好友；\n· 相册：用于上传评价图片。')).toEqual(['personal_data:通讯录']);
    // No action in the lead-in: a résumé template lists headings, not data being taken.
    expect(summary('简历模板：\n· 姓名\n· 手机号码\n· 教育经历')).toEqual([]);
  });
  it('reads lists bulleted with the katakana middle dot (・) as Taiwan and Hong Kong pages write them', () => {
    expect(summary('「好食光」要求存取：\n・相片：上傳餐點照片\n・通訊錄：邀請朋友')).toEqual(['personal_data:相片', 'personal_data:通訊錄']);
    expect(summary('「好食光」要求存取：\n-相片：上傳餐點照片\n・通訊錄：邀請朋友')).toEqual(['personal_data:相片', 'personal_data:通訊錄']);
    // A head with a possessive before it ("・你的位置：…") is not taken: a known gap.
  });
  it('takes a permission request, data passed to someone, and data linked or combined with other records', () => {
    expect(summary('这个记账App要求开启通讯录和短信权限')).toEqual(['personal_data:通讯录', 'personal_data:短信']);
    expect(summary('一装就要通讯录和短信权限，不给就闪退')).toEqual(['personal_data:通讯录', 'personal_data:短信']);
    expect(summary('中介让我把身份证正反面发给他')).toEqual(['personal_data:身份证正反面']);
    expect(summary("Your palm print is linked to your medical record number.")).toContain('personal_data:medical record number');
    // 开启 alone is a switch the reader flips, not a request: 您可以开启或关闭位置权限.
    expect(summary('您可以在设置中开启位置信息')).toEqual([]);
    // 关联 is a verb only as 关联其/关联到: 关联公司 names a company.
    expect(summary('我们的关联公司位置信息')).toEqual([]);
  });
  it('reads person context in Traditional text whose characters fold only in part (閉路電視 -> 闭路电視)', () => {
    expect(summary('管理處將向警方提供大堂的閉路電視錄影片段。')).toEqual(['personal_data:閉路電視錄影']);
    // 影像 alone is not taken: blind writers differ on whether CCTV footage names a person's data.
    expect(summary('路口的科技執法設備會拍攝車牌，也會錄下駕駛人的影像')).toEqual(['personal_data:車牌']);
  });
  it('takes photos of a home as a person\'s data, and photographs of faces in a gallery as nothing', () => {
    expect(summary('它的摄像头会把家里的画面上传云端')).toEqual(['personal_data:家里的画面']);
    expect(summary("The gallery pairs self-portraits with photographs of faces by contemporary artists.")).toEqual([]);
  });
  it('reads a passport photo as the face it is compared with, not a second kind of data', () => {
    expect(summary('a camera will capture an image of your face and match it against your passport photo')).toEqual(['face:your face', 'face:passport photo']);
    expect(summary('Scan your passport at the kiosk.')).toEqual(['personal_data:passport']);
  });
  it('takes a liveness prompt (blink, turn the head) as a face check, and not the idiom 一眨眼', () => {
    expect(summary('When the circle turns green, blink twice and slowly turn your head to the left.')).toEqual(['face:blink twice', 'face:slowly turn your head']);
    expect(summary('请根据提示完成眨眼、张嘴动作')).toEqual(['face:眨眼、张嘴']);
    expect(summary('一眨眼的功夫，孩子就长大了，转头就上了大学')).toEqual([]);
    expect(summary('戴口罩的時候我還是比較習慣用臉解鎖')).toEqual(['face:用臉解鎖']);
    expect(summary('本公司將一併銷毀其唾液樣本與DNA資料')).toEqual(['biometric:唾液樣本', 'biometric:dna資料']);
  });
  it('takes fingerprints and faces used to pay or added on a device', () => {
    expect(summary('啟用指紋付款？之後結帳只要輕觸指紋即可完成')).toEqual(['biometric:指紋', 'biometric:指紋']);
    expect(summary('To add a fingerprint, go to Settings.')).toEqual(['biometric:fingerprint']);
  });
  it('does not take 个人信息保护法 as a mention', () => {
    expect(summary('根据个人信息保护法的规定')).toEqual([]);
  });
});

describe('negation', () => {
  it('marks 我们不会收集您的人脸信息 as declared-not', () => {
    expect(summary('我们不会收集您的人脸信息。')).toEqual(['face:人脸信息:neg']);
  });
  it('marks "we do not collect biometric data" as declared-not', () => {
    expect(summary('We do not collect biometric data.')).toEqual(['biometric:biometric data:neg']);
  });
  it('does not take 未经同意 or 不知情 as negation', () => {
    expect(summary('商家未经同意采集人脸信息')).toEqual(['face:人脸信息']);
    expect(summary('在顾客不知情的情况下收集人脸')).toEqual(['face:人脸']);
  });
  it("gives a list's last item the verb and negation of the items before it, not a verb further off", () => {
    expect(summary('第五条 信息共享：未经您的单独同意，我们不会向任何第三方提供您的身份证件号码、银行卡号及征信报告。')).toEqual([
      'personal_data:身份证件号码:neg',
      'personal_data:银行卡号:neg',
      'personal_data:征信报告:neg',
    ]);
  });
  it('does not take 包括但不限于 ("including but not limited to") as negation', () => {
    expect(summary('需获取包括但不限于填写手机号码')).toEqual(['personal_data:手机号码']);
    expect(summary('我们不限于收集您的手机号码')).toEqual(['personal_data:手机号码']);
    expect(summary('我们不会收集您的手机号码')).toEqual(['personal_data:手机号码:neg']);
  });
  it('pairs a far verb after a passive or a partner marker, with the negation before the marker', () => {
    expect(summary('行程记录和支付信息被一家第三方数据公司打包出售')).toEqual(['personal_data:行程记录', 'personal_data:支付信息']);
    expect(summary('閣下的交易紀錄及信用卡號碼可能會與本公司的支付服務供應商共用')).toEqual(['personal_data:交易紀錄', 'personal_data:信用卡號']);
    expect(summary('您的个人信息不会被任何第三方出售')).toEqual(['personal_data:个人信息:neg']);
    expect(summary('您的個人資料不會與任何第三方共享')).toEqual(['personal_data:個人資料:neg']);
    expect(summary('您的个人信息不会向任何第三方提供')).toEqual(['personal_data:个人信息:neg']);
    expect(summary('病历等健康信息仅向患者本人或经书面授权的家属提供')).toEqual(['personal_data:病历', 'personal_data:健康信息']);
    expect(summary('物业还让每户把身份证号和全家人脸照片交到物业办公室')).toEqual(['personal_data:身份证号', 'face:人脸照片']);
    // Without a marker the verb must stand close: 6 characters.
    expect(summary('支付信息相关的一家第三方数据公司出售')).toEqual([]);
  });
  it('takes the negation of a term\'s verb after it, in the same clause only', () => {
    expect(summary('首次使用者需至註冊櫃檯登錄；自明年起，指紋資料將不再強制採集。')).toEqual(['biometric:指紋資料:neg']);
    expect(summary('Facial recognition will not be used at the stadium.')).toEqual(['face:facial recognition:neg']);
    expect(summary('人脸识别技术已被广泛使用')).toEqual(['face:人脸识别技术']);
  });
  it('takes a sign-up form\'s fields as data asked for, and a résumé template\'s blanks as nothing', () => {
    expect(summary('Patient portal registration — Full name*, Date of birth*, Mobile number (optional).')).toEqual(['personal_data:full name', 'personal_data:date of birth', 'personal_data:mobile number']);
    expect(summary('會員註冊｜手機號碼（必填）')).toEqual(['personal_data:手機號碼']);
    expect(summary('注册即表示您同意《隐私政策》。手机号：________')).toEqual(['personal_data:手机号']);
    expect(summary('履歷表範本｜姓名：＿＿＿＿　出生日期：＿＿＿＿')).toEqual([]);
  });
  it("takes a specific data word the reader or writer owns as a mention, with no verb: 我的手机号, your home address", () => {
    expect(summary('我的手机号一直收到骚扰短信')).toEqual(['personal_data:手机号']);
    expect(summary('也可以通过本人手机号码注册')).toEqual(['personal_data:手机号码']);
    expect(summary('根据你的搜索记录、浏览记录、所在位置推算出来的')).toEqual(['personal_data:搜索记录', 'personal_data:浏览记录', 'personal_data:所在位置']);
    expect(summary('Most sites estimate your rough location from the request')).toEqual(['personal_data:location']);
    expect(summary('Find your nearest location today.')).toEqual([]);
    expect(summary('这个App会一直显示您的精确位置')).toEqual(['personal_data:精确位置']);
    expect(summary('民警提醒孩子们记住父母的电话，不跟陌生人走')).toEqual([]);
    expect(summary('Is that your home address on the flyer?')).toEqual(['personal_data:home address']);
    // A breadcrumb ("您的位置：首页") and everyday words (我的照片 needs a verb) are not.
    expect(summary('您的位置：首页 > 新闻中心')).toEqual([]);
    expect(summary('这是我的照片墙')).toEqual([]);
  });
  it('reads 不…就… as a condition, not a negation: 不录指纹就按违约处理', () => {
    expect(summary('不录指纹就按违约处理')).toEqual(['biometric:录指纹']);
    expect(summary('This car park is monitored by number plate recognition cameras.')).toEqual(['personal_data:number plate recognition']);
  });
  it('gives the items of one verb one negation, however far the first item stands from the second', () => {
    expect(summary('本公司不會將您的通話紀錄及基地台位置資料提供予第三人')).toEqual(['personal_data:通話紀錄:neg', 'personal_data:位置資料:neg']);
    expect(summary('我们会收集您的姓名，不会收集身份证号')).toEqual(['personal_data:姓名', 'personal_data:身份证号:neg']);
  });
  it('reads a negation with a means phrase between it and the verb: 不会通过Cookie收集', () => {
    expect(summary('我们不会通过Cookie收集您的姓名或联系方式')).toEqual(['personal_data:姓名:neg', 'personal_data:联系方式:neg']);
    expect(summary('我们通过Cookie收集您的浏览记录')).toEqual(['personal_data:浏览记录']);
  });
  it('handles the object-first order: 个人信息不会被出售', () => {
    expect(summary('您的个人信息不会被出售')).toEqual(['personal_data:个人信息:neg']);
  });
});

describe('offsets', () => {
  it('point at the exact original characters, through zero-width and full-width text', () => {
    const text = '本店已启用人\u200b脸\u200b识别，ＦＡＣＥ ＩＤ 也可以。';
    for (const f of find(text)) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(find(text).map((f) => f.match)).toEqual(['人\u200b脸\u200b识别', 'ＦＡＣＥ ＩＤ']);
  });
  it('gives the sentence around a mention', () => {
    const [f] = find('第一句话。商场用人脸识别统计客流。第三句。');
    expect(f!.sentence).toBe('商场用人脸识别统计客流。');
  });
});

describe('context for the story query', () => {
  const at = (start: number, end: number, negated = false) => ({ start, end, negated });

  it('takes text on both sides of counted findings, merging windows that overlap', () => {
    const text = 'a'.repeat(1000);
    const windows = contextWindows(text, [at(600, 610), at(100, 110), at(300, 310), at(900, 905, true)], 100);
    expect(windows.map((w) => [w.start, w.end])).toEqual([
      [0, 410],
      [500, 710],
    ]);
    expect(windowOf(windows, at(605, 606))?.start).toBe(500);
    expect(windowOf(windows, at(450, 451))).toBeUndefined();
  });

  it('leaves out negated findings, collapses whitespace and caps the total', () => {
    const text = '第一句话。\n\n商场   用人脸识别统计客流。我们不会收集您的指纹。';
    const findings = find(text);
    expect(findings.some((f) => f.negated)).toBe(true);
    const context = findingContext(text, findings);
    expect(context).toContain('商场 用人脸识别统计客流');
    expect(findingContext(text, findings.filter((f) => f.negated))).toBe('');
    expect(joinContext(['甲'.repeat(30), '乙'.repeat(30), '甲'.repeat(30)], 40)).toBe(`${'甲'.repeat(30)}\n${'乙'.repeat(9)}`);
  });
});

describe('detection in pieces', () => {
  it('cuts a long run without line breaks at sentence ends, so no piece is huge, with the same findings', () => {
    const text = '今天天气很好。'.repeat(20_000) + '门店使用人脸识别。' + '今天天气很好。'.repeat(20_000);
    const steps = detectSteps(text, matcher, { chunkChars: 16_384 });
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // One piece per ~16,384 characters (the old cut waited for a line break: one 280,000-character piece).
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 16_384) - 1);
    expect(r.value.map((f) => [f.term, f.start])).toEqual(find(text).map((f) => [f.term, f.start]));
  });

  it('folds Cyrillic and Greek lookalikes to Latin letters: "facial recognitіоn" is still found', () => {
    expect(summary('The store uses facial recognitіоn at its doors.')).toContain('face:facial recognition');
  });
});
