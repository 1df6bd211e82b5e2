import type { PolicySentence } from './sentences';

/**
 * The structured lists a policy may carry (MIIT's 2021 "two lists": 个人信息收集清单 and
 * 第三方信息共享清单, and SDK lists). They are already a summary, so the digest shows them
 * first: where each list is, and the SDKs the policy names.
 */
export interface PolicyLists {
  /** Heading or link sentence of the collection list. */
  collection?: { start: number; end: number; text: string };
  /** Heading or link sentence of the third-party sharing list. */
  sharing?: { start: number; end: number; text: string };
  /** Heading of an SDK list, when there is one. */
  sdk?: { start: number; end: number; text: string };
  /** SDKs named in the text (at most 30), in order of first mention. */
  sdks: string[];
  /** Sentences that say what an SDK collects or may access (an SDK section, even without a table). */
  sdkStatements: number;
}

const COLLECTION_LIST = /(?:个人信息|個人資料|個人資訊|信息|資料)(?:收集|蒐集)(?:使用)?(?:清单|清單|列表|目录|目錄)|已收集(?:的)?个人信息清单|(?:list|inventory) of (?:the )?(?:personal )?(?:information|data) (?:we )?collect/i;
const SHARING_LIST = /(?:第三方|与第三方|與第三方)(?:信息|資料|个人信息|個人資料)?共享(?:个人信息)?(?:清单|清單|列表|目录|目錄)|共享(?:个人信息|個人資料)?(?:清单|清單)|list of (?:third[- ]part(?:y|ies)|partners|data sharing)/i;
const SDK_LIST = /sdk[^\n。]{0,12}?(?:清单|清單|列表|目录|目錄)|\bsdk list\b|\blist of (?:the )?(?:third[- ]party )?sdks\b/i;

/** A name that can stand before "SDK": 友盟+, 小米推送, 腾讯bugly, Firebase, MobTech的share (not 第三方, 该, 上述…). */
const NAME = String.raw`[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9+·._-]{0,15}`;
/**
 * SDK names, where policies name them: a table cell or a list item that is a name ending in
 * SDK ("微信SDK | …", "（1）小米推送SDK：…"), a name after 使用/集成/接入 ("我们使用了极光SDK"),
 * the items after "SDK名称：" and a quoted name after "第三方SDK" ("第三方SDK“个推”"), and a
 * capitalised name before "SDK" in English prose.
 */
const SDK_CELL = new RegExp(String.raw`(?:^|\|)\s*(?:[（(]?\d{1,2}[)）.、]\s*)?(${NAME}?)\s?sdk\s*(?=$|\||[：:，,（(])`, 'gi');
const SDK_USED = new RegExp(String.raw`(?:使用了?|集成了?|接入了?|嵌入了?|采用了?|包括|例如|如)\s?(?:第三方的?)?(${NAME}?)\s?sdk`, 'gi');
/** "…，友盟移动统计SDK需要获取…": a name that is the subject of what the SDK does. */
const SDK_SUBJECT = new RegExp(String.raw`[，,、：:；;]\s*(${NAME}?)\s?sdk(?=需要|需|会|會|将|將|可能|收集|获取|獲取|读取|讀取|用于|用於)`, 'gi');
const SDK_NAMED = /sdk(?:名称|名稱)[：:]\s*([^。；;\n]{2,200})/gi;
const SDK_QUOTED = /sdk\s?[“"「]([^”"」]{2,20})[”"」]/gi;
const SDK_NAME = /\b([A-Z][A-Za-z0-9.+-]*(?:\s[A-Z][A-Za-z0-9.+-]*){0,2})\s?SDK\b/g;
const NOT_A_NAME = /^(?:第三方|该|該|此|这些|這些|相关|相關|以下|上述|其他|其它|各类|各類|部分|合作伙伴|合作方|广告|統計|统计|推送|the|a|an|this|these|our|third[- ]party|such|any|some|its)$|^(?:我们|我們|您|你|如|若|在|对|對|和|及|与|與|上述|以下|通过|通過|的)|的$/i;
/** What an SDK does with data, in one sentence ("友盟SDK需要收集您的设备Mac地址"). */
const SDK_DOES = /收集|获取|獲取|读取|讀取|访问|訪問|权限|權限|共享|collects?|access|permission/i;
/** A table header that lists SDKs ("SDK名称 | 第三方机构名称 | 使用目的…"). */
const SDK_TABLE = /sdk\s?(?:名称|名稱|提供方|运营方)|第三方(?:机构|機構|公司)?名称|\bsdk name\b/i;

export function policyLists(sentences: readonly PolicySentence[]): PolicyLists {
  const lists: PolicyLists = { sdks: [], sdkStatements: 0 };
  const clause = (s: PolicySentence) => ({ start: s.start, end: s.end, text: s.text.slice(0, 160) });
  let lastSdk = -Infinity;
  sentences.forEach((s, i) => {
    // A table (cells split by |) just after a mention of SDKs lists them.
    if (/sdk/i.test(s.text)) lastSdk = i;
    if (!lists.sdk && i - lastSdk <= 6 && (s.text.match(/\|/g)?.length ?? 0) >= 2) lists.sdk = clause(sentences[lastSdk]!);
  });
  for (const s of sentences) {
    if (!lists.collection && COLLECTION_LIST.test(s.text)) lists.collection = clause(s);
    if (!lists.sharing && SHARING_LIST.test(s.text)) lists.sharing = clause(s);
    if (!lists.sdk && SDK_LIST.test(s.text)) lists.sdk = clause(s);
    if (lists.sdks.length >= 30) continue;
    if (!lists.sdk && SDK_TABLE.test(s.text)) lists.sdk = clause(s);
    if (/sdk/i.test(s.text) && SDK_DOES.test(s.text)) lists.sdkStatements++;
    const names: string[] = [];
    for (const re of [SDK_CELL, SDK_USED, SDK_SUBJECT, SDK_NAME]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) if (m[1]) names.push(m[1].trim());
    }
    SDK_QUOTED.lastIndex = 0;
    for (let m = SDK_QUOTED.exec(s.text); m; m = SDK_QUOTED.exec(s.text)) names.push(m[1]!.trim().replace(/\s?sdk$/i, ''));
    SDK_NAMED.lastIndex = 0;
    for (let m = SDK_NAMED.exec(s.text); m; m = SDK_NAMED.exec(s.text)) for (const part of m[1]!.split(/[、,，]|和|及/)) names.push(part.trim().replace(/\s?sdk$/i, ''));
    for (const name of names) {
      // Chinese names are short (友盟+, 腾讯广点通, 闪讯崩溃统计); a long run is a clause.
      const cjkOnly = !/[A-Za-z]/.test(name);
      if (name.length < 2 || name.length > (cjkOnly ? 8 : 16) || NOT_A_NAME.test(name) || /这些|這些|该|該|等$/.test(name)) continue;
      const key = `${name} SDK`;
      if (!lists.sdks.includes(key) && lists.sdks.length < 30) lists.sdks.push(key);
    }
  }
  return lists;
}
