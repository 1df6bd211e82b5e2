/**
 * Names of privacy policies and of terms that carry privacy rules. The content script
 * tests only these (title and first lines) before it sends a page's text for a digest;
 * lib/policy/recognize.ts then reads the text properly in the background. Kept apart so
 * the content script carries two regular expressions, not the recogniser.
 */
/** The name of a privacy policy or notice. */
export const NAME =
  /(?:儿童|兒童|未成年人)?(?:隐私(?:权|權)?(?:政策|保护(?:政策|指引|声明|协议)|声明|協議|协议|条款|條款)|隱私(?:權)?(?:政策|保護(?:政策|指引|聲明)|聲明|條款)|私隱(?:政策)?(?:聲明|政策)|个人信息(?:保护(?:政策|指引|声明|规则)|处理规则|收集(?:声明|说明))|個人(?:資料|資訊)(?:保護(?:政策|聲明|告知事項)?|收集(?:聲明|告知)|蒐集(?:告知|聲明))|收集個人資料聲明)|\b(?:children'?s )?privacy (?:policy|notice|statement)\b|\bpersonal information (?:collection statement|policy)\b/i;

/** Terms of service that carry the privacy rules (many apps publish one document). */
export const TERMS = /用户(?:服务|使用)?协议|用戶(?:服務|使用)?(?:協議|條款)|服务(?:协议|条款)|服務(?:協議|條款)|使用(?:协议|条款|條款)|\bterms of (?:service|use)\b|\buser agreement\b/i;

/** The title or the first lines name a privacy policy or terms of service. */
export function mayBePolicy(title: string, start: string): boolean {
  return NAME.test(title) || NAME.test(start) || TERMS.test(title) || TERMS.test(start);
}
