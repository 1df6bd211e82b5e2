import type { DataType } from '../lexicon/data-types';
import type { ChecklistItem } from './checklist';
import type { Jurisdiction } from './jurisdiction';
import type { PolicyLists } from './lists';
import type { PolicySentence } from './sentences';

/**
 * Flags: what a policy shows (or fails to show) that the law restricts. Each flag is a law
 * rule id in lib/law/data (its law, article and what it requires are shown beside it) and
 * the clauses it rests on. Flags are read against mainland law (PIPL and its measures);
 * other jurisdictions get their notice checklist only.
 *
 * Every flag is a rule with a reason a reader can check in the clauses shown; where a flag
 * is about something missing, the clauses are those that raise the question (the sensitive
 * data collected, the mention of SDKs) and the flag says what was not found.
 */
export const FLAG_IDS = [
  'cn-pipl-29-separate-consent',
  'cn-pipl-30-necessity-impact',
  'cn-face-2025-alternative',
  'cn-pipl-19-retention',
  'cn-pipl-38-abroad-conditions',
  'cn-sdk-list',
  'cn-pipl-31-children',
  'cn-pipl-17-no-controller',
  'cn-consent-by-use',
  'cn-device-data-is-pi',
  'cn-necessary-scope-bundling',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface Clause {
  start: number;
  end: number;
  text: string;
}

export interface PolicyFlag {
  id: FlagId;
  /** What was found or not found, as a short code the popup words: missing, vague, found. */
  finding: 'missing' | 'vague' | 'found';
  clauses: Clause[];
}

/** What the flags read: the policy's sentences with their checklist items, and what it collects. */
export interface FlagInput {
  text: string;
  sentences: readonly PolicySentence[];
  items: ReadonlyArray<readonly ChecklistItem[]>;
  jurisdiction: Jurisdiction;
  /** Data types the policy says it collects (not negated), with the clauses saying so. */
  collected: ReadonlyMap<DataType, readonly Clause[]>;
  sensitiveCollected: readonly DataType[];
  lists: PolicyLists;
  /** Whether any statement sends data abroad. */
  abroad: boolean;
  /** Data types collected beyond the inferred app type's necessary scope, or null when no type was inferred. */
  beyondNecessary: readonly DataType[] | null;
  /** Data types the policy's claims name in [start, end). */
  typesIn: (start: number, end: number) => readonly DataType[];
}

const SEPARATE_CONSENT = /单独(?:的)?(?:同意|授权)|單獨(?:的)?(?:同意|授權)|另行(?:征得|取得|获取|獲取)|separate(?:ly)? consent|explicit consent/i;
const NECESSITY = /必要性|必要的原因|必要原因|why (?:it is|this is) necessary|necessity/i;
const IMPACT = /(?:对|對)(?:您|你|个人|個人)(?:的)?(?:个人|個人)?(?:权益|權益)(?:的|造成的)?影响|(?:对|對)(?:您|你)(?:的)?(?:权益|權益)(?:产生|造成)|impact on (?:you|your rights)/i;
const FACE_ALTERNATIVE = /(?:其他|其它|替代|非人脸|非人臉|别的|另外的)(?:的)?(?:验证|驗證|认证|認證|身份验证|身份驗證|核验|核驗|方式|方法|途径|途徑|选择|選擇)|也可(?:以)?(?:选择|選擇)?(?:通过|通過|使用)(?:其他|其它|人工|密码|密碼|短信|证件|證件)|人工(?:审核|審核|核验|核驗|验证|驗證)|\balternative\b|\binstead of (?:face|facial)/i;
const FACE_CONTEXT = /人脸|人臉|面部|刷脸|刷臉|脸部|臉部|\bfac(?:e|ial)\b/i;
const CONCRETE_PERIOD =
  /\d+\s*(?:个|個)?\s*(?:年|月|天|日|小时|小時|周|週|工作日)|[一二三四五六七八九十两兩半]+\s*(?:个|個)?\s*(?:年|月|天|日|周|週|工作日)|(?:注销|註銷|删除|刪除|关闭|關閉)(?:您的)?(?:账号|账户|帐号|帐户|帳號|帳戶)(?:后|後|时|時|之日|之后|之後)|(?:账号|账户|帐号|帳號|帳戶)(?:注销|註銷|删除|刪除)(?:后|後|时|時|之日)|(?:最长|最長|不超过|不超過|至少|不少于|不少於)[^。；;]{0,8}(?:\d|[一二三四五六七八九十])|\b\d+\s*(?:years?|months?|days?|hours?)\b|\b(?:one|two|three|six|twelve)\s+(?:years?|months?|days?)\b|\b(?:after|when) (?:you )?(?:delete|close) (?:your )?account\b|\buntil you delete\b/i;
/** A sentence about keeping or deleting data (where a retention period is stated, if anywhere). */
const RETAIN_WORD = /保存|保留|存储|儲存|删除|刪除|匿名化|\bretain|\bkeep|\bdelete|\berase/i;
/** "SDK" as a word (not the SD card: "SD卡"). */
const SDK_WORD = /sdk(?!卡)/i;
const CHILD_DATA = /(?:不满|未满|不滿|未滿|under (?:the age of )?)\s*(?:14|十四)|儿童|兒童|\bchild(?:ren)?\b/i;
const CONSENT_BY_USE =
  /(?:一旦|如果|若|只要|当|當)?(?:您|你|用户|用戶)?(?:开始|開始|继续|繼續)?(?:使用|访问|訪問|下载|下載|注册|註冊)[^。；;\n]{0,40}?(?:即|就|则|則|均)?(?:视为|視為|表示|意味着|意味著|代表)(?:您|你)?(?:已)?(?:经)?(?:充分)?(?:阅读|閱讀|理解|知悉)?[^。；;\n]{0,10}?(?:同意|接受|认可|認可)|\bby (?:using|accessing|continuing to use)\b[^.;\n]{0,60}\b(?:you (?:agree|consent|accept)|you are (?:agreeing|consenting))/i;
const DEVICE_NOT_PI =
  /(?:设备|設備|日志|日誌|log|device|cookie)[^。；;\n]{0,40}?(?:不属于|不屬於|并非|並非|不是|不构成|不構成|不视为|不視為)(?:您的)?(?:个人信息|個人資料|個人資訊)|(?:非个人信息|非個人資料)[^。；;\n]{0,20}(?:设备|設備|日志|日誌)|\b(?:device|log|usage) (?:data|information)\b[^.;\n]{0,40}\b(?:is|are) not personal (?:data|information)\b/i;
const BUNDLING =
  /(?:如|若|如果|一旦)(?:您|你)(?:不同意|拒绝|拒絕|不提供|不授权|不授權)[^。；;\n]{0,50}?(?:将|將|则|則|会|會|可能)?(?:无法|無法|不能|不得)(?:正常)?(?:使用|注册|註冊|继续使用|繼續使用|享受)(?:我们的|我們的|本)?(?:产品|產品|服务|服務|软件|軟體|應用|应用|app|平台)(?:(?:及|和|与|與)(?:相关|相關)?(?:服务|服務))?(?=[。；;，,\n]|$)|\bif you (?:do not|don't) (?:agree|consent|provide)[^.;\n]{0,60}\byou (?:cannot|can't|will not be able to) use (?:our|the) (?:service|services|app|product)s?\b/i;

const NON_NECESSARY = /非必要|非必需|非基本|其他|其它|额外|額外|附加|扩展|擴展|拓展|可选|可選|\boptional\b|\bnon-?essential\b/i;
const REFERS_BACK = /上述|以上|这些|這些|前述|\bthe above\b|\bthis information\b/i;

const COMPANY_ANY = /有限(?:责任|責任)?公司|股份(?:有限)?公司|\b(?:Inc|Ltd|LLC|GmbH|Limited|Corporation|Co)\b\.?/;
const CONTACT_ANY = /[\w.+-]+@[\w-]+\.[\w.]+|(?:电话|電話|热线|熱線|客服|\btel\b|\bphone\b)[^。\n]{0,12}\d{3,}|\b\d{3,4}-\d{7,8}\b|\b400-?\d{3}-?\d{4}\b/i;

const clauseOf = (s: PolicySentence): Clause => ({ start: s.start, end: s.end, text: s.text.length > 160 ? s.text.slice(0, 159) + '…' : s.text });

export function policyFlags(input: FlagInput): PolicyFlag[] {
  if (input.jurisdiction !== 'CN') return [];
  const { sentences, items } = input;
  const flags: PolicyFlag[] = [];
  const has = (item: ChecklistItem) => items.some((xs) => xs.includes(item));
  const where = (re: RegExp, limit = 3): Clause[] => {
    const out: Clause[] = [];
    for (const s of sentences) if (re.test(s.text) && out.push(clauseOf(s)) >= limit) break;
    return out;
  };
  const collectedClauses = (types: readonly DataType[], limit = 3): Clause[] => types.flatMap((t) => input.collected.get(t) ?? []).slice(0, limit);

  if (input.sensitiveCollected.length) {
    const clauses = collectedClauses(input.sensitiveCollected);
    if (!SEPARATE_CONSENT.test(input.text)) flags.push({ id: 'cn-pipl-29-separate-consent', finding: 'missing', clauses });
    if (!NECESSITY.test(input.text) || !IMPACT.test(input.text)) flags.push({ id: 'cn-pipl-30-necessity-impact', finding: 'missing', clauses });
  }
  const face = input.collected.get('face');
  if (face?.length) {
    // An alternative is looked for in the sentences about faces and their neighbours.
    const near = sentences.filter((s, i) => FACE_CONTEXT.test(s.text) || (i > 0 && FACE_CONTEXT.test(sentences[i - 1]!.text)));
    if (!near.some((s) => FACE_ALTERNATIVE.test(s.text))) flags.push({ id: 'cn-face-2025-alternative', finding: 'missing', clauses: face.slice(0, 3) });
  }
  const retention = sentences.filter((_, i) => items[i]!.includes('retention'));
  // A period may be stated in any sentence about keeping or deleting data ("注销账号后，我们将删除…").
  const period = retention.some((s) => CONCRETE_PERIOD.test(s.text)) || sentences.some((s) => RETAIN_WORD.test(s.text) && CONCRETE_PERIOD.test(s.text));
  if (!period) flags.push({ id: 'cn-pipl-19-retention', finding: retention.length ? 'vague' : 'missing', clauses: retention.slice(0, 3).map(clauseOf) });

  if (input.abroad && !(has('abroad-purpose') || has('abroad-protection'))) {
    flags.push({ id: 'cn-pipl-38-abroad-conditions', finding: 'missing', clauses: sentences.filter((_, i) => items[i]!.includes('abroad')).slice(0, 3).map(clauseOf) });
  }
  // SDKs mentioned, and neither a list or table of them, nor any SDK named, nor two sentences saying what SDKs collect
  // (judged: the flag was wrong on 16 of 19 samples; policies name SDKs in forms this does not read, so it stays conservative).
  if (SDK_WORD.test(input.text) && !input.lists.sdk && input.lists.sdks.length === 0 && input.lists.sdkStatements < 2) flags.push({ id: 'cn-sdk-list', finding: 'missing', clauses: where(SDK_WORD) });
  if (CHILD_DATA.test(input.text) && !has('children')) flags.push({ id: 'cn-pipl-31-children', finding: 'missing', clauses: where(CHILD_DATA) });
  // No company named and no way to reach it, anywhere in the text (not only in a sentence the checklist read as its notice).
  if (!has('controller') && !has('contact') && !COMPANY_ANY.test(input.text) && !CONTACT_ANY.test(input.text)) flags.push({ id: 'cn-pipl-17-no-controller', finding: 'missing', clauses: [] });
  // Refusing the whole service when data is declined is bundling only for data beyond what
  // the basic function needs: the sentence says so (非必要, 其他), or the app type's necessary
  // scope leaves out data the policy collects and the sentence refers to it (上述信息).
  const beyond = new Set(input.beyondNecessary ?? []);
  const bundling = sentences.filter((s, i) => {
    if (!BUNDLING.test(s.text)) return false;
    if (NON_NECESSARY.test(s.text)) return true;
    // The data it refers to: named in the sentence, or (上述信息) in the two before it.
    const from = REFERS_BACK.test(s.text) ? sentences[Math.max(0, i - 2)]!.start : s.start;
    return input.typesIn(from, s.end).some((t) => beyond.has(t));
  });
  if (bundling.length) flags.push({ id: 'cn-necessary-scope-bundling', finding: 'found', clauses: bundling.slice(0, 3).map(clauseOf) });
  for (const [id, re] of [
    ['cn-consent-by-use', CONSENT_BY_USE],
    ['cn-device-data-is-pi', DEVICE_NOT_PI],
  ] as const) {
    const clauses = where(re);
    if (clauses.length) flags.push({ id, finding: 'found', clauses });
  }
  return flags;
}
