/**
 * Stage 3 of the detector: the statement around a match. A block is one sentence, or a
 * lead-in sentence ending in a colon (or "包括", "such as") together with the list lines
 * under it ("这些信息包括：\n1、设备信息：…\n2、日志信息：…"). Blocks are found only around
 * matches, never over the whole text. Each block says what kind of text it is: a
 * statement, a definition ("个人信息是指……"), or boilerplate (a heading or table-of-
 * contents line, "本政策说明我们如何收集……"), which makes no claim.
 *
 * Every rule here reads the folded view, where a Traditional character the fold maps to
 * Simplified (個, 於, 識) never occurs: rules list only the form that can occur
 * (tests/unit/fold-rules.test.ts checks it).
 */

export type BlockKind = 'statement' | 'definition' | 'boilerplate';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Where the list lines under a lead-in start (== end when there are none). */
  listStart: number;
}

/** A read-only view of the normalized text, folded (lower case, half width) in small pieces. */
export interface TextView {
  readonly length: number;
  /**
   * The text before folding (the normalized base): the fold leaves line breaks alone, so
   * searching it for them (natively) finds the same positions as the folded text.
   */
  readonly base: string;
  slice(from: number, to: number): string;
  charAt(i: number): string;
  /** The folded code unit at i (charAt's, as a number; -1 outside the text): no string made. */
  code(i: number): number;
}

const MAX_SIDE = 600;
const MAX_LIST_LINES = 40;

/** A list line: starts with an enumerator (1、 (2) ③ 一、 • - * a.). */
export const LIST_LINE = /^[\s*_#>]*(?:\d{1,2}[、.)．）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）]|[•·・‧▪◦●○■□◆\-–—*]|[a-z][.)、])/;
/** A lead-in: the sentence introduces a list that follows it. */
const LEAD_END = /(?:[:：]|包括|包含|如下|以下|例如|比如|such as|including|include|includes|following)[\s*_]*$/;
/** A heading of the definitions part of a policy. */
const DEFINITIONS_HEADING = /^[\s*_#>]*(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*)?(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）]\s*)?(?:定义|释义|名词解释|名词定义|术语解释|(?:词语|用语|术语)(?:及|和|与)?(?:释义|定义)|术语(?:及|和|与)?定义|定義|釋義|definitions?|interpretation|key terms)\b/;

/** A sentence that gives examples of the one before it. */
export const EXAMPLES_START = /^[\s*_]*(?:例如|比如|譬如|诸如|諸如|具体包括|具體包括|主要包括|其中包括|such as|for example|e\.g\.)(?:\s*[，,：:])?/i;

/** A definition: what a word means, not what is done with data. */
export const DEFINITION = /是指|指的是|系指|所称|係指|是指以|定义为|是以电子|[：:是]\s*一旦(?:泄露|遭到)|等(?:均|都)?(?:属于)(?:个人)?敏感(?:个人)?(?:信息|資訊|資料)|[：:”"」』]\s*[*_]*\s*指(?!定|导|南|出|示|引|挥|望|令|标|向)|\bmeans\b|\brefers? to\b|\bis defined as\b|\bshall mean\b|\bincludes? any information\b/;
/**
 * What a definition defines: a category of data or a term of the policy ("个人信息是指…",
 * "关联方是指…"), not a kind of data the policy then describes collecting ("日志信息：指您
 * 使用我们的服务时，系统自动采集的技术信息，包括…" is a statement of collection).
 */
// Character classes: the view folds some Traditional characters and not others (個人資料 reads 个人資料).
const DEFINED = /个人(?:敏感)?(?:信息|[资資]料|[资資][讯訊]|数据)|生物(?:识别|特征)(?:信息|資訊|資料)|敏感个人(?:信息|[资資]料)|儿童|未成年|关联(?:方|公司)|去标识化|匿名化|本政策|本指引|隐[私]政策|我[们們]|产品|服务|平台|用户|personal (?:data|information)|sensitive|affiliates?|we\b|services?/;

/** A category introduced by examples: "部分信息属于个人敏感信息，例如：…", "Sensitive personal information includes…". */
const CLASS_EXAMPLES = /(?:属于|(?:被)?(?:认为|视为)是?|(?<=的(?:信息|資訊|資料))(?:为))(?:个人)?敏感(?:个人)?(?:信息|[资資]料|[资資][讯訊])[，,]?\s*(?:主要)?(?:例如|比如|譬如|诸如|諸如|如|包括|包含)|^[\s*_#>]*(?:[\d.()（）一二三四五六七八九十、]+\s*)?(?:sensitive )?personal (?:data|information)(?:\s*\([^)]{0,40}\))?\s+(?:includes?|consists? of|covers?|may include)\b|^[\s*_#>]*sensitive (?:data|information)\s+(?:includes?|consists? of|covers?)\b/i;
/**
 * A sentence that opens with a category and its examples: "生物识别信息：如指纹、面部识别特征",
 * "敏感个人信息，例如：…". Everything in it defines the category ("个人敏感信息（如人脸）我们将加密存储"
 * says what is done, and is not one).
 */
export const CLASS_START = /^[\s*_#>]*(?:[\d.()（）一二三四五六七八九十、]+\s*)?[*_]*(?:个人)?(?:敏感(?:个人)?|生物(?:识别|特征))(?:信息|[资資]料|[资資][讯訊])[*_]*\s*[，,：:]\s*(?:例如|比如|譬如|诸如|諸如|如|包括|包含)/;

/** Words put in a category: "面部识别特征、指纹属于个人生物识别信息". */
const CLASS_OF = /(?:属于)(?:个人)?(?:敏感(?:个人)?|生物(?:识别|特征))(?:信息|[资資]料|[资資][讯訊])/;
/** A collection or use statement before the category: "我们收集的以下信息属于敏感个人信息，包括…" is not a definition. */
const ACTION_BEFORE = /收集|采集|获取|蒐集|提供|使用|处理|collect|use|process/i;

/**
 * The categories a policy says it involves, listed as a category's members
 * ("本隐私政策中涉及的个人敏感信息包括：…", "个人敏感信息举例：…", "生物识别信息，指…"):
 * the standard wording of GB/T 35273, copied by policies whatever they collect.
 */
const POLICY_CATEGORIES = /^[\s*_#>]*(?:[\d.()（）一二三四五六七八九十、]+\s*)?[*_]*(?:本(?:隐私)?(?:权)?(?:政策|指引|声明|规则)(?:中|内)?(?:所)?(?:涉及|提及|所述|述及|所称)的(?:个人)?(?:敏感)?(?:个人)?(?:信息|[资資]料|[资資][讯訊])|(?:个人)?(?:敏感(?:个人)?|生物(?:识别|特征))?(?:信息|[资資]料|[资資][讯訊])(?:举例|舉例|示例)[*_]*\s*[：:]|\|?\s*(?:个人)?(?:敏感(?:个人)?|生物(?:识别|特征)|身份|财产|健康生理|通信|通訊|上网)(?:信息|[资資]料|[资資][讯訊])\s*\||[^，,。：:\n]{0,12}(?:信息|[资資]料|[资資][讯訊]|数据)[，,]\s*指(?![定导導南出示引挥揮望令标向纹甲尖头间]))/;

/** The standard wording of what makes data sensitive ("一旦泄露、非法提供或滥用…"): its verbs are no action. */
const HARM_CLAUSE = /一旦[^，,。]{0,16}(?:滥用|濫用|泄露)/g;

export function definesCategory(text: string): boolean {
  if (CLASS_START.test(text) || POLICY_CATEGORIES.test(text)) return true;
  const c = CLASS_EXAMPLES.exec(text);
  if (c && !ACTION_BEFORE.test(text.slice(0, c.index).replace(HARM_CLAUSE, ''))) return true;
  const k = CLASS_OF.exec(text);
  if (k && !ACTION_BEFORE.test(text.slice(0, k.index)) && !ACTION_BEFORE.test(text.slice(k.index + k[0].length))) return true;
  const m = DEFINITION.exec(text);
  if (!m) return false;
  // 是指, 系指, means…: a definition whatever it defines; "X：指…" only when X is a category or a term.
  if (!/^[：:”"」』]/.test(m[0])) return true;
  // "：指…" opening a line: the term it defines is the heading above it.
  if (text.slice(0, m.index).trim().replace(/[*_\s]/g, '') === '') return true;
  return DEFINED.test(text.slice(Math.max(0, m.index - 24), m.index + 1));
}

/** A clause of a sentence (split at ；) that opens by listing the categories a policy involves. */
function categoriesSentence(v: TextView, a: number): boolean {
  let s = a;
  while (s > 0 && a - s < 400 && !'。！？!?\n'.includes(v.charAt(s - 1))) s--;
  return s < a && POLICY_CATEGORIES.test(v.slice(s, Math.min(v.length, s + 80)));
}

/** List lines that are definitions, one after another ("（1）…是指…（2）…是指…"). */
function definitionList(v: TextView, from: number, to: number): boolean {
  if (to - from < 20) return false;
  const text = v.slice(from, Math.min(to, from + 2400));
  return (text.match(/是指|指的是|系指|\bmeans\b|\brefers? to\b/g)?.length ?? 0) >= 2;
}

/** A lead-in to situations rather than data: the exceptions to consent, the cases of disclosure. */
const EXCEPTIONS = /(?:以下|下列|如下)(?:情形|情况|场景|场合)|(?:无需|無需|无须|不需要|不必)(?:事先)?(?:征得|取得|获得)|\b(?:the following (?:circumstances|situations|cases))\b|\bwithout (?:your )?consent\b/;

/** A heading or table-of-contents line, or a sentence about the policy itself. */
const BOILERPLATE = /(?:如何|怎样)(?:收集|使用|共享|存储|儲存|保护|蒐集|处理|转让|公开|公開|披露)|本(?:政策|指引|声明|规则)(?:将|將)?(?:向您)?(?:说明|介绍|帮助您了解|幫助您了解|告知|阐述|闡述|适用|適用)|\bhow (?:we|do we) (?:collect|use|share|store|protect|process)\b|\bthis (?:privacy )?(?:policy|notice|statement) (?:explains|describes|sets out|applies)\b/;

/** Where the line holding position i starts (after the line break before i). */
function lineStart(v: TextView, i: number): number {
  return i <= 0 ? 0 : v.base.lastIndexOf('\n', i - 1) + 1;
}

/** Where the line holding position i ends (at its line break, or the text's end). */
function lineEnd(v: TextView, i: number): number {
  if (i >= v.length) return i;
  const k = v.base.indexOf('\n', i);
  return k < 0 ? v.length : k;
}

/** Whether a folded code unit is JavaScript whitespace (what /\s/ matches). */
function isSpaceUnit(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A sentence end: 。！？!?；; and line breaks, by code unit (read per character, so no string is made each time). */
function isSentenceEndUnit(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x0d || c === 0xff01 || c === 0xff1f || c === 0xff1b;
}

function isSentenceEndAt(v: TextView, i: number): boolean {
  const c = v.code(i);
  if (isSentenceEndUnit(c)) return true;
  return c === 0x2e && (i + 1 >= v.length || isSpaceUnit(v.code(i + 1)));
}

/** An item of an inline enumeration right after a semicolon ("；2）…", "; (3) …"). */
const INLINE_ENUM = /^\s*(?:\d{1,2}[)）、.．]|[（(]\d{1,2}[)）]|[①-⑳]|[a-z][)）])/;

/**
 * A line break inside a list, where a converted page broke a sentence ("…设备型号、\n操作系统
 * 版本", "…手机号码\n、邮箱"): the text before it ends in a separator, an open bracket, a
 * conjunction or a possessive 的, or the text after it starts with a separator.
 */
export function breaksMidList(v: TextView, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && ' \t*_\u3000'.includes(v.charAt(a))) a--;
  if (a >= 0 && '、，,（(【'.includes(v.charAt(a))) return true;
  // "…时区和\n网络状态": a conjunction that ends a line joins it to the next.
  if (a >= 1 && /[\u3400-\u9fff](?:和|及|与|與|或|以及)$/.test(v.slice(Math.max(0, a - 2), a + 1))) return true;
  // "…会获取您的\n设备型号": a possessive 的 ends no line (目的 does: a heading).
  if (a >= 1 && /[\u3400-\u9fff](?<!目)的$/.test(v.slice(a - 1, a + 1))) return true;
  let b = i + 1;
  while (b < v.length && ' \t*_\u3000'.includes(v.charAt(b))) b++;
  if (b < v.length && '、，,）)】'.includes(v.charAt(b))) return true;
  // "…网络设备硬件地址、IP⏎地址、WLAN接入点、…": a break inside an item of a list of 、 that runs on both sides.
  if (/、[^、。；;！？!?：:\n]{1,12}$/.test(v.slice(Math.max(0, a - 13), a + 1)) && /^[^、。；;！？!?：:\n]{1,12}、/.test(v.slice(b, b + 14)) && !LIST_LINE.test(v.slice(b, b + 12))) return true;
  // "（IMEI号、Android ⏎ ID、OAID）": a break between two Latin words inside an open bracket.
  if (a >= 0 && /[a-z0-9]/i.test(v.charAt(a)) && /[a-z0-9]/i.test(v.charAt(b))) {
    const line = v.slice(Math.max(0, a - 80), a + 1);
    const open = line.slice(line.lastIndexOf('\n') + 1);
    return (open.match(/[（(]/g)?.length ?? 0) > (open.match(/[）)]/g)?.length ?? 0);
  }
  return false;
}

/** A sentence end, except a semicolon that only separates the items of an inline enumeration. */
function endsSentenceAt(v: TextView, i: number): boolean {
  if (!isSentenceEndAt(v, i)) return false;
  const c = v.charAt(i);
  if (c === '\n' && breaksMidList(v, i)) return false;
  return !((c === '；' || c === ';') && INLINE_ENUM.test(v.slice(i + 1, i + 8)));
}

/** The sentence around position p: from after the previous sentence end to the next one (inclusive). */
export function sentenceSpan(v: TextView, p: number): [number, number] {
  let a = p;
  const minA = Math.max(0, p - MAX_SIDE);
  while (a > minA && !endsSentenceAt(v, a - 1)) a--;
  let b = p;
  const maxB = Math.min(v.length, p + MAX_SIDE);
  while (b < maxB && !endsSentenceAt(v, b)) b++;
  if (b < v.length && v.charAt(b) !== '\n') b++;
  return [a, b];
}

/** A sentence that goes on with the members of what the one before it defined ("包括…", "如…", "在本隐私政策中包括，…"). */
const CONTINUES = /^[\s*_]*(?:在本[^，,。\n]{0,10}(?:中|内))?(?:主要|具体|具體)?(?:包括|包含|如|例如|比如|譬如)[，,：:]?/;

/** Whether the sentence starting at `a` lists the members of a category the sentence before it defines. */
export function continuesDefinition(v: TextView, a: number): boolean {
  if (a < 2 || !CONTINUES.test(v.slice(a, a + 20))) return false;
  let e = a - 1;
  while (e > 0 && /[\s*_]/.test(v.charAt(e))) e--;
  const [pa] = sentenceSpan(v, e);
  return DEFINITION.test(v.slice(pa, e + 1)) && definesCategory(v.slice(pa, e + 1));
}

/** A line that starts with a short label and a colon, with more after it ("android版本：IMEI、…"). */
const LABEL_LINE = /^[\s*_]*[\u3400-\u9fffA-Za-z0-9 ]{1,12}[：:]\s*\S/;

/** Whether the line at [a, b) is a list line. */
function isListLine(v: TextView, a: number, b: number): boolean {
  return LIST_LINE.test(v.slice(a, Math.min(b, a + 12)));
}

/** Whether the text before position a on lines above, back to a heading, is a definitions part. */
function inDefinitionsPart(v: TextView, a: number): boolean {
  let end = a;
  for (let k = 0; k < 12 && end > 0; k++) {
    const ls = lineStart(v, end - 1);
    const line = v.slice(ls, end).trim();
    if (line.length > 0 && line.length <= 30) {
      if (DEFINITIONS_HEADING.test(line)) return true;
      // Another heading: the definitions part (if any) ended before it.
      if (/^[\s*_#>]*(?:[一二三四五六七八九十]{1,2}[、.．]|#{1,6}\s|\d{1,2}[.、．]\s*(?:\S{2,20}|[a-z][a-z ,&'-]{2,26})$)/i.test(line)) return false;
    }
    end = ls;
  }
  return false;
}

/**
 * The block around position p. A list line, or a sentence under a lead-in line, joins the
 * lead-in and every list line under it, so the lead's action reaches the items below.
 */
export function blockAt(v: TextView, p: number, hasAction: (a: number, b: number) => boolean = () => false): Block {
  let [a, b] = sentenceSpan(v, p);
  // "…我们会自动收集您对服务的使用情况。例如您的搜索查询内容、IP地址…": examples of the
  // sentence before belong to its action.
  if (a > 0 && EXAMPLES_START.test(v.slice(a, Math.min(b, a + 12))) && !hasAction(a, b)) {
    const [pa] = sentenceSpan(v, a - 1);
    if (pa < a && !v.slice(pa, a).includes('\n') && hasAction(pa, a)) a = pa;
  }
  // …and a sentence with an action takes the examples that follow it.
  if (b < v.length && v.charAt(b - 1) !== '\n' && hasAction(a, b) && EXAMPLES_START.test(v.slice(b, b + 12))) b = sentenceSpan(v, b)[1];
  let listStart = b;
  // Up: a list line (or the line right under a lead-in) belongs to the lead above it,
  // unless it says what is done on its own ("1、我们会收集您的手机号码…").
  const ls = lineStart(v, a);
  if ((ls === a || isListLine(v, ls, b)) && !hasAction(a, b)) {
    let up = ls;
    for (let k = 0; k < MAX_LIST_LINES && up > 0; k++) {
      const prevStart = lineStart(v, up - 1);
      const prev = v.slice(prevStart, up - 1).trimEnd();
      if (LEAD_END.test(prev)) {
        listStart = Math.min(a, up);
        // The lead-in is the last sentence of that line.
        a = sentenceSpan(v, Math.max(prevStart, up - 2))[0];
        b = Math.max(b, lineEnd(v, listStart));
        break;
      }
      // A line that is no list line is passed only right above a list line, and not when it ends a sentence
      // ("ios版本：设备信息（IDFA）。⏎7）、“讯飞广告”：…": the numbered line starts the next entry).
      if (!isListLine(v, prevStart, up - 1) && !(up === ls && isListLine(v, ls, b) && !/[。；;！？!?]$/.test(prev))) break;
      up = prevStart;
    }
  }
  // Down: a lead-in takes the list lines under it.
  const tail = v.slice(Math.max(a, b - 40), b).trimEnd();
  const leadLine = LEAD_END.test(tail) || (listStart < b && LEAD_END.test(v.slice(a, listStart).trimEnd()));
  if (leadLine) {
    if (listStart >= b) listStart = b;
    let down = listStart < b ? lineEnd(v, listStart) : b;
    // A list line that heads the lines under it ("（1）设备信息：", "1、设备信息"): they are its items.
    const heads = (from: number, to: number) => {
      const line = v.slice(from, to).trimEnd();
      return isListLine(v, from, to) && (LEAD_END.test(line) || (line.length <= 20 && !/[。！？!?；;.]$/.test(line)));
    };
    let underHead = listStart < b && heads(listStart, down);
    // Label lines in a row ("ios版本：IDFA、…" then "android版本：IMEI、…"): each is an item line.
    let labelled = listStart < b && LABEL_LINE.test(v.slice(listStart, down));
    for (let k = 0; k < MAX_LIST_LINES && down < v.length; k++) {
      const nextStart = v.charAt(down) === '\n' ? down + 1 : down;
      const nextEnd = lineEnd(v, nextStart);
      const listLine = nextEnd > nextStart && isListLine(v, nextStart, nextEnd);
      const label = nextEnd > nextStart && LABEL_LINE.test(v.slice(nextStart, nextEnd));
      if (nextEnd <= nextStart || !(listLine || underHead || (labelled && label)) || (labelled && !label) || hasAction(nextStart, nextEnd)) break;
      underHead = listLine && heads(nextStart, nextEnd);
      labelled = label;
      down = nextEnd;
    }
    b = Math.max(b, down);
  }
  if (b - a > 4 * MAX_SIDE) b = a + 4 * MAX_SIDE;
  const lead = v.slice(a, Math.min(listStart, a + 400));
  let kind: BlockKind = 'statement';
  if (definesCategory(lead) || inDefinitionsPart(v, lineStart(v, a)) || definitionList(v, listStart, b) || categoriesSentence(v, a)) kind = 'definition';
  else if (isBoilerplate(v, a, listStart)) kind = 'boilerplate';
  // The standard list of exceptions ("以下情形中，我们收集您的个人信息无需征得您的同意：1、与国家安全…"):
  // its lines are situations, not data.
  else if (EXCEPTIONS.test(lead)) kind = 'boilerplate';
  return { start: a, end: b, kind, listStart };
}

function isBoilerplate(v: TextView, a: number, b: number): boolean {
  const text = v.slice(a, Math.min(b, a + 200));
  if (!BOILERPLATE.test(text)) return false;
  return true;
}
