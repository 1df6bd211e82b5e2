/**
 * Is this page a privacy policy? Read from its title and text alone (no DOM), by three
 * kinds of evidence:
 *
 * - its name: 隐私政策, 个人信息保护政策, 隱私權政策, 私隱政策聲明, privacy policy… in the
 *   title, the first heading or the first lines;
 * - the section skeleton of GB/T 35273-2020 Appendix D and its English counterparts: short
 *   heading lines about collection, sharing, rights, security, retention, children,
 *   cookies, updates, contact, transfers abroad (distinct kinds are counted, not lines);
 * - the text speaking of itself: 本政策, 本指引, this Privacy Policy…
 *
 * A news story about a policy has its name but neither the skeleton nor the self-reference;
 * a shop's footer has "Contact us", "Cookies" and "Privacy policy" links but never calls
 * itself "this policy". Terms of service that carry the privacy rules (本协议, 用户协议) are
 * read too when they speak of personal data throughout (kind `terms`).
 */

import { NAME, TERMS } from './name';

export type PolicyKind = 'privacy-policy' | 'children' | 'collection-statement' | 'terms';

export interface PolicyRecognition {
  policy: boolean;
  kind?: PolicyKind;
  /** The policy's name as found (title or first lines), when found. */
  name?: string;
  /** Section kinds seen in heading lines (collect, share, rights…). */
  sections: string[];
  /** How often the text calls itself "this policy". */
  selfReferences: number;
  /** How often it says what "we" do with data (我们会收集, we share). */
  weActs: number;
}

/** The text calls itself a policy or an agreement (本政策, 本协议, this Privacy Policy). */
const SELF =
  /本(?:隐私|隱私|私隱)?(?:权|權)?(?:保护|保護)?(?:政策|指引|声明|聲明|说明|說明|规则|規則|条款|條款|协议|協議)|本(?:个人信息|個人資料|個人資訊)(?:保护|保護)?(?:政策|声明|聲明|规则)|本《[^》\n]{1,30}》|\bth(?:is|ese) (?:privacy )?(?:policy|notice|statement|terms|agreement)\b/gi;

/**
 * The document speaks as the one who processes: "we collect / 我们会收集". A news story, a
 * guide or a forum thread about a policy says "they" or quotes it once or twice.
 */
const WE_ACT =
  /(?:我们|我們|本公司|本平台|本应用|本應用|本行|本網站|本网站)(?:会|會|将|將|可能|不会|不會|仅|僅|也|还|還|将会|將會|需要|需|亦)?(?:收集|蒐集|使用|共享|分享|提供|存储|儲存|保存|处理|處理|获取|獲取|取得|采取|採取|利用|记录|記錄|披露|揭露)|\bwe (?:may |will |do not |don't |also |only |might |can |never )?(?:collect|use|share|disclose|store|retain|process|keep|sell|obtain|receive|transfer)\b/gi;

/** Words about personal data or privacy: a terms document with few of them is not digested. */
const PRIVACY_WORDS = /个人信息|個人資料|個人資訊|个人资料|隐私|隱私|私隱|personal (?:data|information)|privacy/gi;

const SECTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['collect', /收集|蒐集|采集|使用您的|信息的使用|我们如何使用|\b(?:information|data) (?:we|that we) collect|\bcollect(?:ion)?\b|\bhow we use\b/i],
  ['share', /共享|转让|轉讓|公开披露|公開披露|公開揭露|对外提供|對外提供|委托处理|委託處理|第三方|\bshar(?:e|ing)\b|\bdisclos/i],
  ['rights', /您的权利|您的權利|你的权利|用户权利|用戶權利|管理您的|行使|\byour (?:rights|choices)\b|\baccess(?:ing)? (?:and|your)\b/i],
  ['security', /如何保护|如何保護|信息安全|資訊安全|資料安全|安全措施|\bsecurity\b|\bhow we protect\b/i],
  ['retention', /存储|儲存|保存|保留|存放|\bretention\b|\bretain\b|\bstorage\b|\bhow long\b/i],
  ['children', /儿童|兒童|未成年|未滿|未满|\bchild(?:ren)?\b|\bminors?\b/i],
  ['cookies', /cookie|同类技术|同類技術|web ?beacon/i],
  ['updates', /更新|修订|修訂|变更|變更|\bchanges? to\b|\bupdates?\b/i],
  ['contact', /联系我们|聯絡我們|聯繫我們|联系方式|聯絡方式|\bcontact(?:ing)? us\b|\bhow to contact\b/i],
  ['abroad', /跨境|境外|全球范围|全球範圍|转移|轉移|\binternational\b|\btransfers?\b/i],
];

/** A line that reads as a heading: short, not ending a sentence. */
function headingText(line: string): string | null {
  const s = line
    .replace(/^[\s#*_>|\-–—•·]+/, '')
    .replace(/[\s*_|]+$/, '')
    .replace(/^(?:[（(]?[一二三四五六七八九十]+[）)、．.]|(?:\d+\\?[.．、)）])+|\(?[a-z]\)|第[一二三四五六七八九十\d]+[章节條条部分]+)\s*/i, '')
    .trim();
  if (s.length < 2) return null;
  const cjk = /[\u3400-\u9fff]/.test(s);
  if (s.length > (cjk ? 30 : 80)) return null;
  if (/[。；;！!]$/.test(s) || (!cjk && /\.$/.test(s) && s.split(/\s+/).length > 8)) return null;
  return s;
}

/**
 * Recognise a policy from its title and text. `heading` is the page's first heading when
 * known (the text's first lines are looked at anyway).
 */
export function recognizePolicy(title: string, text: string, heading = ''): PolicyRecognition {
  const lines = text.split('\n');
  const sections = new Set<string>();
  for (const line of lines) {
    if (line.length > 200) continue;
    const h = headingText(line);
    if (!h) continue;
    for (const [kind, re] of SECTIONS) if (re.test(h)) sections.add(kind);
  }
  const early = `${title}\n${heading}\n${text.slice(0, 600)}`;
  const privacyName = NAME.exec(early)?.[0];
  const termsName = privacyName ? undefined : TERMS.exec(early)?.[0];
  const name = privacyName ?? termsName;
  const body = text.slice(0, 400_000);
  const selfReferences = (body.match(SELF) ?? []).length;
  const privacyWords = (body.match(PRIVACY_WORDS) ?? []).length;
  const weActs = (body.match(WE_ACT) ?? []).length;
  const n = sections.size;
  const policy =
    // It says what "we" do with data, or calls itself "this policy/agreement", often, and …
    (weActs >= 3 || selfReferences >= 5) &&
    // … has the skeleton and names itself a policy or speaks of itself as one, or
    ((n >= 3 && (privacyName !== undefined || selfReferences >= 2)) ||
      // is a named policy or agreement that speaks of itself and of personal data throughout
      (privacyName !== undefined && selfReferences >= 1 && privacyWords >= 3) ||
      (termsName !== undefined && selfReferences >= 2 && privacyWords >= 3) ||
      (selfReferences >= 3 && privacyWords >= 5 && n >= 1));
  const kind: PolicyKind | undefined = !policy
    ? undefined
    : privacyName && /儿童|兒童|未成年|children/i.test(privacyName)
      ? 'children'
      : privacyName && /收集|蒐集|collection statement/i.test(privacyName)
        ? 'collection-statement'
        : !privacyName && (termsName || !/隐私|隱私|私隱|privacy|个人信息|個人資料/i.test(early))
          ? 'terms'
          : 'privacy-policy';
  return { policy, ...(kind ? { kind } : {}), ...(name ? { name } : {}), sections: [...sections], selfReferences, weActs };
}
