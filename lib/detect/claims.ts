import { isSensitive } from '../lexicon/data-types';
import type { Action, DataType } from '../lexicon/types';
import { describesMembers, GIVES_AWAY, LEAD_VERB, takesData, type TextBlock } from './blocks';
import { breaksMidList, continuesDefinition, definesCategory, EXAMPLES_START, sentenceSpan, type Block, type TextView } from './clauses';
import { listBefore, listFrom, type ListItem } from './lists';
import { matchTokens, type Matcher, type Token } from './match';
import { negatedBefore } from './negation';
import { fold, foldUnit, normalize, toOriginalSpan } from './normalize';

/**
 * Stage 5 of the detector: claims. A claim is one statement of one action on data:
 * who does what (collects, shares, sends abroad…) with which data, for what, with whom,
 * when. Claims are built only in the blocks around matched words (clauses.ts), from an
 * action word and the list of data it acts on (lists.ts). Definitions and boilerplate make
 * no claim. Every claim names the rule that made it (`reason`), so a wrong claim is traced
 * to one line.
 */

export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
}

export interface ClaimData extends ClaimSpan {
  type: DataType;
  sensitive: boolean;
  /** A word for personal data in general (个人信息): kept, folded in the popup. */
  generic?: boolean;
}

export interface Claim {
  action: Action;
  negated: boolean;
  data: ClaimData[];
  actor?: ClaimSpan;
  recipient?: ClaimSpan;
  purpose?: ClaimSpan;
  condition?: ClaimSpan;
  /** The data goes abroad (境外, overseas, outside China…). */
  abroad?: boolean;
  /** The statement, trimmed, at most ~200 characters. */
  sentence: string;
  start: number;
  end: number;
  /** Which rule made the claim: action-list, action-object-first, lead-list, permission. */
  reason: ClaimReason;
  /** The statement block it comes from (index in the frame's report). */
  block?: number;
}

/** section-list: a line under a heading such as "Information we collect" (the policy digest only, lib/policy/sections.ts). */
export type ClaimReason = 'action-list' | 'object-first' | 'noun-form' | 'permission' | 'section-list';

/** Offsets as the detector works in them (normalized text) and a way back to the original. */
export interface ClaimContext {
  view: TextView;
  tokens: readonly Token[];
  /** Map a span of the normalized text to the original text. */
  toOriginal: (start: number, end: number) => [number, number];
  original: string;
}

const CLAUSE_END = /[，,。；;！？!?\n]/;
const CJK = /[\u3400-\u9fff]/;

/** Markers read in a claim's own clause. */
const PURPOSE_ZH = /(?:用于|用以|以便于?|以便|为了|為了|(?<![可所予加得难足])以(?=[提完实确保验帮向便进维改优])|从而|目的是|旨在|來|来(?=[提完实确保验帮向便进维改优]))([^。；;！？!?\n]{2,60})/;
const PURPOSE_EN = /\b(?:to|for|in order to|so that|so we can|so that we can)\s+([^.;!?\n]{3,80})/;
const CONDITION_ZH = /(?:当|當|在)(?:您|你|用户|用戶)[^，,。；;！？!?\n]{1,40}?时|(?:如果|若|如)(?:您|你)[^，,。；;！？!?\n]{1,30}/;
const CONDITION_EN = /\b(?:when|whenever|if|once)\s+you\b[^,.;!?\n]{0,60}/;
const RECIPIENT_WORDS = /第三方|机构|機構|合作伙伴|合作夥伴|合作方|关联公司|關聯公司|关联方|關係企業|服务提供商|服務提供商|供应商|广告商|廣告商|广告主|sdk|境外|海外|政府|监管|監管|司法|执法|公安|运营商|第三人|third part(?:y|ies)|partners?|affiliates?|advertisers?|service providers?|vendors?|law enforcement|government|authorities|data brokers?/;
const ABROAD = /境外|海外|出境|国外|國外|跨境|abroad|overseas|outside (?:of )?(?:china|the eu|the eea|the uk|the united kingdom|your country)|international(?:ly)? transfer|cross-border|to (?:the )?(?:united states|u\.s\.|china)\b|from the (?:eea|eu|uk|european economic area|european union)\b[^.;]{0,80}\bto\b|to (?:other |third )?countries\b/;
const ACTOR = /(我们|我們|本公司|本平台|本应用|本應用|第三方|合作方|[a-z0-9]+\s?sdk|sdk|\bwe\b|\bour partners\b|\bthird parties\b)/g;
/** The start of a clause that makes a rule or a condition about processing, not a statement of it. */
const RULE_CLAUSE = /^[\s*_#]*(?:(?:如果?|若|假如|倘若|一旦)(?:我们|我們)|如何|怎样|怎樣|如存在|在(?:使用|获取|收集|共享)[^，,]{0,12}前|if we\b|how\b)|(?:如何|怎样|怎樣)[^，,]{0,6}$|超出/;



/** Permission requests: 申请/调用/获取 … 权限, "access to your camera". */
const PERMISSION = /权限|權限|permission|access to your/;
const NOT_AN_ITEM = /^(?:[\d.．、\-–—_*#()（）\s]+|[\u3400-\u9fff]|[a-z])$/i;
/** An item that names a recipient ("关联方", "银联支付SDK", "第三方平台"; a bare 平台 in a list of device data is the platform, the OS). */
const RECIPIENT_ITEM = /(?:sdk|插件|关联方|關聯方|关联公司|關聯公司|合作方|合作伙伴|合作夥伴|员工|員工|(?:有限|股份)?公司|集团|集團|.平台|机构|機構|商家|供应商|供應商|服务商|服務商)$/i;
const COMPONENT_ITEM = /(?:sdk|插件|(?:有限|股份)?公司|集团|集團)$/i;
/** A verb in a purpose ("为展示您账户的订单信息…，我们会收集…"): what the claim is for, not a claim. */
const PURPOSE_BEFORE = /(?:为了|為了|(?<![因成作认認视視称稱])为|(?<![因成作认認视視称稱])為|以便|用于|用於)(?:向您|给您|給您|您)?$/;
/** A list that names the components used ("优量汇、穿山甲、某某的SDK"): recipients, not data. */
const COMPONENTS_AFTER = /^\s*(?:等|的)?(?:第三方)?(?:sdk|插件|服务商|服務商|(?:有限|股份)?公司)/i;
const NEG_BA = /(?:不会|不會|不得|绝不|絕不|决不|決不|从不|從不|不再|并不|並不)(?:主动)?(?:将|將|把|向|在|对|對|与|與)[^，,。；;！？!?]{0,30}$/;
/**
 * What the processor would do if a case arose ("如涉及向境外传输…，我们将…征得您的同意",
 * "如将来需要…"), or a pointer elsewhere ("…规则请见第十条"): no claim that it is done.
 */
const HYPOTHETICAL = new RegExp(
  [
    String.raw`(?:^|[，,；;])[\s\d.、)）(（]*(?:如|若|如果|假如|倘若|一旦|如若)(?!您|你|用户|用戶)[^，,。；;]{0,14}?(?:将来|將來|今后|今後|未来|未來|日后|确需|確需|需要|需|必须|涉及|有必要|发生|發生)`,
    String.raw`(?:^|[，,；;])[\s\d.、)）(（]*(?:如果|若|假如|倘若|如)(?:我们|我們)`,
    String.raw`(?:我们|我們)(?:如|若|如果)(?:涉及|需|需要|确需|將來|将来|今后)`,
    String.raw`^[\s\d.、)）(（]*(?:在这种情况下|在這種情況下|届时|屆時)`,
    String.raw`\bif (?:we ever|in the future we|it becomes necessary)\b`,
  ].join('|'),
);
const REFERENCE = /请见|請見|详见|詳見|参见|參見|请参阅|請參閱|请查阅|請查閱|\bsee (?:section|below|above)\b/;
/**
 * A clause that guards against an action or advises the reader not to do something
 * ("防止您的个人信息泄露", "請避免在照片中出現您的臉部"): no claim that the action is done.
 */
const GUARD = /防止|防范|防範|避免|以免|免遭|免受|谨防|謹防|请勿|請勿|切勿|请不要|請不要|\bprevent(?:s|ing)?\b|\bprotect(?:s|ing)? (?:it |them |your [a-z ]{1,20})?(?:from|against)\b|\bguard against\b|\bplease (?:avoid|do not|don't)\b/;
const USER_SUBJECT = /(?:您|你|用户|用戶)(?:需要|需|可以|可|应|應|将|將|主动|自行|在)?[^，,。]{0,6}$/;

/** The claims of one statement block. */
export function claimsInBlock(ctx: ClaimContext, block: Block): Claim[] {
  if (block.kind !== 'statement') return [];
  const { view, tokens } = ctx;
  const inBlock = tokens.filter((t) => t.start >= block.start && t.end <= block.end);
  // A verb made a noun (提供者, 服务提供商, 使用方, 收集方式) is no action, and no end of a list.
  const verbs = inBlock.filter((t) => t.kind === 'verb' && t.strength !== 'trait' && !(CJK.test(t.surface) && /^(?:者|商|方(?!面))/.test(view.slice(t.end, t.end + 1))));
  const data = inBlock.filter((t) => t.kind !== 'verb');
  if (data.length === 0 && !verbs.some(takesData)) return [];
  const known = (a: number, b: number) => data.some((t) => t.start < b && a < t.end);
  const strong = verbs.filter((t) => t.strength === '');
  const action = (a: number, b: number) => strong.some((t) => t.start < b && a < t.end);
  const claims: Claim[] = [];
  const used = new Set<number>();
  for (let k = 0; k < verbs.length; k++) {
    const verb = verbs[k]!;
    // "为您提供…服务": a service provided to the person, not data given away.
    if (verb.strength === 'weak' && /(?:为|為|向|给|給)(?:您|你|用户|用戶)$/.test(view.slice(Math.max(block.start, verb.start - 3), verb.start))) continue;
    // The person uses, visits or looks something up ("您使用我们的服务时…"): not an action on their data.
    if (verb.strength === 'weak' && verb.action !== 'share' && verb.action !== 'collect' && /(?:您|你|用户|用戶)(?:所|在|可以|可|需要|正在|主动|自行|继续)?$/.test(view.slice(Math.max(block.start, verb.start - 5), verb.start))) continue;
    if (namesNoAction(view, verb, verbs, block)) continue;
    // A verb inside an item of a claim already made ("拟使用的会员名").
    if (claims.some((c) => c.data.some((d) => d.start <= ctx.toOriginal(verb.start, verb.end)[0] && ctx.toOriginal(verb.start, verb.end)[1] <= d.end))) continue;
    // "个人敏感信息包括身份证件号码、个人生物识别信息…": a category described by its members.
    if (describesMembers(view, verb, data)) continue;
    // A definition inside a list of them ("（3）个人敏感信息是指……包括……").
    const [sa, sb] = sentenceSpan(view, verb.start);
    if (definesCategory(view.slice(Math.max(block.start, sa), Math.min(sb, verb.start))) || continuesDefinition(view, Math.max(block.start, sa))) continue;
    // A rule about claims, not a claim: "如我们使用您的个人信息超出…", "除非…", "我们如何收集…".
    const clauseBefore = view.slice(prevClauseStart(view, verb.start, block), verb.start);
    if (RULE_CLAUSE.test(clauseBefore)) continue;
    // "防止…泄露", "請避免…": guarding against the action, not doing it.
    if (GUARD.test(clauseBefore)) continue;
    // "如涉及向境外传输…", "…规则请见第十条": a case that may arise, or a pointer.
    const [ssa, ssb] = sentenceSpan(view, verb.start);
    const sentenceBefore = view.slice(Math.max(block.start, ssa), verb.start);
    // A pointer in the verb's own clause ("…的规则请见第十条"); one after a list of data leaves the claim.
    if (HYPOTHETICAL.test(sentenceBefore) || REFERENCE.test(view.slice(verb.end, Math.min(block.end, ssb, nextClauseEnd(view, verb.end, block))))) continue;
    // Verbs in a row share their data ("收集、使用、存储您的个人信息"): find the last of the run.
    let last = k;
    while (last + 1 < verbs.length && /^(?:[、,，/\s]|和|及|与|與|或|并|並|and|or)*$/.test(view.slice(verbs[last]!.end, verbs[last + 1]!.start))) last++;
    const after = verbs[last]!.end;
    const clauseEnd = nextClauseEnd(view, after, block);
    let items: ListItem[] = [];
    let reason: ClaimReason = 'action-list';
    // Noun form: "我们收集的信息包括：…", "the information we collect includes".
    const rest = view.slice(after, Math.min(block.end, after + 24));
    const noun = /^(?:的|到的|之)(?:个人信息|信息|数据|資料|資訊|个人数据)?(?:可能|将|会|还|也|主要|具体|具體)*(?:包括|包含|有|如下|为|為)(?:但不限于|但不限於|但不仅限于|但不僅限於)?[：:]?|^(?:\s+(?:information|data)\s+(?:includes?|is|are)\s*:?)/.exec(rest);
    if (noun) {
      const from = after + noun[0].length;
      items = listFrom(view, from, { known, action, limit: listLimit(view, from, block), lines: block.listStart < block.end });
      reason = 'noun-form';
      if (!items.some((it) => known(it.start, it.end))) items = [];
    }
    // "您向我们提供的信息（姓名、手机号…）": the bracket lists what the noun holds.
    const bracketNoun = items.length === 0 ? /^(?:的|到的)(?:个人信息|个人数据|信息|數據|数据|資料|資訊)[\s*_]*[（(]/.exec(rest) : null;
    if (bracketNoun) {
      const from = after + bracketNoun[0].length;
      const close = view.slice(from, Math.min(block.end, from + 400)).search(/[）)]/);
      if (close > 0) {
        items = listFrom(view, from, { known, action, limit: from + close, lines: false });
        reason = 'noun-form';
        if (!items.some((it) => known(it.start, it.end))) items = [];
      }
    }
    // "通过采集到的设备信息…", "基于您授权的地理位置信息…": the data the action was done on.
    const relative = items.length === 0 ? /^(?:到的|的)(?=[\u3400-\u9fffa-z])/i.exec(rest) : null;
    const relStart = relative ? after + relative[0].length : -1;
    const relToken = relative ? data.find((t) => t.start >= relStart && t.start <= relStart + 4 && !t.generic && !CLAUSE_END.test(view.slice(relStart, t.start))) : undefined;
    if (relToken) {
      items = listFrom(view, relStart, { known, action, limit: listLimit(view, relStart, block), lines: false });
      if (!items.some((it) => known(it.start, it.end))) items = [];
      reason = 'noun-form';
    }
    if (items.length === 0) {
      reason = 'action-list';
      const from = skipFiller(view, after, clauseEnd);
      const lines = block.listStart < block.end && after <= block.listStart;
      items = listFrom(view, from, { known, action, limit: listLimit(view, after, block), lines });
      if (!items.some((it) => known(it.start, it.end))) items = [];
      // "我们会收集您的缓存记录、手机存储状态": right after a collecting or sharing verb, a list the
      // lexicon does not know holds when one of its items is named as data (…记录, …信息, …数据).
      if (items.length === 0 && takesData(verbs[last]!) && from - after <= 4) {
        const headed = (a: number, b: number) => known(a, b) || headNoun(view.slice(a, b));
        const more = listFrom(view, from, { known: headed, action, limit: listLimit(view, after, block), lines });
        if (more.length > 0 && more[0]!.start - from <= 2 && more.some((it) => headed(it.start, it.end))) items = more;
      }
    }
    // Object first: "您的个人信息将被出售", "将位置信息和设备信息打包出售".
    if (items.length === 0) {
      let clauseStart = prevClauseStart(view, verb.start, block);
      // "我们会将您的姓名及身份证号码提供给…": the list starts after 将 / 把.
      // 对 as a preposition only ("对您的…"), not inside a word (对账, 对话).
      const jiang = /(?:将|將|把)(?!会|會|于|於|此|其|外)|(?:对|對)(?!账|賬|话|話|比|象|应|應|手|方|外|于|於|此|其|待|接|照|称|稱|焦|准|準|等|会|會)/g;
      let jm: RegExpExecArray | null;
      const clauseText = view.slice(clauseStart, verb.start);
      let cut = -1;
      while ((jm = jiang.exec(clauseText)) !== null) cut = jm.index + 1;
      if (cut > 0) clauseStart += cut;
      else {
        // "将您的设备型号等设备信息，应用列表信息提供给友盟": 将 in an earlier clause of the sentence,
        // with no action between it and the verb, fronts the whole list.
        const [sa] = sentenceSpan(view, verb.start);
        const from = Math.max(block.start, sa, verb.start - 160);
        const sentenceText = view.slice(from, clauseStart);
        let at = -1;
        jiang.lastIndex = 0;
        while ((jm = jiang.exec(sentenceText)) !== null) at = jm.index + 1;
        const span = view.slice(from + at, verb.start);
        // Each clause between holds items: it ends in a data word or a bracket of examples.
        const itemsOnly = [...span.matchAll(/[，,]/g)].every((c) => {
          const p = from + at + c.index!;
          return known(p - 1, p) || /[）)]/.test(view.charAt(p - 1));
        });
        if (at > 0 && itemsOnly && !verbs.some((t) => t.start >= from + at && t.end <= verb.start && t !== verb) && !/[：:]/.test(span)) {
          clauseStart = from + at;
          cut = at;
        }
      }
      // "将用户画像与广告、分析服务类的合作伙伴共享": what stands after 与/向 names the recipients, not data.
      const withAt = /(?:与|與|向|同|给|給)(?=[^，,。；;与與向同给給]*$)/.exec(view.slice(clauseStart, verb.start));
      const recipientFrom = withAt && RECIPIENT_WORDS.test(view.slice(clauseStart + withAt.index, verb.start)) ? clauseStart + withAt.index : verb.start;
      const before = listBefore(view, verb.start, { known, action, limit: clauseStart, from: cut > 0 ? clauseStart : undefined }).filter((it) => (known(it.start, it.end) || it.end <= verb.start) && it.end <= recipientFrom);
      if (before.some((it) => known(it.start, it.end))) {
        items = before;
        reason = 'object-first';
      }
    }
    // Examples in the next sentence ("…详细使用情况。例如您的搜索查询内容、IP地址…") extend the
    // list, or are the list when the object before them is not a data word the lexicon knows.
    if (items.length || reason === 'action-list') {
      const sEnd = sentenceSpan(view, verbs[last]!.end)[1];
      const ex = sEnd < block.end ? EXAMPLES_START.exec(view.slice(sEnd, Math.min(block.end, sEnd + 16))) : null;
      if (ex) {
        const from = skipFiller(view, sEnd + ex[0].length, block.end);
        const more = listFrom(view, from, { known, action, limit: listLimit(view, from, block), lines: false });
        if (more.some((it) => known(it.start, it.end))) items = [...items, ...more];
      }
    }
    // "我们会使用优量汇、穿山甲、某某的SDK": the list names components, not data.
    if (items.length && COMPONENTS_AFTER.test(view.slice(items[items.length - 1]!.end, items[items.length - 1]!.end + 8))) items = [];
    // A list does not run on into advice ("…也會公開，因此請避免在照片中出現您的臉部") or a pointer ("…，详见…").
    const advice = items.findIndex((it) => it.start > after && (GUARD.test(view.slice(after, it.start)) || REFERENCE.test(view.slice(after, it.start))));
    if (advice >= 0) items = items.slice(0, advice);
    // "将我们收集的您的设备信息（…）提供给合作方": the data of the relative clause before it is what is given.
    let reused: ClaimData[] | undefined;
    if (items.length === 0 && verb.action !== 'collect') {
      const vs = ctx.toOriginal(verb.start, verb.end)[0];
      const cs = ctx.toOriginal(prevClauseStart(view, verb.start, block), verb.start)[0];
      reused = [...claims].reverse().find((c) => c.reason === 'noun-form' && c.data.length > 0 && c.data.every((d) => d.end <= vs && d.start >= cs))?.data;
    }
    if (items.length === 0 && !reused) {
      k = last;
      continue;
    }
    const claimData = reused ?? items.map((it) => dataOf(ctx, it, data)).filter((d): d is ClaimData => d !== null);
    // "包括", "包含": the list is of the action named before it in the block ("我们共享的信息包括…").
    if (verb.action === 'collect' && LEAD_VERB.test(verb.surface)) {
      const prior = [...verbs.slice(0, k)].reverse().find((x) => x.strength === '' && !LEAD_VERB.test(x.surface));
      if (prior && prior.action) (verb as { action: Action }).action = prior.action;
    }
    if (claimData.length === 0) {
      k = last;
      continue;
    }
    for (let j = k; j <= last; j++) {
      const v = verbs[j]!;
      if (used.has(v.start)) continue;
      used.add(v.start);
      const claim = buildClaim(ctx, block, v, claimData, reason, clauseEnd);
      // The same action on the same data once ("我们收集的信息包括…": 收集 and 包括 name one list).
      // So is a second reading of part of a list ("…包括但不限于浏览器、IP地址": 收集 and 包括).
      if (claims.some((c) => c.action === claim.action && claim.data.every((d) => c.data.some((e) => e.start === d.start && e.end === d.end)))) continue;
      claims.push(claim);
    }
    k = last;
  }
  return claims;
}

/**
 * An item named as data by its last word ("缓存记录", "专辑信息"), not a generic or pointing one
 * ("相关信息", "上述数据"). It reads the folded view: Traditional forms the fold maps (個人, 記錄) need
 * no alternative of their own.
 */
function headNoun(text: string): boolean {
  const t = text.trim().replace(/^(?:您的|你的|用户的|您|你)/, '');
  return t.length >= 3 && t.length <= 10 && /^[\u3400-\u9fff]+$/.test(t) && /(?:信息|資訊|资讯|数据|资料|資料|记录|日志|日誌)$/.test(t) && !/^(?:相关|上述|该|該|这|這|此|其|以下|如下|下列|必要|前述|有关|部分|其他|其它|更多|额外|个人|用户|您|你|全部|所有|任何|各类|各种|一些|某些|特定|更|具体|具體|对应|所需|不同|同类|敏感|隐私|身份|公开|公開|非)/.test(t) && !/的/.test(t);
}


/**
 * A verb word that is not an action here: the end of a noun in a list ("航程查询、行程管理"), a
 * service, party or feature it names ("分析服务", "授权合作伙伴", "共享功能"), whether data can
 * identify someone ("无法识别特定自然人身份的信息"), or a purpose ("为展示您的订单信息，我们会收集…").
 */
function namesNoAction(view: TextView, verb: Token, verbs: readonly Token[], block: Block): boolean {
  if (verb.strength === 'weak' && /^[、，,]/.test(view.slice(verb.end, verb.end + 1)) && CJK.test(view.charAt(verb.start - 1)) && !verbs.some((x) => x.start > verb.end && x.start <= verb.end + 2)) return true;
  const next4 = view.slice(verb.end, verb.end + 4);
  if (/^(?:服务|服務|类|類|工具|功能|按钮|按鈕|协议|協議)/.test(next4)) return true;
  if (!GIVES_AWAY.has(verb.action) && /^(?:平台|机构|機構|合作伙伴|合作夥伴|合作方|第三方|公司)/.test(next4)) return true;
  const before = (n: number) => view.slice(Math.max(block.start, verb.start - n), verb.start);
  if (/^(?:识别|識別|辨识|辨識|识别出|識別出)$/.test(verb.surface) && /(?:无法|無法|不能|难以|難以|不可|可以|能够|能夠|可|足以)(?:单独|單獨|直接|间接|間接)?$/.test(before(6))) return true;
  return (verb.strength !== '' || verb.action !== 'collect') && PURPOSE_BEFORE.test(before(4));
}

/** Fillers between an action and its list: 您的, 以下, 如下, "以下信息：", "your", "the following". */
function skipFiller(v: TextView, from: number, end: number): number {
  const rest = v.slice(from, Math.min(end, from + 80));
  // "提供以下额外信息，将有助于…：昵称、头像": the list after the colon later in the sentence.
  const ahead = /^(?:您|你)?的?(?:以下|如下|下列)[\u3400-\u9fff]{0,6}?(?:信息|資訊|数据|數據|資料|资料)[^。；;：:\n]{1,40}[：:]\s*/.exec(v.slice(from, from + 80));
  if (ahead) return from + ahead[0].length;
  const m = /^(?:并|並|或|和|、|\s)*(?:但不限于|但不限於|但不仅限于|但不僅限於)?(?:您|你|用户|用戶)?(?:的|在[^，,。]{1,16}?(?:时|中)(?:产生|提供)?的|在[^，,。；;的]{1,16}的)?(?:[\u3400-\u9fff]{1,6}?的(?=以下|如下|下列))?(?:以下|如下|下列|这些|這些|相关|相關|必要的?)?(?:的)?(?:部分或全部|全部或部分|部分)?(?:(?:几|幾)?(?:类|類|种|種|项|項)?(?:的)?(?:个人信息|個人資料|个人数据|信息|資訊|数据|資料|内容|內容|权限|權限)(?:的)?(?:类型|類型|种类|種類|类别|類別|字段|范围|範圍|名称|名稱)?(?:[（(][^）)：:\n]{1,40}[）)])?\s*[：:]\s*)?|^\s*(?:these (?:data types|types of (?:data|information)|kinds of (?:data|information)|categories of (?:data|information))\s*:?\s*|(?:the following|your|the|some|certain)\s+)?/.exec(rest);
  return from + (m ? m[0].length : 0);
}

function nextClauseEnd(v: TextView, from: number, block: Block): number {
  for (let i = from; i < block.end; i++) if (CLAUSE_END.test(v.charAt(i)) && !(v.charAt(i) === ',' && /\d/.test(v.charAt(i + 1))) && !(v.charAt(i) === '\n' && breaksMidList(v, i))) return i;
  return block.end;
}

function prevClauseStart(v: TextView, from: number, block: Block): number {
  for (let i = from - 1; i >= block.start; i--) if (CLAUSE_END.test(v.charAt(i))) return i + 1;
  return block.start;
}

/** How far a list may run: the sentence, or the list lines of the block. */
function listLimit(v: TextView, from: number, block: Block): number {
  if (block.listStart < block.end && from <= block.listStart + 2) return block.end;
  for (let i = from; i < block.end; i++) {
    const c = v.charAt(i);
    if ('。；;！？!?\n'.includes(c) && !(c === '\n' && breaksMidList(v, i))) return i;
  }
  return block.end;
}

/** A list item as claim data: its type from the word the lexicon knows in it, or its head's. */
function dataOf(ctx: ClaimContext, it: ListItem, data: readonly Token[]): ClaimData | null {
  const inside = data.filter((t) => t.start < it.end && it.start < t.end);
  const own = inside.find((t) => !t.generic) ?? inside[0];
  let type: DataType | '' = own?.type ?? '';
  let generic = own?.generic === true && inside.every((t) => t.generic);
  if (!own && it.head >= 0) {
    const head = data.find((t) => t.start <= it.head && it.head < t.end) ?? data.find((t) => t.start >= it.head && t.start < it.head + 24);
    if (head && !head.generic) type = head.type;
    generic = false;
  }
  if (!type) type = 'other';
  let [start, end] = ctx.toOriginal(it.start, it.end);
  // An item starts and ends at its words, not at the line break or the space around them.
  while (start < end && /\s/.test(ctx.original.charAt(start))) start++;
  while (end > start && /\s/.test(ctx.original.charAt(end - 1))) end--;
  const text = ctx.original.slice(start, end);
  if (!text) return null;
  // An item the lexicon does not know must read as data: not a section number or a dash,
  // not one character, not a company, a recipient or a component ("关联方", "银联支付SDK").
  const bare = text.trim();
  if (!own && (NOT_AN_ITEM.test(bare) || RECIPIENT_ITEM.test(bare))) return null;
  // A component or a company is not data, whatever word it holds ("百度定位SDK", "某某地图公司").
  if (COMPONENT_ITEM.test(bare)) return null;
  return { text, start, end, type, sensitive: isSensitive(type), ...(generic ? { generic: true } : {}) };
}

function span(ctx: ClaimContext, a: number, b: number): ClaimSpan {
  const [start, end] = ctx.toOriginal(a, b);
  return { text: ctx.original.slice(start, end).trim(), start, end };
}

function buildClaim(ctx: ClaimContext, block: Block, verb: Token, data: ClaimData[], reason: ClaimReason, clauseEnd: number): Claim {
  const { view } = ctx;
  const clauseStart = prevClauseStart(view, verb.start, block);
  const before = view.slice(clauseStart, verb.start);
  const cjk = CJK.test(view.slice(verb.start, verb.end)) || CJK.test(before.slice(-4));
  let action: Action = verb.action || 'collect';
  const statement = view.slice(block.start, block.end);
  const clause = view.slice(clauseStart, clauseEnd);
  // Recipient: "向第三方提供", "与关联公司共享", "提供给合作伙伴", "share with advertisers".
  let recipient: ClaimSpan | undefined;
  const recBefore = /(?:向|与|與|给|給|同|和)([^，,。；、]{1,24}?)(?:共享|提供|披露|转让|轉讓|传输|傳輸|出售|分享|传送|傳送|发送)$/.exec(view.slice(clauseStart, verb.end));
  const recAfter = /^(?:给|給|予|至|到|于|於)([^，,。；;、]{1,24})|^\s*(?:with|to)\s+([^,.;!?\n]{1,50})/.exec(view.slice(verb.end, clauseEnd));
  if (recBefore && RECIPIENT_WORDS.test(recBefore[1]!)) {
    const a = clauseStart + recBefore.index + recBefore[0].indexOf(recBefore[1]!);
    recipient = span(ctx, a, a + recBefore[1]!.length);
  } else if (recAfter) {
    const text = recAfter[1] ?? recAfter[2]!;
    const a = verb.end + recAfter[0].indexOf(text);
    if (RECIPIENT_WORDS.test(text) || /[\u3400-\u9fff]{2,}(?:公司|集团|平台|机构|部门)/.test(text)) recipient = span(ctx, a, a + text.length);
  } else {
    const m = RECIPIENT_WORDS.exec(clause);
    if (m && GIVES_AWAY.has(action)) recipient = span(ctx, clauseStart + m.index, clauseStart + m.index + m[0].length);
  }
  // "您需要提供…" (the person gives it to us) is collection; "向第三方提供" is sharing.
  // "将您的姓名提供给我们": given to us is collection.
  if (action === 'share' && /^(?:给|給|予)?(?:我们|我們|本公司|本平台|本应用|本應用)(?!的)/.test(view.slice(verb.end, clauseEnd))) action = 'collect';
  if (verb.strength === 'weak' && action === 'share' && !recipient && (USER_SUBJECT.test(before) || !/(?:向|与|與|给|給)/.test(before) || /(?:向|给|給)(?:我们|我們|本公司|本平台)\s*$/.test(before))) action = 'collect';
  if (PERMISSION.test(clause) && (action === 'collect' || verb.surface === '调用' || verb.surface === '申请')) action = 'permission';
  // A transfer names its destination anywhere in its sentence ("when we transfer data from the EEA, the UK or Switzerland to countries…").
  const [ss, se] = sentenceSpan(view, verb.start);
  const abroad = ABROAD.test(clause) || (recipient !== undefined && ABROAD.test(recipient.text)) || (action === 'transfer' && ABROAD.test(view.slice(Math.max(block.start, ss), Math.min(block.end, se))));
  if (abroad && (action === 'share' || action === 'collect' || action === 'store')) action = action === 'store' ? 'store' : 'transfer';
  // Purpose and condition: in the statement around the action.
  let purpose: ClaimSpan | undefined;
  const pm = (cjk ? PURPOSE_ZH : PURPOSE_EN).exec(statement);
  if (pm) {
    const text = pm[1]!.replace(/[，,]+$/, '');
    const a = block.start + pm.index + pm[0].indexOf(pm[1]!);
    purpose = span(ctx, a, a + text.length);
  }
  let condition: ClaimSpan | undefined;
  const cm = (cjk ? CONDITION_ZH : CONDITION_EN).exec(statement);
  if (cm) condition = span(ctx, block.start + cm.index, block.start + cm.index + cm[0].length);
  let actor: ClaimSpan | undefined;
  ACTOR.lastIndex = 0;
  let am: RegExpExecArray | null;
  let lastActor: RegExpExecArray | null = null;
  while ((am = ACTOR.exec(before)) !== null) lastActor = am;
  if (lastActor) actor = span(ctx, clauseStart + lastActor.index, clauseStart + lastActor.index + lastActor[0].length);
  // Negation: a cue before the action in its clause, or between the data and an action after it.
  const lookback = before.slice(-(cjk ? 16 : 50));
  let negated = negatedBefore(lookback, cjk, view.slice(verb.end, Math.min(clauseEnd, verb.end + 20)));
  if (!negated && reason === 'object-first') negated = negatedBefore(before, cjk);
  // "我们不会将有关个人信息向境外提供": the cue governs a 将/把/向 phrase, however long.
  if (!negated && cjk) negated = NEG_BA.test(before);
  // "我们不会…使用、共享和披露，或将您的个人信息传输至境外": 或 carries the negation on.
  if (!negated && cjk && /^\s*(?:或者?|也不|亦不|以及)/.test(before) && clauseStart > block.start) {
    const prev = view.slice(prevClauseStart(view, clauseStart - 1, block), clauseStart);
    negated = /(?:不会|不會|不得|绝不|絕不|决不|決不|从不|從不|不再|并不|並不)/.test(prev);
  }
  const [start, end] = ctx.toOriginal(block.start, block.end);
  const sentenceText = ctx.original.slice(start, end).replace(/\s+/g, ' ').trim();
  return {
    action,
    negated,
    data,
    ...(actor ? { actor } : {}),
    ...(recipient ? { recipient } : {}),
    ...(purpose ? { purpose } : {}),
    ...(condition ? { condition } : {}),
    ...(abroad ? { abroad: true } : {}),
    sentence: sentenceText.length > 200 ? sentenceText.slice(0, 199) + '…' : sentenceText,
    start,
    end,
    reason,
  };
}

export type { TextBlock } from './blocks';

/**
 * The claims of statement blocks, each read on its own text (the content script sends the
 * blocks; the background and the CLI run this, so both give the same claims). Each claim
 * says which block it comes from (`block`), which the popup uses to scroll to it.
 */
export function claimsFromBlocks(blocks: readonly TextBlock[], matcher: Matcher): Claim[] {
  const out: Claim[] = [];
  blocks.forEach((b, index) => {
    const norm = normalize(b.text);
    const tokens = matchTokens(matcher, norm.base);
    if (!tokens.some((t) => t.kind !== 'verb' || takesData(t))) return;
    const base = norm.base;
    const view: TextView = {
      length: base.length,
      base,
      slice: (x, y) => fold(base, Math.max(0, x), Math.min(base.length, y), matcher.fold),
      charAt: (i) => (i >= 0 && i < base.length ? String.fromCharCode(foldUnit(matcher.fold, base.charCodeAt(i))) : ''),
      code: (i) => (i >= 0 && i < base.length ? foldUnit(matcher.fold, base.charCodeAt(i)) : -1),
    };
    const listStart = Math.min(base.length, b.listStart);
    const ctx: ClaimContext = {
      view,
      tokens,
      original: b.text,
      toOriginal: (x, y) => toOriginalSpan(norm, x, y),
    };
    for (const c of claimsInBlock(ctx, { start: 0, end: base.length, kind: 'statement', listStart })) out.push({ ...shiftClaim(c, b.start), block: index });
  });
  return out;
}

function shiftSpan<T extends ClaimSpan>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

/** A claim with its offsets moved by `by` (from a block or a piece to the whole text). */
export function shiftClaim(c: Claim, by: number): Claim {
  if (by === 0) return c;
  return {
    ...c,
    start: c.start + by,
    end: c.end + by,
    data: c.data.map((d) => shiftSpan(d, by)),
    ...(c.actor ? { actor: shiftSpan(c.actor, by) } : {}),
    ...(c.recipient ? { recipient: shiftSpan(c.recipient, by) } : {}),
    ...(c.purpose ? { purpose: shiftSpan(c.purpose, by) } : {}),
    ...(c.condition ? { condition: shiftSpan(c.condition, by) } : {}),
  };
}
