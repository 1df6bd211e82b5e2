import { breaksMidList, type TextView } from './clauses';

/**
 * Stage 4 of the detector: the items of a list of data ("姓名、银行卡号、有效期及手机号码",
 * "设备信息（设备型号、操作系统、IMEI）", "your name, email address and phone number",
 * numbered lines under "这些信息包括："). Items a lexicon does not know are kept when they
 * stand between separators in a list the lexicon anchors; the list ends at a clause end,
 * a purpose ("用于", "to"), a condition, an action, or anything too long to be an item.
 * Its rules read the folded view, as those of clauses.ts do: no Traditional character the
 * fold maps away (tests/unit/fold-rules.test.ts).
 */
export interface ListItem {
  start: number;
  end: number;
  /** Item under a head ("设备信息：设备型号、…" or "设备信息（IMEI）"): the head's start, else -1. */
  head: number;
}

/** Separators between items. */
const SEP_CJK = /^(?:、|，|,|\/|和\/或|以及|或者|及其|和|及|与|與|或|跟|；|;|\s+)$/;
/** Words that open a list or introduce examples. */
const LEAD_CJK = /^(?:包括但不限于|包括|包含|例如|比如|诸如|諸如|譬如|即|如|具体为|具体包括|主要包括|主要为|含|(?:这些|這些|该等|該等|上述)(?:个人)?(?:信息|資訊|数据|資料)(?:为|包括|是|具体为))(?:[：:]|(?<=例如|比如|譬如|诸如|諸如)[，,])?/;
const LEAD_EN = /^(?:including but not limited to|including|includes|include|such as|e\.g\.,?|for example,?|namely|like)\s+/;
/** An item cannot contain these: they start a purpose, a condition, a subject or another statement. */
const NOT_ITEM_CJK = /用于|用以|以便|以及时|为了|为您|以免|以确保|以保障|从而|目的|以提供|以完成|以实现|以验证|以帮助|以向|当您|当你|时候|如果|若您|您可以|你可以|您可|我们|我們|将会|将(?=[您其个所这该])|会(?=[收获使用存提共上传记读采])|可能|需要|应当|可以|请|通过|根据|依据|按照|并非|不会|无法|拒绝|同意|授权|权限的|是否|就是|是指|属于|这些|該等|该等|此类|上述|下列|以下|如下|^(?:作为|进行|对|向|给|由|被|从|因|但|均|中(?!国|文|奖)|时(?!间|区|长|段|刻|效|速|钟)|后(?!台)|里|并|且|或|为|在(?!线))|.您|将(?!军)|是(?!否)|如有|其中|相关的|有关的|直接|^[#\d一二三四五六七八九十\s.、]+$|情形|(?<!使用|运行|安装|安裝)情况|遵守|法律|法规|规定|要求|命令|(?<!应用|小)程序|侦查|起诉|审判|判决|利益|国家安全|公共安全|公共卫生|新闻报道|(?<!分发|下载|安装|安裝|来源)渠道|编辑|传播|修改|删除|更正|复制|加工|整理|注销|撤回|查阅|转发|使用我们|为您提供/;
/** Nouns that end a service, a purpose or a rule, not data ("搜索推荐功能", "安全措施"). */
const NOT_ITEM_END_CJK = /(?:功能|服务|(?<!分发|下载|安装|安裝|来源)渠道|情形|措施|目的|要求|规定|协议|程序|权利|义务|责任|利益|活动|需要|需求|机构|公司|的|时|中|之后|之前|前|后|外|结合|关联|匹配|评估|约束)$/;
/** Actions a list right after a verb may start with ("上传、制作、编辑、发布视频"): not data unless under a head ("行为信息：点击、关注"). */
const UI_ACTION = /^(?:制作|发布|编辑|下载|安装|安裝|卸载|登录|登入|注册|分享|评论|点赞|关注|收藏|购买|支付|充值|修改|删除|删減|转发)$/;
const NOT_ITEM_EN = /\b(?:to|for|when|if|in order|so that|so we|which|that|who|why|how|whether|said|says|asked|questioned|because|we|you|us|our|will|may|can|must|is|are|was|were|be|been|by|from|about|through|via|with|without|unless|where)\b/;
const MAX_ITEM = { cjk: 18, latin: 48 };
const MAX_ITEMS = 60;
const OPEN = '（(【[「';
const CLOSE = '）)】]」';

/** Item text without the modifiers a list puts before it ("您的", "相关的", "your", "the"). */
const MODIFIER_CJK = /^(?:您的|你的|用户的|您本人的|本人的|其他的?|其它的?|其(?![他它余])|我们的|相关的?|必要的?|有关的?|部分|一些|具体的?|您所使用的|所使用的|您使用的|您|你|了|到|过|的)+/;
const MODIFIER_EN = /^(?:your|their|the|a|an|any|some|certain|other|such|basic|related)\s+/;
const TRAILING_CJK = /(?:等等?(?:信息|数据|資料|資訊|数据信息)?|等相关信息|在内|信息$(?=x)|\s+)$/;

function isCjkChar(c: string): boolean {
  return c >= '\u3400' && c <= '\u9fff';
}

/** Trim an item span to its meaningful text; null when nothing is left. */
function trimItem(v: TextView, a: number, b: number): [number, number] | null {
  let s = v.slice(a, b);
  let lead = s.length - s.trimStart().length;
  s = s.trim();
  const strip = (re: RegExp) => {
    const m = re.exec(s);
    if (m && m[0].length > 0 && m[0].length < s.length) {
      lead += m[0].length;
      s = s.slice(m[0].length);
    }
  };
  // Markdown and quotes around items.
  const md = /^[*_“"'‘「『【\s]+/.exec(s);
  if (md) {
    lead += md[0].length;
    s = s.slice(md[0].length);
  }
  // "…（MAC）等设备信息": the list's closing words; the data is what follows 等.
  strip(/^(?:等等|等)(?=[\u3400-\u9fff]{2})/);
  strip(isCjkChar(s.charAt(0)) ? MODIFIER_CJK : MODIFIER_EN);
  // Markdown after the owner ("您的_订单信息_"), and at the end.
  strip(/^[*_]+/);
  s = s.replace(/(?<=\S)[*_\s]+$/, '');
  // "对我们服务的详细使用情况", "您在第三方平台注册的公开信息", "不识别您个人身份的间接画像标签":
  // a long relative clause before the last 的 is not the data; the noun after it is.
  strip(/^(?:对|关于)[^的]{1,12}的/);
  // "收集未成年人个人信息的情况": the case, not the data; the data is before 的.
  s = s.replace(/的(?:情况|情形|时候)$/, '');
  // "驾驶证等载明您身份的证件": the item is what stands before 等; the rest sums the list up.
  const deng = /^(.{2,}?)等(?![级級待同])(?=[\u3400-\u9fff]{2})/.exec(s);
  if (deng && /的|您|你/.test(s.slice(deng[0].length))) s = deng[1]!;
  // "录音文件在存储时…": 在 opens the time or place of the action, not the data.
  s = s.replace(/(?<=[\u3400-\u9fff]{2})(?:在|于)$/, '');
  // "手机信息包括：…": the head, without its lead word.
  s = s.replace(/(?<=[\u3400-\u9fff]{2})(?:主要)?(?:包括|包含)$/, '');
  const de = s.lastIndexOf('的');
  if (de > 0 && de < s.length - 1 && (de > 6 || /您|你|不|我们|用户|在/.test(s.slice(0, de)))) {
    lead += de + 1;
    s = s.slice(de + 1);
  }
  s = s.replace(/[*_”"'’」』】）)\]\s]+$/, '').replace(/以$/, '');
  // "需提供姓名", "须填写手机号": the verb before the data is not the data.
  const verbLead = /^(?:需要?|须|必须|应|请)?(?:提供|填写|上传|输入|提交)(?=[\u3400-\u9fff]{2})/.exec(s);
  if (verbLead) {
    lead += verbLead[0].length;
    s = s.slice(verbLead[0].length);
  }
  const trail = TRAILING_CJK.exec(s);
  if (trail && trail.index > 0) s = s.slice(0, trail.index);
  if (s.length === 0) return null;
  return [a + lead, a + lead + s.length];
}

/**
 * "结果中所包含的个人信息", "服务所必要的个人信息": a clause before a generic word names no
 * data; the item is the generic word (whose data it is, a child's or a staff member's, stays).
 */
function genericTail(v: TextView, span: [number, number] | null, known: ListOptions['known']): [number, number] | null {
  if (!span) return span;
  const t = v.slice(span[0], span[1]);
  const g = /的((?:个人)(?:敏感)?(?:信息|資料|资料|数据|資訊))$/.exec(t);
  if (!g || known(span[0], span[0] + g.index) || /孩子|儿童|子女|未成年|学生|员工/.test(t.slice(0, g.index))) return span;
  return [span[1] - g[1]!.length, span[1]];
}

/** A bare word for "information" says nothing: not an item. */
const BARE = /^(?:信息|数据|資料|資訊|资料|数据信息|内容|information|data|info|details)$/;
/** Not data, though it may stand in a list of data (each part one kind). */
const NOT_DATA_CJK = new RegExp(
  [
    // The principles data is handled by: "合法、正当、必要".
    String.raw`^(?:合法|正当|正當|必要|真实|准确|有效|完整|及时|诚信|誠信|透明|公开|公開|自愿|自願|安全|最小必要|知情同意)(?:性|的)?$`,
    // A note in brackets ("（非必填）", "（部分）", "（如有）"), or identity as such.
    String.raw`^(?:非必填|必填|选填|選填|可选|可選|部分|如有|如適用|如适用|若有|必要时|可选填|可不填|如已登录|已登录|(?:个人)?身份)$`,
    // A wish, an experience, a product, service, feature or operation.
    String.raw`不想|不愿|不願|不希望|(?:体验)$`,
    String.raw`^(?:(?:所)?使用的|我们的)?(?:产品|服务|功能|(?:用户)?操作|使用)$`,
    // An item that ends in a step or a lead word, or holds a clause ("才能", "采取…").
    String.raw`(?:使用|包括|包含|如下|注册|登录|绑定)$`,
    String.raw`才能|选择使用|選擇使用|采取|均留有`,
    // An error state ("个人信息有错误").
    String.raw`(?:有误|错误|不完整|不准确)$`,
    // A generic word with more after it ("个人信息的第三方", "个人信息已…").
    String.raw`(?:个人|用户)(?:敏感)?(?:信息|資料|资料|数据|資訊)(?:的|已|主体|主體|遵循|类型|种类|范围|处理|保护|时|中)`,
    // Security processing ("对个人敏感信息做加密").
    String.raw`做(?:加密|匿名|去标识|脱敏|脫敏)`,
    // A rule, a period, or an action at the end ("与广告服务商共享").
    String.raw`(?:原则|规则|条款|期间|步骤|步驟|共享|分享|披露|转让)$`,
  ].join('|'),
);

function acceptable(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || BARE.test(t)) return false;
  const cjk = /[\u3400-\u9fff]/.test(t);
  if (t.length > (cjk ? MAX_ITEM.cjk : MAX_ITEM.latin)) return false;
  if (cjk ? NOT_ITEM_CJK.test(t) || NOT_ITEM_END_CJK.test(t) || NOT_DATA_CJK.test(t) : NOT_ITEM_EN.test(t)) return false;
  // A clause end inside cannot be an item.
  return !/[。！？!?]/.test(t);
}

/** Where a purpose starts inside a run of text ("头像以加强个性化展示"): the item ends there. */
const PURPOSE_START = /^(?:用于|用以|以便|为了|从而|以(?:加|提|完|实|确|保|验|帮|向|进|改|优|满|识|防|供|便|及时|为)|来(?:完|提|实|确|保|验|帮|进|改|优|满|识|防)|(?:向|为|给)(?:您|你)(?:推|提|展|发|显|顯)|被|进行|超出|并(?!且)|並(?!且)|在被)/;

export interface ListOptions {
  /** Positions of words the lexicon knows as data: a list needs one to hold. */
  known: (start: number, end: number) => boolean;
  /** Positions of action words: an item cannot hold one ("接收并记录您的…" is a new statement). */
  action?: (start: number, end: number) => boolean;
  /** Where the region must end (the clause or block end). */
  limit: number;
  /** The region is the list lines under a lead-in: line breaks separate items. */
  lines?: boolean;
}

/**
 * The items of the list that starts at `from` (after an action or a lead-in), in reading
 * order. A head followed by a colon, a lead word or a bracket gives its items as well as
 * itself ("设备信息：型号、系统" gives 设备信息, 型号, 系统).
 */
export function listFrom(v: TextView, from: number, opts: ListOptions): ListItem[] {
  const items: ListItem[] = [];
  let i = from;
  let head = -1;
  const end = Math.min(opts.limit, v.length);
  const skipSpaces = () => {
    while (i < end && (v.charAt(i) === ' ' || v.charAt(i) === '\u3000' || v.charAt(i) === '*' || v.charAt(i) === '_')) i++;
  };
  // A lead word right at the start ("包括：", "such as").
  const skipLead = () => {
    skipSpaces();
    const rest = v.slice(i, Math.min(end, i + 40));
    const m = LEAD_CJK.exec(rest) ?? LEAD_EN.exec(rest);
    if (m) {
      i += m[0].length;
      skipSpaces();
      if (v.charAt(i) === '：' || v.charAt(i) === ':') i++;
    }
  };
  skipLead();
  while (i < end && items.length < MAX_ITEMS) {
    skipSpaces();
    // An enumerator at the start of a list line.
    if (opts.lines) {
      const m = /^(?:\d{1,2}[、.)．）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]|[•·・‧▪◦●○■□◆\-–—]|[a-z][.)、])\s*/.exec(v.slice(i, i + 8));
      if (m) i += m[0].length;
    }
    // "…（手机号、邮箱等）和问题描述", "昵称、和性别": after a bracket or a 、, a conjunction opens the next item.
    if (i > 0 && '）)】]、'.includes(v.charAt(i - 1))) {
      const conj = (v.charAt(i - 1) === '、' ? /^和(?=[^、，,\s])/ : /^(?:以及|和|及|与|與|或者|或)(?=[^、，,\s])/).exec(v.slice(i, i + 3));
      if (conj) i += conj[0].length;
    }
    // One item: up to a separator, a bracket, a colon, or a clause end.
    let j = i;
    let purposeCut = false;
    while (j < end) {
      const c = v.charAt(j);
      // A line break a converted page put inside a list is a space.
      if (c === '\n' && !opts.lines && breaksMidList(v, j)) {
        if (j === i) i++;
        j++;
        continue;
      }
      if ('、，,/；;。！？!?\n：:|｜'.includes(c) || OPEN.includes(c)) break;
      if (j > i && PURPOSE_START.test(v.slice(j, j + 3)) && !(c === '以' && '难難可足得所予加'.includes(v.charAt(j - 1)))) {
        purposeCut = true;
        break;
      }
      if (c === '.' && (j + 1 >= end || /\s/.test(v.charAt(j + 1)))) break;
      // A separator word inside a word the lexicon knows ("device or other ids") does not split it.
      if ((c === '和' || c === '及' || c === '与' || c === '與' || c === '或' || c === '跟') && j > i && !opts.known(j, j + 1)) break;
      if (c === ' ' && /^ (?:and|or|and\/or|as well as|plus) /.test(v.slice(j, j + 12)) && !opts.known(j + 1, j + 3)) break;
      // English: the item ends where a clause starts ("phone number when you sign up").
      if (c === ' ' && j > i && /^ (?:when|whenever|to|for|if|so|because|which|that|who|in order|by|from|with|through|via|using|as|on|at|in|into|across|about|while|unless|until|after|before)\b/.test(v.slice(j, j + 12))) {
        purposeCut = true;
        break;
      }
      j++;
    }
    const span = genericTail(v, trimItem(v, i, j), opts.known);
    const text = span ? v.slice(span[0], span[1]) : '';
    const next = v.charAt(j);
    // A cell of a table row ("某SDK | 获取设备信息 | 某支付 | 设备信息（IMEI、…）"): a cell is data
    // when the lexicon knows a word in it; the others (the SDK, the purpose) are passed over.
    const inCell = next === '|' || next === '｜' || /[|｜]\s*$/.test(v.slice(Math.max(0, i - 4), i));
    const ok =
      span !== null &&
      acceptable(text) &&
      !(inCell && !opts.known(span[0], span[1])) &&
      // An item cannot start with an action ("接收并记录您的…" is a new statement); a compound
      // with one inside ("游戏识别信息", "设备识别码") is still data.
      !(opts.action?.(span[0], span[0] + 2) ?? false) &&
      !/并|並/.test(text.slice(0, 4)) &&
      // A single CJK character is not an item unless the lexicon knows it.
      !(text.length < 2 && /[\u3400-\u9fff]/.test(text)) &&
      !(head < 0 && !items.some((it) => opts.known(it.start, it.end)) && UI_ACTION.test(text));
    // A bare head before a bracket or a lead ("的信息（手机号码、昵称）", "提供给我们，包括但不限于…"): go on to its items.
    const toLead = !ok && (next === '，' || next === ',') && (LEAD_CJK.test(v.slice(j + 1, j + 12).trimStart()) || LEAD_EN.test(v.slice(j + 1, j + 30).trimStart()));
    if (ok) items.push({ start: span[0], end: span[1], head: head >= 0 && head !== span[0] ? head : -1 });
    // A first item that is not data ends the list, unless more items follow it in a list of
    // 、 ("包括您使用应用程序的频率、崩溃数据、性能数据": the list is still the action's).
    else if (span !== null && items.length === 0 && !opts.lines && !OPEN.includes(next) && !toLead && next !== '、' && !inCell) return [];
    // A rejected item inside a list of 、 goes; before anything else, the list ends.
    else if (span !== null && !opts.lines && v.charAt(j) !== '、' && !toLead && !OPEN.includes(v.charAt(j)) && !inCell) break;
    if (purposeCut) break;
    const c = v.charAt(j);
    // A bracket: examples of the item before it, or a note ("（以下简称“我们”）") to skip.
    if (OPEN.includes(c)) {
      const close = findClose(v, j, end);
      // A bracket never closed ("设备信息（包括型号、…等设备信息。"): its items run to the end.
      if (close < 0) {
        if (ok) for (const it of listFrom(v, j + 1, { ...opts, limit: end, lines: false })) items.push({ ...it, head: span![0] });
        break;
      }
      // "公司（如有）、电子邮件": a rejected item's note; the list goes on after it.
      if (!ok && span !== null) {
        if (v.charAt(close + 1) !== '、' || items.length === 0) break;
        i = close + 2;
        continue;
      }
      // "腾讯科技（深圳）有限公司": the bracket is part of a company's name.
      if (/^(?:有限|股份|科技|网络|信息|資訊)*(?:公司|集团|集團)/.test(v.slice(close + 1, close + 8))) break;
      const inner = listFrom(v, j + 1, { ...opts, limit: close, lines: false });
      if (inner.length && ok) for (const it of inner) items.push({ ...it, head: span![0] });
      i = close + 1;
      continue;
    }
    if (c === '：' || c === ':') {
      // "设备信息：设备型号、…": the items after the colon are the head's.
      if (ok) head = span![0];
      i = j + 1;
      continue;
    }
    if (j >= end) break;
    // In a block of list lines a line may end in a full stop; the list goes on on the next line.
    if (opts.lines && '。；;'.includes(c) && v.charAt(j + 1) === '\n') {
      head = -1;
      i = j + 2;
      continue;
    }
    if ('。！？!?'.includes(c) || (c === '.' && !opts.lines)) break;
    if (c === '\n') {
      if (!opts.lines && breaksMidList(v, j)) {
        i = j + 1;
        continue;
      }
      if (!opts.lines) break;
      head = -1;
      i = j + 1;
      continue;
    }
    if ((c === '；' || c === ';') && !opts.lines) break;
    // A separator; "，" continues only into a lead word or a known data word.
    i = j;
    const sep = /^(?:和\/或|以及|或者|及其|and\/or|as well as)/.exec(v.slice(i, i + 10));
    if (sep) i += sep[0].length;
    else if (c === ' ') {
      const m = /^ (?:and\/or|and|or|as well as|plus) /.exec(v.slice(i, i + 14));
      i += m ? m[0].length : 1;
    } else i++;
    if (c === '，' || c === ',') {
      const rest = v.slice(i, Math.min(end, i + 30));
      const lead = LEAD_CJK.exec(rest.trimStart()) ?? LEAD_EN.exec(rest.trimStart());
      if (lead) {
        skipLead();
        if (ok) head = span![0];
        continue;
      }
      // English lists use commas; a Chinese comma continues only into a word the lexicon knows, right at its start.
      const nextEnd = nextSeparator(v, i, end);
      const startsKnown = opts.known(i, Math.min(nextEnd, i + 8)) && !(opts.action?.(i, nextEnd) ?? false);
      // "…点击的链接，您浏览的内容，您使用的语言、…": an item that says what of the person's it is.
      const personal = /^(?:您|你)[\u4e00-\u9fff]{1,5}的[\u4e00-\u9fff]{1,10}[、，,]/.test(v.slice(i, Math.min(end, i + 20)));
      if (!(c === ',' && /[a-z]/.test(v.charAt(Math.max(0, i - 2)))) && !startsKnown && !personal) break;
    }
    if (/^(?:和\/或|以及|或者|及其|[、，,/和及与與或跟])$/.test(c) || SEP_CJK.test(c)) continue;
  }
  return items;
}

function nextSeparator(v: TextView, i: number, end: number): number {
  let j = i;
  while (j < end && !'、，,；;。！？!?\n：:'.includes(v.charAt(j))) j++;
  return j;
}

function findClose(v: TextView, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < Math.min(end, open + 400); k++) {
    const c = v.charAt(k);
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/**
 * The items of the list that ends at `to` (object first: "将位置信息和设备信息打包出售",
 * "your name and email will be shared"), in reading order.
 */
export function listBefore(v: TextView, to: number, opts: { known: ListOptions['known']; action?: ListOptions['action']; limit: number; from?: number }): ListItem[] {
  // Walk back to the clause start (or start at `from`), then parse forward and keep the items before `to`.
  let a = to;
  const min = Math.max(opts.limit, to - 200);
  if (opts.from !== undefined) a = opts.from;
  else {
    while (a > min && !'，,。；;！？!?\n：:'.includes(v.charAt(a - 1))) a--;
    // "…questioned why passport numbers and travel itineraries are kept": the object starts after the clause word.
    const sub = /^.*\b(?:why|that|which|whether|how|where|because|said|says)\s+/i.exec(v.slice(a, to));
    if (sub) a += sub[0].length;
  }
  return listFrom(v, a, { known: opts.known, ...(opts.action ? { action: opts.action } : {}), limit: to });
}
