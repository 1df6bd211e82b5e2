/**
 * Names of privacy policies and of terms that carry privacy rules (lib/policy/recognize.ts
 * reads them in the background), and the content script's much shorter first test. Kept
 * apart so the content script carries one short regular expression, not the recogniser.
 */
/** The name of a privacy policy or notice. */
export const NAME =
  /(?:儿童|兒童|未成年人)?(?:隐私(?:权|權)?(?:政策|保护(?:政策|指引|声明|协议)|声明|協議|协议|条款|條款)|隱私(?:權)?(?:政策|保護(?:政策|指引|聲明)|聲明|條款)|私隱(?:政策)?(?:聲明|政策)|个人信息(?:保护(?:政策|指引|声明|规则)|处理规则|收集(?:声明|说明))|個人(?:資料|資訊)(?:保護(?:政策|聲明|告知事項)?|收集(?:聲明|告知)|蒐集(?:告知|聲明))|收集個人資料聲明)|\b(?:children'?s )?privacy (?:policy|notice|statement)\b|\bpersonal information (?:collection statement|policy)\b/i;

/** Terms of service that carry the privacy rules (many apps publish one document). */
export const TERMS = /用户(?:服务|使用)?协议|用戶(?:服務|使用)?(?:協議|條款)|服务(?:协议|条款)|服務(?:協議|條款)|使用(?:协议|条款|條款)|\bterms of (?:service|use)\b|\buser agreement\b/i;

/**
 * The content script's cheap test before it sends a page's text for a digest: a word of a
 * policy's or terms' name in the title or the first lines. Broader than NAME and TERMS on
 * purpose (the background then reads the text properly, and most pages fail both), and
 * short, since the content script runs on every page.
 */
const MAY_BE = /隐私|隱私|私隱|个人信息|個人資料|個人資訊|用户协议|用戶協議|服务协议|服務協議|服务条款|服務條款|使用条款|使用條款|privacy|terms of (?:service|use)|user agreement/i;

/** The title or the first lines may name a privacy policy or terms of service. */
export function mayBePolicy(title: string, start: string): boolean {
  return MAY_BE.test(title) || MAY_BE.test(start.slice(0, 300));
}
