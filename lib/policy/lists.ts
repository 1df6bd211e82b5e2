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
}

const COLLECTION_LIST = /(?:个人信息|個人資料|個人資訊|信息|資料)(?:收集|蒐集)(?:使用)?(?:清单|清單|列表|目录|目錄)|已收集(?:的)?个人信息清单|(?:list|inventory) of (?:the )?(?:personal )?(?:information|data) (?:we )?collect/i;
const SHARING_LIST = /(?:第三方|与第三方|與第三方)(?:信息|資料|个人信息|個人資料)?共享(?:个人信息)?(?:清单|清單|列表|目录|目錄)|共享(?:个人信息|個人資料)?(?:清单|清單)|list of (?:third[- ]part(?:y|ies)|partners|data sharing)/i;
const SDK_LIST = /(?:第三方)?sdk(?:[^\n]{0,12})?(?:清单|清單|列表|目录|目錄|说明|說明)|(?:接入|使用)(?:的)?第三方sdk|third[- ]party sdks?(?: list)?|sdk list/i;

/**
 * SDK names: a short line (a list item or a table cell) that is a name ending in "SDK"
 * (禾图地图定位 SDK, 友盟+ SDK), or a capitalised name before "SDK" in prose (Firebase SDK).
 */
const SDK_LINE = /^[\s\d.、)）(（-]*([\u4e00-\u9fffA-Za-z0-9+·.-][\u4e00-\u9fffA-Za-z0-9+·. -]{0,24}?)\s?SDK\s*$/i;
const SDK_NAME = /\b([A-Z][A-Za-z0-9.+-]*(?:\s[A-Z][A-Za-z0-9.+-]*){0,2})\s?SDK\b/g;
const NOT_A_NAME = /^(?:第三方|该|該|此|这些|這些|相关|相關|以下|上述|其他|各类|各類|the|a|an|this|these|our|third[- ]party|such|any|some)$|^(?:我们|我們|您|你|如|若|在|对|對|和|及|与|與|上述|以下)/i;

export function policyLists(sentences: readonly PolicySentence[]): PolicyLists {
  const lists: PolicyLists = { sdks: [] };
  const clause = (s: PolicySentence) => ({ start: s.start, end: s.end, text: s.text.slice(0, 160) });
  for (const s of sentences) {
    if (!lists.collection && COLLECTION_LIST.test(s.text)) lists.collection = clause(s);
    if (!lists.sharing && SHARING_LIST.test(s.text)) lists.sharing = clause(s);
    if (!lists.sdk && SDK_LIST.test(s.text)) lists.sdk = clause(s);
    if (lists.sdks.length >= 30) continue;
    const names: string[] = [];
    const line = s.text.length <= 40 ? SDK_LINE.exec(s.text) : null;
    if (line) names.push(line[1]!.trim());
    SDK_NAME.lastIndex = 0;
    for (let m = SDK_NAME.exec(s.text); m; m = SDK_NAME.exec(s.text)) names.push(m[1]!.trim());
    for (const name of names) {
      if (name.length < 2 || NOT_A_NAME.test(name) || /的$/.test(name)) continue;
      const key = `${name} SDK`;
      if (!lists.sdks.includes(key) && lists.sdks.length < 30) lists.sdks.push(key);
    }
  }
  return lists;
}
