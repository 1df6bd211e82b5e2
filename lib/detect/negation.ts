/**
 * Negation cues: a statement that something does not happen ("我们不会收集您的人脸信息",
 * "we do not sell your data"). Chinese cues exclude the common words that start with
 * 不/未 but do not negate (未经, 不法, 不当, 不知情, 不少…), and both exclude a missing notice or
 * consent, which says the act happened without it ("未征得顾客同意收集人脸信息", "未告知用户即
 * 收集", "customers were not told that the store collected their fingerprints"), also when
 * 任何 stands between ("没有任何提示说在采集人脸"); "say no to" refuses, it does not deny.
 */
export const NEG_ZH =
  /(?:不会|不得|不再|并不|从不|从未|绝不|决不|无需|无须|毋须|毋須|不必|不需要|不要求|没有|禁止|严禁|不|(?<![尚还仍還])未)(?!(?:任何|什么|什麼|人)?(?:经|經|法|当|當|知|必要|合理|正当|正當|仅|僅|少|断|斷|同|明|久|良|规|規|足|安|公|满|滿|愿|願|想|肯|过|過|但|限|论|論|管|停|影响|影響|便|利|止|征|徵|告|通知|提示|说明|說明|询问|詢問|取得|获得|獲得|授权|授權|让|讓|可(?:撤销|撤銷|撤回|逆|分割)))(?:(?:通过|透过|透過|經由|经由|借助|藉由)[^，,。；;！？!?]{1,12}?)?[^，,。；;！？!?]{0,6}$/;
export const NEG_EN = new RegExp(
  [
    // "we do not collect", "never sold", "we don't sell or share your"
    "(?<!\\b(?:say|says|said|saying)\\s)\\b(?:not|never|no longer|don't|doesn't|won't|didn't|cannot|can't|neither|nor|no)\\b(?!\\s+(?:only|told|informed|notified|asked|consulted|warned|aware|given|knowing|knew|know|realize|realise|realized|realised|notice|noticed|expect|expected|think|seeking|asking)\\b)(?:[\\s,]+[a-z'-]+){0,3}[\\s,]*$",
    // prohibitions: "banned the chain from using", "prohibited from collecting"
    "\\b(?:ban|bans|banned|prohibit|prohibits|prohibited|bar|bars|barred|forbid|forbids|forbidden)\\b(?:\\s+[a-z'-]+){0,4}\\s+from(?:\\s+(?:using|deploying|collecting|selling))?\\s*$",
  ].join('|'),
);
/** Characters looked back from a verb for a cue, by script. */
export const NEG_LOOKBACK = { cjk: 16, latin: 50 };

/**
 * A conditional clause ("如您不提供手机号码，将无法注册", "if you do not provide"): its
 * negation is part of the condition, not a statement that the data is not collected.
 */
const CONDITIONAL_ZH = /(?:如果|如若|如您|若您|假如|倘若|一旦|如你|若你|若|如)[^，,。；;！？!?]{0,12}$/;
const CONDITIONAL_EN = /\b(?:if|unless|should you|in case)\b[^,.;!?]{0,40}$/;

/** What follows a negated act that makes it a condition: "不刷臉或按指紋就不能辦會員", "不提供…才能". */
const CONDITION_AFTER_ZH = /^[^，,。；;！？!?]{0,12}?(?:就(?:不能|无法|無法|不可以|不让|不讓|没法|沒法|办不了|辦不了|进不了|進不了|不给|不給|按|算|视为|視為|要|得|会被|會被|扣)|才(?:能|可以|可))/;

/** 是不是, 能不能, 会不会, 可不可以: a question, not a negation. */
const A_NOT_A = /([\u4e00-\u9fff])不\1/g;

/**
 * Whether the clause text before an action negates it (the text is folded, up to the clause
 * start); `after`, the text right after the negated words, may show the negation to be a
 * condition.
 */
export function negatedBefore(before: string, cjk: boolean, after = ''): boolean {
  const neg = cjk ? NEG_ZH : NEG_EN;
  // A-not-A asks, it does not deny: "是不是得把面容删掉", "能不能不刷脸".
  if (cjk) before = before.replace(A_NOT_A, '$1$1');
  const m = neg.exec(before);
  if (!m) return false;
  // The cue sits in a condition: "如您不同意…", "if you do not…", or states one: "不刷脸就不能进".
  return !(cjk ? CONDITIONAL_ZH : CONDITIONAL_EN).test(before.slice(0, m.index + 1)) && !(cjk && CONDITION_AFTER_ZH.test(after));
}
