import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../detect/claims';
import type { Finding } from '../detect/detect';
import type { DataType } from '../lexicon/types';

/**
 * Evaluation of claims on CA4P-483 (Zhao et al., EMNLP 2022: real Chinese app privacy
 * policies annotated by their authors), the half in ../shared/benchmarks/ca4p-dev. The
 * annotation is the authors'; nothing here is tuned to one document. The policies are
 * split in two by id parity: the even half is where rules may be tuned ("tune"), the odd
 * half is only looked at ("check"); both are reported.
 */
export const CA4P_DEV = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/benchmarks/ca4p-dev/docs.jsonl');

export interface Ca4pDoc {
  id: string;
  text: string;
  spans: [string, number, number][];
  paragraphs: [string, number, number][];
}

export function loadCa4p(path = CA4P_DEV): Ca4pDoc[] {
  if (!existsSync(path)) throw new Error(`CA4P benchmark not found at ${path} (see ../shared/benchmarks/README.md)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Ca4pDoc);
}

export type Part = 'tune' | 'check';
export const partOf = (d: Pick<Ca4pDoc, 'id'>): Part => (Number.parseInt(d.id, 10) % 2 === 0 ? 'tune' : 'check');

/** Paragraph categories that say what is collected or shared: the only ones with data spans. */
export const COLLECTION_PARAGRAPHS = new Set(['App或网站收集使用处理个人信息', '第三方收集或共享个人信息', '用户提供个人信息']);
export const DEFINITION_PARAGRAPHS = new Set(['信息定义']);

/** Generic words for personal data: an item made only of these says no specific data type. */
export const GENERIC_ITEM = /^(?:您的|你的|用户的|您|用户|上述|以下|如下|下列|这些|该等|此类|相关|必要的?|其他|其它|部分|其|前述|前款|本人的?|个人的?|有关|对应的|所需的?|共享的|收集的|的)*(?:个人|用户|用戶|客户|消费者|公民)?(?:敏感|隐私|身份)?(?:个人)?(?:信息|资料|数据|資料|資訊)$/;

export interface GoldItem {
  text: string;
  start: number;
  end: number;
  specific: boolean;
}

/** Items of the annotated data phrases: each phrase split at 、和及 (the definition), trimmed. */
export function goldItems(doc: Ca4pDoc): GoldItem[] {
  const out: GoldItem[] = [];
  for (const [label, s, e] of doc.spans) {
    if (label !== 'data') continue;
    const phrase = doc.text.slice(s, e);
    let at = 0;
    for (const part of phrase.split(/[、和及]/)) {
      const start = s + at;
      at += part.length + 1;
      const lead = part.length - part.trimStart().length;
      const text = part.trim().replace(/^[*_（(“"]+|[*_）)”"]+$/g, '');
      if (!text) continue;
      const a = start + lead + part.trim().indexOf(text);
      out.push({ text, start: a, end: a + text.length, specific: !GENERIC_ITEM.test(text) });
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Sentences of a text (end exclusive), split at 。！？；and line breaks. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 0; i < text.length; i++) {
    if ('。！？；\n'.includes(text[i]!)) {
      if (i + 1 > a) out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < text.length) out.push([a, text.length]);
  return out.filter(([x, y]) => text.slice(x, y).trim().length > 1);
}

export interface DocResult {
  id: string;
  part: Part;
  items: { gold: GoldItem; hit: boolean }[];
  /**
   * Claim data items inside collection paragraphs: whether each overlaps an annotated data
   * span, and whether the paragraph carries any data annotation at all (16-36% carry none:
   * benchmarks README). `specific`: the item names a data type (not only 个人信息), as
   * specific-item recall counts them.
   */
  inParagraph: { text: string; start: number; end: number; action: Claim['action']; hit: boolean; annotated: boolean; specific: boolean }[];
  sentences: { tp: number; fp: number; fn: number };
  /** Face or biometric claims (or counted findings) inside definition paragraphs or definition blocks. */
  definitionFaceBio: string[];
}

const FACE_BIO: ReadonlySet<DataType> = new Set(['face', 'fingerprint', 'voiceprint', 'iris', 'other_biometric']);

export function evaluateDoc(doc: Ca4pDoc, claims: readonly Claim[], findings: readonly Finding[]): DocResult {
  const positive = claims.filter((c) => !c.negated);
  const claimItems = positive.flatMap((c) => c.data.map((d) => ({ ...d, action: c.action })));
  const gold = goldItems(doc);
  const items = gold.map((g) => ({ gold: g, hit: claimItems.some((d) => overlaps(d, g)) }));
  const paras = doc.paragraphs.filter(([cat]) => COLLECTION_PARAGRAPHS.has(cat)).map(([, s, e]) => ({ start: s, end: e }));
  const dataSpans = doc.spans.filter(([l]) => l === 'data').map(([, s, e]) => ({ start: s, end: e }));
  // Each marked span once, however many claims (collect, store, use…) name it.
  const seen = new Set<string>();
  const paraOf = (d: { start: number; end: number }) => paras.find((p) => d.start >= p.start && d.end <= p.end);
  const inParagraph = claimItems
    .filter((d) => paraOf(d) !== undefined)
    .filter((d) => !seen.has(`${d.start}:${d.end}`) && seen.add(`${d.start}:${d.end}`))
    .map((d) => {
      const p = paraOf(d)!;
      return { text: d.text, start: d.start, end: d.end, action: d.action, hit: dataSpans.some((s) => overlaps(s, d)), annotated: dataSpans.some((s) => s.start >= p.start && s.end <= p.end), specific: !GENERIC_ITEM.test(d.text) };
    });
  const sentenceCounts = { tp: 0, fp: 0, fn: 0 };
  for (const [a, b] of sentences(doc.text)) {
    const span = { start: a, end: b };
    if (!paras.some((p) => overlaps(p, span))) continue;
    const goldPos = dataSpans.some((s) => overlaps(s, span));
    const predPos = claimItems.some((d) => overlaps(d, span));
    if (goldPos && predPos) sentenceCounts.tp++;
    else if (predPos) sentenceCounts.fp++;
    else if (goldPos) sentenceCounts.fn++;
  }
  const defParas = doc.paragraphs.filter(([cat]) => DEFINITION_PARAGRAPHS.has(cat)).map(([, s, e]) => ({ start: s, end: e }));
  const definitionFaceBio = [
    ...positive.flatMap((c) => c.data.filter((d) => FACE_BIO.has(d.type) && defParas.some((p) => overlaps(p, d))).map((d) => `claim ${d.text}`)),
    ...findings.filter((f) => !f.negated && f.definition !== true && FACE_BIO.has(f.type) && defParas.some((p) => overlaps(p, f))).map((f) => `finding ${f.term}`),
  ];
  return { id: doc.id, part: partOf(doc), items, inParagraph, sentences: sentenceCounts, definitionFaceBio };
}

export interface JudgeItem {
  n: number;
  doc: string;
  start: number;
  end: number;
  text: string;
  /** The claim's action (extra items only). */
  action?: string;
  /** The policy text around the item, the item in 【】. */
  ctx: string;
}

/**
 * The hand-judging sample of the check half (README, "Claims on real policies"): `n` claim
 * items that name a data type, in annotated collection paragraphs, outside the annotation
 * ("extra"), and `n` annotated specific items no claim found ("missed"), drawn with a fixed
 * seed. The items hold benchmark text: write them outside the repo.
 */
export function judgeSample(docs: readonly Ca4pDoc[], claimsOf: (d: Ca4pDoc) => readonly Claim[], n = 40, seed = 20261203): { extra: JudgeItem[]; missed: JudgeItem[]; population: { extra: number; missed: number } } {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ctxOf = (t: string, a: number, b: number) => (t.slice(Math.max(0, a - 160), a) + '【' + t.slice(a, b) + '】' + t.slice(b, b + 80)).replace(/\n/g, ' ⏎ ');
  const extra: Omit<JudgeItem, 'n'>[] = [];
  const missed: Omit<JudgeItem, 'n'>[] = [];
  for (const d of docs.filter((x) => partOf(x) === 'check')) {
    // The same items the evaluation counts: evaluateDoc's extra claim items and missed gold items.
    const r = evaluateDoc(d, claimsOf(d), []);
    for (const x of r.inParagraph) if (x.annotated && x.specific && !x.hit) extra.push({ doc: d.id, start: x.start, end: x.end, text: x.text, action: x.action, ctx: ctxOf(d.text, x.start, x.end) });
    for (const { gold: g, hit } of r.items) if (g.specific && !hit) missed.push({ doc: d.id, start: g.start, end: g.end, text: g.text, ctx: ctxOf(d.text, g.start, g.end) });
  }
  const pick = <T>(xs: T[]) => xs.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x], i) => ({ n: i + 1, ...x }));
  return { extra: pick(extra), missed: pick(missed), population: { extra: extra.length, missed: missed.length } };
}
