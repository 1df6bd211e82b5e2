import type { Category, DataType } from '../lexicon/types';
import { findBlocks, opensBlock, textBlocks } from './blocks';
import type { TextBlock } from './claims';
import { breaksMidList, CLASS_START, continuesDefinition, definesCategory, sentenceSpan, type Block, type TextView } from './clauses';
import { matchTokens, mayFind, type Matcher, type Token } from './match';
import { NEG_EN, NEG_LOOKBACK, NEG_ZH, negatedBefore } from './negation';
import { fold, foldUnit, normalize, toOriginalSpan, type NormalizedText } from './normalize';

export interface Finding {
  category: Category;
  /** The data type the words name (lib/lexicon/data-types.ts). */
  type: DataType;
  /** The words that matched, as on the page but width- and case-folded (人臉辨識, "personal data"). */
  term: string;
  /** Offsets into the text given to detect(), half-open. */
  start: number;
  end: number;
  /** The sentence around the mention, trimmed, at most ~160 characters. */
  sentence: string;
  /** True when the text says it does not happen ("我们不会收集", "we do not collect"). */
  negated: boolean;
  /** For verb-object findings, the collection verb that activated the object. */
  verb?: string;
  /** The mention as written on the page (text.slice(start, end)). */
  match?: string;
  /** A word for personal data in general (个人信息): folded into one line in the popup. */
  generic?: boolean;
  /** In a definition ("个人信息是指……包括……面部特征"): not a mention of what is done; not counted. */
  definition?: boolean;
}

export { counts } from './counts';

/** Clause ends: Chinese and Western sentence and clause punctuation, and line breaks. */
const CLAUSE_END = /[。；！？;!?\n\r]|\.(?=\s|$)/;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Between an object and its verb in the passive: " was ", " were being ", " has been ", " had just been ". */
const PASSIVE_GAP = /^\s+(?:was|were|is|are|(?:has|have|had)(?:\s+(?:just|already|also|since))?\s+been|got|gets|get)(?:\s+(?:being|just|already|also|then|quietly|secretly|automatically|routinely))?\s+$/;
/** The longest such gap, in characters. */
const PASSIVE_GAP_MAX = 28;

/** How far a verb may stand from its object, in characters, by script and direction. */
const WINDOW = {
  cjk: { verbBefore: 12, verbAfter: 6 },
  latin: { verbBefore: 50, verbAfter: 25 },
  /** "scan their face", "collect fingerprints": bare trait words only right after the verb. */
  latinTrait: { verbBefore: 25, verbAfter: 0 },
};

/**
 * What may stand between two items of one list ("姓名、手机号和地址", "your name, email
 * address and phone number", "個人資料，包括姓名"): an item after such a gap shares the verb
 * (and the negation) of the item before it.
 */
const LIST_GAP_LATIN = /^(?:[\s,/&]|and|or|as well as|including|such as|your|their|the|its)*$/;
/**
 * In Chinese a comma ends a clause (folded ，is ','), unless it introduces examples; a
 * list item may carry a short modifier ("、已安装应用列表", "以及精确地理位置").
 */
const LIST_GAP_CJK =
  /^(?:(?:[\s、/&]|,(?:包括|例如|比如|如)|以及|或者|及其|和|及|与|與|或|跟|等|其他|其它|您的|你的|閣下的|用户的|用戶的|民眾的)+[^\s,、。；;:：!?！？]{0,3})$/;
/** A bare trait word listed right after a face or biometric term: "人脸识别、半导体指纹". */
const TRAIT_AFTER_TERM_GAP = /^[、/]?[^\s,。；;！？!?]{0,4}$|^(?:和|及|与|與|或|跟)[^\s,。；;！？!?]{0,3}$/;
const LIST_GAP_MAX = 12;

export interface DetectOptions {
  /** Stop after this many findings (the content script caps its report). */
  limit?: number;
}

export interface Analysis {
  findings: Finding[];
  /** The statement blocks around the data words: claims are read from them (claims.ts: claimsFromBlocks). */
  blocks: TextBlock[];
}

/** Findings (the words marked on the page) and the statement blocks claims are read from. */
export function analyze(text: string, matcher: Matcher, options: DetectOptions = {}): Analysis {
  const norm = normalize(text);
  // First pass: no term or object can start anywhere, so there is nothing to find.
  if (!mayFind(matcher, norm.base, false)) return { findings: [], blocks: [] };
  const tokens = matchTokens(matcher, norm.base);
  // Nothing matched: the cheap exit almost every page takes.
  if (tokens.length === 0) return { findings: [], blocks: [] };
  // Blocks only around data words, or a verb with data named after it ("收集您的缓存记录").
  const folded = foldedView(norm.base, matcher.fold);
  const view = tokens.some((t) => t.kind !== 'verb' || opensBlock(folded, t)) ? folded : undefined;
  const found = view && findBlocks(view, tokens);
  const listVerbs = view && found ? listLineVerbs(view, tokens, found.blocks) : undefined;
  const findings = dropNonMentions(text, dropGenericBiometricsOfFaces(text, findingsFromTokens(text, norm, tokens, matcher.fold, options.limit ?? Infinity, listVerbs)));
  if (!view || !found) return { findings, blocks: [] };
  markDefinitions(findings, found.blocks, found.descriptions, norm, view);
  return { findings, blocks: textBlocks(found.blocks, text, (a, b) => toOriginalSpan(norm, a, b)) };
}

/** A row of a price list or a spec sheet: a leader or a bullet, and a price at its end ("安居S7 3D人脸识别 …… 2699元"). */
const PRICE_ROW = /^\s*(?:[·•‧・*\-–]|[^\n]{0,60}(?:……|\.{3,}|…|·{3,}))[^\n]*?(?:NT\$|HK\$|US\$|S\$|\$|￥|¥|RMB|€|£)?\s?\d[\d,]*(?:\.\d{1,2})?\s*(?:元|圓|圆|港元)?\s*(?:起)?\s*$/i;
/** A camera's focus or exposure line ("支持人脸检测、眼部检测和动物眼部追焦", "face-detect autofocus"). */
const CAMERA_ROW = /对焦|追焦|對焦|自动曝光|自動曝光|autofocus|auto-focus|\baf\b|focus tracking|eye[- ]detect|眼部(?:检测|侦测|偵測|追焦)|人眼(?:、|及|和)/i;
/**
 * An act of gathering someone's data in the same line keeps the mention ("门店采集人脸…", "we
 * store your fingerprint"). Narrower than the lexicon's verbs on purpose: a spec line names
 * 识别 as the feature itself ("人脸及宠物识别追焦").
 */
const LINE_ACTION = /采集|採集|收集|蒐集|录入|錄入|登记|登記|存储|儲存|保存|上传|上傳|识别您|辨識您|collect|store|record|upload|enrol|your (?:face|fingerprint|palm|voice)/i;

/** The science of face perception. */
const BRAIN = /大脑|大腦|颞叶|顳葉|梭状回|梭狀迴|脸盲|臉盲|prosopagnosia|face blindness|fusiform|the brain/i;
/** Sports science, where "biometrics" are measures of a body in motion (stride, acceleration). */
const SPORT = /\b(?:athlet|sprint|coach|runner|stride|muscl|sports? scien|acceleration)/i;
/**
 * A face or biometric word that names a product's feature in a price list or a spec sheet
 * (a lock shop's "3D人脸识别款 …… 2699元", a camera's "支持人脸检测…追焦"): no one's data is
 * processed there, so it is not a mention; nor is the bare word "biometrics" in sports science,
 * nor a face a verb pairs where the text is about how the brain tells faces apart.
 */
function dropNonMentions(text: string, findings: Finding[]): Finding[] {
  if (findings.every((f) => f.category === 'personal_data')) return findings;
  return findings.filter((f) => {
    if (f.category === 'personal_data') return true;
    // The "biometrics" of sports science measure a body in motion, not anyone's identity.
    if (/^biometrics?$/.test(f.term) && SPORT.test(f.sentence)) return false;
    // How the brain tells faces apart ("大腦如何辨識臉孔", face blindness): perception, not data.
    if (f.category === 'face' && f.verb !== undefined && BRAIN.test(f.sentence)) return false;
    const ls = text.lastIndexOf('\n', f.start - 1) + 1;
    let le = text.indexOf('\n', f.end);
    if (le < 0) le = text.length;
    if (le - ls > 160) return true;
    const line = text.slice(ls, le);
    if (LINE_ACTION.test(line)) return true;
    return !(PRICE_ROW.test(line) || (f.category === 'face' && CAMERA_ROW.test(line)));
  });
}

export function detect(text: string, matcher: Matcher, options: DetectOptions = {}): Finding[] {
  return analyze(text, matcher, options).findings;
}

/** Findings inside a definition (a block, or a sentence with a definition marker before them) are not mentions of what is done. */
function markDefinitions(findings: Finding[], blocks: readonly Block[], descriptions: readonly [number, number][], norm: NormalizedText, view: TextView): void {
  const defs = [...blocks.filter((b) => b.kind === 'definition').map((b) => [b.start, b.end] as const), ...descriptions].map(([a, b]) => toOriginalSpan(norm, a, b));
  for (const f of findings) {
    if (defs.some(([a, b]) => f.start >= a && f.end <= b)) f.definition = true;
    else if (f.category !== 'personal_data' || f.generic) {
      // Offsets of findings are original; the view is normalized (the same almost always).
      const at = norm.toOriginal ? -1 : f.start;
      if (at < 0) continue;
      const [sa] = sentenceSpan(view, at);
      // The category itself, when the sentence opens with it and its examples ("生物识别信息：如指纹…").
      if (definesCategory(view.slice(sa, at)) || CLASS_START.test(view.slice(sa, sa + 48)) || continuesDefinition(view, sa)) f.definition = true;
    }
  }
}

/** Generic words for biometric data, as opposed to a specific trait (指纹, iris). */
const GENERIC_BIOMETRIC = /生物(?:识别|特征|辨识|辨識|識別|特徵)|biometric/;

/** Whether two positions of the text are in one sentence (no sentence end between). */
function sameSentence(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  if (to - from > 400) return false;
  for (let i = from; i < to; i++) if (isBoundaryAt(text, i, SENTENCE_CHARS)) return false;
  return true;
}

/**
 * "人脸信息属于生物识别信息": a generic biometric word in a sentence about faces, with no
 * specific other trait there, describes the face data; it is not a second category.
 */
function dropGenericBiometricsOfFaces(text: string, findings: Finding[]): Finding[] {
  const faces = findings.filter((f) => f.category === 'face');
  if (faces.length === 0) return findings;
  const specific = findings.filter((f) => f.category === 'biometric' && !GENERIC_BIOMETRIC.test(f.term));
  return findings.filter((f) => {
    if (f.category !== 'biometric' || !GENERIC_BIOMETRIC.test(f.term)) return true;
    const withFace = faces.some((x) => sameSentence(text, x.start, f.start));
    const withTrait = specific.some((x) => sameSentence(text, x.start, f.start));
    return !withFace || withTrait;
  });
}

const LIST_WORDS: ReadonlySet<string> = new Set(['包括', '包含', '含有']);

/** Data types named by everyday words: a finding needs a person in the clause. */
const EVERYDAY_TYPES: ReadonlySet<DataType> = new Set(['media', 'account', 'profile', 'usage_logs', 'device_info', 'other']);
const PERSON_CONTEXT = /您|你|我们|我們|我的|要我|让我|讓我|输入法|輸入法|监控|監控|人员|人員|本应用|本應用|本软件|sdk|\bapp\b|\bapps\b|\bwe\b|用户|用戶|使用者|客户|客戶|顾客|顧客|消费者|消費者|会员|會員|学生|學生|员工|員工|乘客|访客|訪客|业主|業主|居民|市民|患者|个人|個人|[个個][资資]|旅客|游客|遊客|儿童|兒童|孩子|家长|家長|职工|職工|司机|司機|租户|租戶|买家|買家|\byou(?:r)?\b|\bmy\b|\bour\b|监[视視]|監視|闭路电[视視]|閉路電視|进店|進店|家里|家裡|家中|家人|屋企|驾驶[人员]|駕駛[人員]|车主|車主|行人|路人|\bkeyboard\b|\bcctv\b|\bsurveillance\b|\busers?'?s?\b|\bcustomers?\b|\bpeople'?s?\b|\bpersonal\b|\bmembers?\b|\bpatients?\b|\bstudents?\b|\bemployees?\b|\bvisitors?\b|\bcallers?\b|\bconsumers?\b|\bpassengers?\b|\bresidents?\b|\bshoppers?\b|\bchildren\b|\bchild(?:'s)?\b|\bpupils?\b|\bkids\b|\bparents?\b|\bworkers?\b|\bstaff\b|\bdrivers?\b|\btenants?\b|\bguests?\b|\btravell?ers?\b/;

/** The clause around a span (folded), bounded. */
function clauseAround(s: FoldedView, a: number, b: number): string {
  let x = a;
  while (x > 0 && a - x < 80 && !CLAUSE_END.test(s.charAt(x - 1))) x--;
  let y = b;
  while (y < s.length && y - b < 80 && !CLAUSE_END.test(s.charAt(y))) y++;
  return s.slice(x, y);
}

/** Folded slices of the normalized base, made only for the small windows the rules read. */
type FoldedView = TextView;

function foldedView(base: string, table: Uint16Array): FoldedView {
  return {
    length: base.length,
    base,
    slice: (a, b) => fold(base, Math.max(0, a), Math.min(base.length, b), table),
    charAt: (i) => (i >= 0 && i < base.length ? String.fromCharCode(foldUnit(table, base.charCodeAt(i))) : ''),
    code: (i) => (i >= 0 && i < base.length ? foldUnit(table, base.charCodeAt(i)) : -1),
  };
}

function isCjkAt(s: FoldedView, i: number): boolean {
  return CJK.test(s.charAt(i));
}

/** A clause end between two positions; a line break inside a list ("获取您的\n设备型号、…") is none. */
function crossesClause(s: FoldedView, from: number, to: number): boolean {
  if (from >= to) return false;
  const gap = s.slice(from, to);
  if (!CLAUSE_END.test(gap)) return false;
  for (let i = 0; i < gap.length; i++) if (CLAUSE_END.test(gap[i]!) && !(gap[i] === '\n' && breaksMidList(s, from + i))) return true;
  return false;
}

interface Candidate {
  token: Token;
  verb: Token | undefined;
  /** null: an object no verb acts on (yet). */
  paired: boolean;
  negated: boolean;
  /** Paired through a list led by a term ("個資外洩，包括姓名、手機號碼"): the next items may follow. */
  led?: boolean;
  /** Paired as an owned word, or after one in its list ("你的搜索记录、浏览记录、所在位置"). */
  owned?: boolean;
}

function findingsFromTokens(original: string, norm: NormalizedText, tokens: Token[], table: Uint16Array, limit: number, listVerbs?: ReadonlyMap<number, number>): Finding[] {
  const s = foldedView(norm.base, table);
  const items: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'verb' || t.category === '') continue;
    let v = t.kind === 'object' ? pairVerb(s, tokens, i) : -1;
    // Everyday words for data (照片, 账号, 性别, 设备型号) count only where the text speaks
    // of a person's data ("您的照片", "收集用户的设备型号"), not in "分享了单车环岛的照片".
    if (v >= 0 && EVERYDAY_TYPES.has(t.type as DataType) && !PERSON_CONTEXT.test(clauseAround(s, t.start, t.end))) v = -1;
    // The head item of a list line under a lead-in with an action ("我们将申请以下权限：\n· 相机：…"):
    // the lead says whose data it is.
    if (v < 0 && t.kind === 'object' && listVerbs?.has(i)) v = listVerbs.get(i)!;
    const verb = v >= 0 ? tokens[v] : undefined;
    // With no verb, a form field asks for the data itself ("Full name*", "手機號碼（必填）") and
    // an owned word names it ("我的手机号").
    const owned = v < 0 && t.kind === 'object' && !t.generic && isOwnedData(s, t);
    const bare = owned || (v < 0 && t.kind === 'object' && !t.generic && isFormField(s, t));
    const paired = t.kind === 'term' || verb !== undefined || bare;
    items.push({ token: t, verb, paired, negated: paired ? isNegated(s, tokens, i, v) : false, ...(owned ? { owned } : {}) });
  }
  chainLists(s, items);

  const findings: Finding[] = [];
  for (const { token: t, verb, paired, negated } of items) {
    if (!paired) continue;
    if (findings.length >= limit) break;
    const [start, end] = toOriginalSpan(norm, t.start, t.end);
    const finding: Finding = {
      category: t.category as Category,
      type: t.type || 'other',
      // The page's own wording (Traditional stays Traditional), width- and case-folded.
      term: fold(norm.base, t.start, t.start + t.surface.length),
      start,
      end,
      sentence: sentenceAround(original, start, end),
      negated,
      match: original.slice(start, end),
    };
    if (verb) finding.verb = verb.surface;
    if (t.generic) finding.generic = true;
    findings.push(finding);
  }
  return findings;
}

function isListGap(s: FoldedView, from: number, to: number): boolean {
  if (to < from || to - from > LIST_GAP_MAX) return false;
  const gap = s.slice(from, to);
  return (isCjkAt(s, to) || isCjkAt(s, from - 1) ? LIST_GAP_CJK : LIST_GAP_LATIN).test(gap);
}

/**
 * Items of one list share their verb and negation: "收集您的姓名、身分證字號、出生年月日及聯絡
 * 電話" (verb before), "将位置信息和设备信息打包出售" (verb after), "不收集指纹、虹膜等生物识别
 * 信息" (negation). Forward, then backward, until nothing changes.
 */
function chainLists(s: FoldedView, items: Candidate[]): void {
  // Trait verbs (支持, 解锁) take faces and biometrics only, weak verbs personal data only;
  // a personal-data word after a term with no verb ("FACE ID和数字密码") is not taken.
  const canTake = (item: Candidate, verb: Token | undefined) =>
    (verb ? (verb.strength === 'trait' ? item.token.category !== 'personal_data' : item.token.category === 'personal_data' || verb.category !== 'personal_data') : item.token.category !== 'personal_data') &&
    !(EVERYDAY_TYPES.has(item.token.type as DataType) && !PERSON_CONTEXT.test(clauseAround(s, item.token.start, item.token.end)));
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k < items.length; k++) {
      const prev = items[k - 1]!;
      const cur = items[k]!;
      if (isBareTraitBeside(s, cur, prev) && TRAIT_AFTER_TERM_GAP.test(s.slice(prev.token.end, cur.token.start))) {
        cur.paired = true; // a list of unlock or sign-in methods: "指纹、臉部辨識、密碼"
        cur.negated = prev.negated;
        changed = true;
        continue;
      }
      if (!isListGap(s, prev.token.end, cur.token.start)) continue;
      const ledByTerm =
        !prev.verb &&
        cur.token.category === 'personal_data' &&
        (prev.led === true || (prev.token.kind === 'term' && prev.token.category === 'personal_data' && /[,，]\s*(?:包括|包含|例如|比如|including|such as)/.test(s.slice(prev.token.end, cur.token.start))));
      // The owner covers its list: "你的搜索记录、浏览记录、所在位置".
      const ownedList = !prev.verb && prev.owned === true && cur.token.category === 'personal_data' && !cur.token.generic && !EVERYDAY_TYPES.has(cur.token.type as DataType);
      // A list item takes the verb of the item before it when its own stands further off, before
      // that verb: "信息共享：我们不会向第三方提供您的身份证件号码、银行卡号及征信报告" (征信报告 is
      // too far from 提供 alone and had found 共享 in the heading).
      if (prev.paired && cur.paired && prev.verb && cur.verb && cur.verb !== prev.verb && cur.verb.end <= prev.verb.start && prev.verb.end <= prev.token.start && canTake(cur, prev.verb)) {
        cur.verb = prev.verb;
        cur.negated = prev.negated;
        changed = true;
        continue;
      }
      if (prev.paired && !cur.paired && cur.token.kind === 'object' && (canTake(cur, prev.verb) || ledByTerm || ownedList)) {
        cur.paired = true;
        if (ledByTerm) cur.led = true;
        if (ownedList) cur.owned = true;
        cur.verb = prev.verb;
        cur.negated = prev.negated;
        changed = true;
      } else if (prev.paired && cur.paired && prev.negated && !cur.negated && cur.verb === undefined) {
        cur.negated = true; // "不收集指纹、虹膜等生物识别信息": the list's negation covers the term
        changed = true;
      } else if (prev.paired && cur.paired && prev.negated !== cur.negated && cur.verb !== undefined && cur.verb === prev.verb) {
        // One verb, one negation: "不會將您的通話紀錄及基地台位置資料提供予第三人" (the negation
        // stands before the first item, too far from the second).
        prev.negated = cur.negated = true;
        changed = true;
      }
    }
    for (let k = items.length - 2; k >= 0; k--) {
      const next = items[k + 1]!;
      const cur = items[k]!;
      if (isBareTraitBeside(s, cur, next) && /^[、/]$/.test(s.slice(cur.token.end, next.token.start))) {
        cur.paired = true; // "支援指紋、臉部辨識、密碼解鎖"
        cur.negated = next.negated;
        changed = true;
        continue;
      }
      if (!isListGap(s, cur.token.end, next.token.start)) continue;
      if (next.paired && !cur.paired && cur.token.kind === 'object' && next.verb && next.verb.start > next.token.end && canTake(cur, next.verb)) {
        cur.paired = true;
        cur.verb = next.verb;
        cur.negated = next.negated;
        changed = true;
      }
    }
  }
}

/** What may come before a list line's first item: bullets, numbering, spaces, brackets. */
const LINE_HEAD = /^[\s·・‧•●○▪■◆\-*—–、.．)）(（\[\]【】\d一二三四五六七八九十a-z]*$/;

/**
 * The verb of a lead-in for the items that head the list lines under it: "我们将申请以下权限：
 * · 位置信息（精确）：用于… · 通讯录：用于…" or "We may access:\n- your contacts\n- your
 * location". Token index of each such item -> token index of the lead's last action verb. Only
 * the first data word of a line (and words listed right after it) are taken: the rest of the
 * line says what the item is for.
 */
function listLineVerbs(s: FoldedView, tokens: readonly Token[], blocks: readonly Block[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'statement' || b.listStart >= b.end) continue;
    let verb = -1;
    for (let j = firstTokenAt(tokens, b.start); j < tokens.length && tokens[j]!.start < b.listStart; j++) {
      const t = tokens[j]!;
      if (t.kind === 'verb' && t.strength !== 'trait' && !LIST_WORDS.has(t.surface)) verb = j;
    }
    if (verb < 0) continue;
    let lineFrom = -1;
    let last = -1;
    for (let j = verb + 1; j < tokens.length && tokens[j]!.start < b.end; j++) {
      const t = tokens[j]!;
      if (t.start < b.listStart || t.kind === 'verb') continue;
      const ls = s.base.lastIndexOf('\n', t.start - 1) + 1;
      if (ls !== lineFrom) {
        lineFrom = ls;
        last = LINE_HEAD.test(s.slice(ls, t.start)) ? j : -1;
        if (last >= 0) out.set(j, verb);
      } else if (last >= 0 && isListGap(s, tokens[last]!.end, t.start)) {
        out.set(j, verb);
        last = j;
      } else last = -1;
    }
  }
  return out;
}

/** The index of the first token starting at or after position p (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], p: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An unpaired bare trait word (指纹) next to a face or biometric term, in Chinese text. */
function isBareTraitBeside(s: FoldedView, cur: Candidate, other: Candidate): boolean {
  return (
    !cur.paired &&
    cur.token.kind === 'object' &&
    cur.token.category === 'biometric' &&
    other.token.kind === 'term' &&
    other.token.category !== 'personal_data' &&
    isCjkAt(s, cur.token.start)
  );
}

/** The index of the nearest collection verb acting on object tokens[i] in its clause, or -1. */
function pairVerb(s: FoldedView, tokens: Token[], i: number): number {
  const obj = tokens[i]!;
  const cjk = isCjkAt(s, obj.start);
  const w = cjk ? WINDOW.cjk : obj.category === 'personal_data' ? WINDOW.latin : WINDOW.latinTrait;
  // General verbs (处理, use) act only on personal-data objects; device words (支持, 解锁)
  // only on face and biometric ones.
  // "包括", "包含" introduce lists; they do not act on data themselves.
  const fits = (v: Token) =>
    v.kind === 'verb' && !LIST_WORDS.has(v.surface) && (v.category === '' || (v.category === 'personal_data') === (obj.category === 'personal_data'));
  for (let j = i - 1; j >= 0; j--) {
    const v = tokens[j]!;
    if (obj.start - v.end > w.verbBefore) break;
    if (fits(v) && !crossesClause(s, v.end, obj.start)) return j;
    // A demand for someone's trait: "wants my fingerprint", "asked for your face", "took their fingerprints".
    if (w === WINDOW.latinTrait && v.kind === 'verb' && DEMANDS.test(v.surface) && OWNER_GAP.test(s.slice(v.end, obj.start)) && (/ (?:your|my)$/.test(v.surface) || /\S/.test(s.slice(v.end, obj.start)))) return j;
  }
  // Everyday and generic words take only a verb before them, or after them within the comma clause.
  const loose = obj.generic || EVERYDAY_TYPES.has(obj.type as DataType);
  for (let j = i + 1; j < tokens.length; j++) {
    const v = tokens[j]!;
    // The passive of a bare trait word: "my face was scanned", "their faces were being captured".
    if (w === WINDOW.latinTrait && v.start - obj.end <= PASSIVE_GAP_MAX && fits(v) && PASSIVE_GAP.test(s.slice(obj.end, v.start))) return j;
    // A participle right after the object: "having their face scanned at the gate".
    if (w === WINDOW.latinTrait && /^\s$/.test(s.slice(obj.end, v.start)) && v.surface.endsWith('ed') && fits(v)) return j;
    // "had" and "got" of the gap are weak verbs of their own: step over them ("my face had just been matched").
    if (w === WINDOW.latinTrait && !fits(v) && /^\s+(?:had|got|gets|get)$/.test(s.slice(obj.end, v.end))) continue;
    if (v.start - obj.end > w.verbAfter) {
      // Object first, then a passive or a partner before the verb: "支付信息被一家数据公司打包出售",
      // "交易紀錄可能會與支付服務供應商共用". The marker lets the verb stand further off.
      // So does 把/将 before the object: "把身份证号和全家人脸照片交到物业".
      if (!cjk || v.start - obj.end > CJK_MARKED_AFTER) break;
      const gap = s.slice(obj.end, v.start);
      if (!(CJK_PASSIVE.test(gap) || (v.action === 'share' && CJK_PARTNER.test(gap)) || CJK_DISPOSAL.test(s.slice(obj.start - 10, obj.start)))) continue;
    }
    if (fits(v) && !crossesClause(s, obj.end, v.start) && !(loose && /[，,]/.test(s.slice(obj.end, v.start)))) return j;
  }
  return leadInVerb(s, tokens, i, fits);
}

/** Weak verbs that ask for a bare trait word when an owner stands between them: "wants my fingerprint" (not "knew my face"). */
const DEMANDS = /^(?:wants?|wanted|asks? for|asked for|asking for|needs?|needed|requires?|required|demands?|demanded|taken|(?:needs?|has|have|got) (?:your|my))$/;
/** Only an owner between such a verb and the trait: "my", "your", "students'", "the driver's". */
const OWNER_GAP = /^\s+(?:(?:(?:the|a|each|every|all)\s+)?(?:my|your|our|his|her|their|its|[a-z]+'s|[a-z]+s')\s+)?$/;

/** After a Chinese object, how far a verb may stand when a passive (被, 遭) or a partner (与…共享, 向…提供) comes first, in characters. */
const CJK_MARKED_AFTER = 20;
const CJK_PASSIVE = /被|遭/;
const CJK_DISPOSAL = /[把将將][^，,。；;]{0,8}$/;
/** A partner before a sharing verb: 与…共享, 向…提供 (not 向您提供, which serves the reader). */
const CJK_PARTNER_WORD = /[与與]|向(?![您你])/;
const CJK_PARTNER = new RegExp(`(?:${CJK_PARTNER_WORD.source})[^，,]{0,14}$`);
/** Either marker in the gap between an object and its far verb: isNegated reads a negation before it. */
const CJK_GAP_MARKER = new RegExp(`${CJK_PASSIVE.source}|${CJK_PARTNER_WORD.source}`);

/** What marks a data word as a form's field: a required star or (必填)/(选填)/(required). */
const FORM_FIELD = /^\s*(?:[*＊](?![*＊])|[(（]\s*(?:必填|选填|選填|必须|必須|可选|可選|required|optional)\s*[)）])/i;
/** A blank after a colon ("手机号：______") is a field only in a form that signs someone up: a résumé template's blanks ask nobody for anything. */
const FORM_BLANK = /^\s*[:：]\s*[_＿]{3,}/;
const SIGN_UP = /注册|註冊|登记|登記|报名|報名|开户|開戶|sign[- ]?up|register|registration|\bapply\b|application form/i;

/**
 * A specific data word the reader or writer owns: "我的手机号", "您的精確位置", "your home
 * address". Only the first and second person: "记住父母的电话" in a school safety talk is
 * not a page about someone's data.
 */
const OWNER_BEFORE = /(?:我的|我嘅|你的|你嘅|您的|本人的?|\b(?:my|your)\s+(?:(?!nearest\b|closest\b|local\b|favou?rite\b)[a-z]+\s+){0,2})$/;
/** Words after an owned location that make it a page's breadcrumb ("您的位置：首页"), not data. */
const NOT_OWNED_AFTER = /^\s*[:：>]/;

/** "the photo on your driver's license": what is spoken of is the photo (a face to compare), not the document. */
const PHOTO_OF = /\b(?:photo|picture|image)s?\s+(?:on|of|from|in)\s+(?:your|my|their|his|her)\s+$|(?:上|里|裡)的照片$/;

function isOwnedData(s: FoldedView, t: Token): boolean {
  if (EVERYDAY_TYPES.has(t.type as DataType) || t.category !== 'personal_data') return false;
  const before = s.slice(t.start - 24, t.start);
  if (!OWNER_BEFORE.test(before) || PHOTO_OF.test(before)) return false;
  return !NOT_OWNED_AFTER.test(s.slice(t.end, t.end + 3));
}

function isFormField(s: FoldedView, t: Token): boolean {
  const after = s.slice(t.end, t.end + 12);
  if (FORM_FIELD.test(after)) return true;
  return FORM_BLANK.test(after) && SIGN_UP.test(s.slice(t.start - 160, t.end + 160));
}

/** After a term, how far its verb may stand for the term to take the verb's negation ("人脸识别将不再使用"), in characters. */
const TERM_VERB_AFTER = 14;

/** How far a list may run after its colon, and a lead-in's verb stand before the colon, in characters. */
const LEAD_IN = { list: 120, verb: 80 };

/**
 * A list after a colon takes the verb of its lead-in: "We collect the following information
 * when you create an account: your name, email address…", "我们会收集以下信息：姓名、手机号".
 * The colon, the verb and the object stand in one sentence.
 */
function leadInVerb(s: FoldedView, tokens: Token[], i: number, fits: (v: Token) => boolean): number {
  const obj = tokens[i]!;
  const from = Math.max(0, obj.start - LEAD_IN.list);
  const before = s.slice(from, obj.start);
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
  if (colon < 0) return -1;
  const at = from + colon;
  if (crossesClause(s, at + 1, obj.start)) return -1;
  for (let j = i - 1; j >= 0; j--) {
    const v = tokens[j]!;
    if (v.end > at) continue;
    if (at - v.end > LEAD_IN.verb) break;
    if (crossesClause(s, v.end, at)) break;
    if (fits(v)) return j;
  }
  return -1;
}

/**
 * Whether the text says the mention does not happen: a negation cue right before the
 * verb (or the term), with at most a few light words between ("不会主动收集", "do not
 * sell or share"). A verb list counts from its first verb ("不得蒐集、處理或利用").
 */
function isNegated(s: FoldedView, tokens: readonly Token[], i: number, v: number): boolean {
  const t = tokens[i]!;
  // A term right after a verb list: "不会收集或上传您的指纹信息", "do not collect, store, or process biometric data".
  if (v < 0 && t.kind === 'term' && i > 0 && tokens[i - 1]!.kind === 'verb' && t.start - tokens[i - 1]!.end <= 6 && !crossesClause(s, tokens[i - 1]!.end, t.start)) v = i - 1;
  // A term with its verb after it, in the same clause: "指紋資料將不再強制採集", "facial recognition will not be used".
  const next = tokens[i + 1];
  if (v < 0 && t.kind === 'term' && next?.kind === 'verb' && next.start - t.end <= TERM_VERB_AFTER && !crossesClause(s, t.end, next.start) && !/[,，]/.test(s.slice(t.end, next.start))) v = i + 1;
  const verb = v >= 0 ? tokens[v] : undefined;
  let anchor = t;
  if (verb && verb.start < t.start) {
    let j = v;
    while (j > 0 && tokens[j - 1]!.kind === 'verb' && /^(?:[、/,\s]|或|和|及|与|與|or|and)+$/.test(s.slice(tokens[j - 1]!.end, tokens[j]!.start))) j--;
    // "sell your health information or share your contacts": a coordinated verb phrase
    // shares the negation of the first.
    if (j > 1 && tokens[j - 1]!.kind !== 'verb' && tokens[j - 2]!.kind === 'verb' && /^(?:\s|,)*(?:or|and|或|和)\s*$/.test(s.slice(tokens[j - 1]!.end, tokens[j]!.start))) j -= 2;
    anchor = tokens[j]!;
  }
  const cjk = isCjkAt(s, anchor.start);
  const lookback = cjk ? NEG_LOOKBACK.cjk : NEG_LOOKBACK.latin;
  const before = s.slice(Math.max(0, anchor.start - lookback), anchor.start);
  const cut = lastClauseEnd(before);
  const windowText = cut >= 0 ? before.slice(cut + 1) : before;
  const neg = cjk ? NEG_ZH : NEG_EN;
  // A negation inside a condition ("if you do not wish to use…", "如您不同意…") does not negate.
  if (negatedBefore(windowText, cjk, s.slice(t.end, t.end + 20))) return true;
  // Passive or object-first order: "个人信息不会被收集", "your data is never sold".
  if (verb && verb.start > t.end) {
    // With the verb, so that a cue's exceptions see it: "在未取得同意下被提供" is no negation.
    const between = s.slice(t.end, verb.end);
    if (neg.test(between)) return true;
    // A negation before the marker of a far verb: "个人信息不会被任何第三方出售", "…不会向任何第三方提供".
    const marker = cjk ? between.search(CJK_GAP_MARKER) : -1;
    if (marker >= 0 && neg.test(between.slice(0, marker + 1))) return true;
  }
  return false;
}

function lastClauseEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isBoundaryAt(s, i, CLAUSE_CHARS)) return i;
  return -1;
}

const CLAUSE_CHARS = '。；！？;!?\n\r';
const SENTENCE_CHARS = '。！？!?\n\r';

/** A boundary character at i; a full stop counts only before whitespace or the end. */
function isBoundaryAt(s: string, i: number, chars: string): boolean {
  const c = s.charAt(i);
  if (chars.includes(c)) return true;
  return c === '.' && (i + 1 >= s.length || /\s/.test(s.charAt(i + 1)));
}

const SENTENCE_MAX_SIDE = 80;

/** The sentence that contains [start, end) in the original text, trimmed and bounded. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - SENTENCE_MAX_SIDE);
  while (a > minA && !isBoundaryAt(text, a - 1, SENTENCE_CHARS)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + SENTENCE_MAX_SIDE);
  while (b < maxB && !isBoundaryAt(text, b, SENTENCE_CHARS)) b++;
  const cutStart = a === minA && a > 0 && !isBoundaryAt(text, a - 1, SENTENCE_CHARS);
  const cutEnd = b === maxB && b < text.length && !isBoundaryAt(text, b, SENTENCE_CHARS);
  if (b < text.length && !cutEnd && '。！？!?.'.includes(text.charAt(b))) b++;
  const body = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return (cutStart ? '…' : '') + body + (cutEnd ? '…' : '');
}
