import type { Claim, ClaimData } from '../detect/claims';
import { matchTokens, type Matcher } from '../detect/match';
import { NEG_LOOKBACK, negatedBefore } from '../detect/negation';
import { normalize, toOriginalSpan } from '../detect/normalize';
import { isSensitive } from '../lexicon/data-types';
import type { Action } from '../lexicon/types';
import type { ChecklistItem } from './checklist';

/**
 * Claims a policy makes by its structure: under a heading such as "1. Information we
 * collect" or "（一）我们收集的信息", each line "Account information: your name, email
 * address and password" says that data is collected, with no verb in the line itself.
 * Under "Information we do not collect" / "我们不会收集的信息" the lines say it is not.
 *
 * A section runs from its heading to the next heading that is not one of its own
 * subsections (numbered 1.1 under 1., or unnumbered and not about another topic).
 */
const COLLECT_HEADING = /收集|蒐集|采集|獲取|获取|\bcollect(?:s|ed|ion)?\b|\binformation (?:you provide|we (?:receive|obtain))\b|\bdata we (?:receive|obtain)\b/i;
const SHARE_HEADING = /共享|分享|对外提供|對外提供|披露|揭露|\bshar(?:e|ing)\b|\bdisclos/i;
const NOT_HEADING = /不会|不會|不收集|不蒐集|\bdo(?:es)? not\b|\bdon't\b|\bnever\b/i;
/** Other topics: a heading about them ends a collection section. */
const OTHER_HEADING = /使用|利用|存储|儲存|保存|保护|保護|权利|權利|儿童|兒童|cookie|更新|联系|聯絡|\bhow we use\b|\buse of\b|\bretention\b|\bsecurity\b|\brights?\b|\bchildren\b|\bcontact\b|\bchanges\b|\bcookies\b|\btransfers?\b|\bstor(?:e|age)\b/i;

interface Heading {
  line: number;
  /** Numbering path ("1", "1.2"), or '' when unnumbered. */
  number: string;
  text: string;
}

const NUMBER = /^[\s#*_]*((?:\d+[.．])*\d+)[.．、)）]?\s+|^[\s#*_]*[（(]?([一二三四五六七八九十]+)[）)、．.]\s*/;

function headingOf(line: string): { number: string; text: string } | null {
  const t = line.trim();
  if (t.length < 2 || t.length > 60 || /[。；;！!:：]$/.test(t) || /[。；;]/.test(t)) return null;
  if (/[.!?]\s/.test(t) && t.split(/\s+/).length > 8) return null;
  const m = NUMBER.exec(t);
  const number = m ? (m[1] ?? m[2] ?? '') : '';
  const text = m ? t.slice(m[0].length) : t;
  // A label line ("Usage data: …") is not a heading; a heading has no colon in the middle.
  if (/[:：]./.test(text)) return null;
  return { number, text };
}

/** A line that labels a kind of data and lists it: "Account information: …", "1、设备信息：…". */
const LABEL_LINE = /^[\s*_•·\-–—]*(?:(?:\d+[.．、)）]|[（(]?[一二三四五六七八九十\d]+[）)、．.]|[a-z][.)])\s*)?([^:：\n]{2,40})[:：]\s*\S/i;

/** The heading lines of a text, with their offsets. */
export function policyHeadings(text: string): Array<{ start: number; end: number; number: string; text: string }> {
  const out: Array<{ start: number; end: number; number: string; text: string }> = [];
  let at = 0;
  for (const l of text.split('\n')) {
    const h = headingOf(l);
    if (h && !LABEL_LINE.test(l)) out.push({ start: at, end: at + l.length, ...h });
    at += l.length + 1;
  }
  return out;
}

/**
 * Sections whose heading names a checklist item ("How long we keep your information",
 * "International data transfers", "我们如何保存您的个人信息"): their sentences tell that item
 * even when a sentence alone would not ("Support conversations: 24 months…").
 */
const ITEM_HEADINGS: ReadonlyArray<readonly [ChecklistItem, RegExp]> = [
  ['retention', /保存期限|存储期限|儲存期限|保留期限|保存期間|保存多久|\bhow long\b|\bretention\b|\bretain\b/i],
  ['abroad', /跨境|出境|境外|全球范围|全球範圍|國際傳輸|国际传输|\binternational (?:data )?transfers?\b|\btransfers? (?:outside|abroad|across)\b/i],
  ['rights', /您的权利|您的權利|你的权利|用户权利|管理您的个人信息|\byour (?:rights|choices)\b/i],
  ['contact', /联系我们|聯絡我們|聯繫我們|联系方式|\bcontact(?:ing)? us\b|\bhow to contact\b/i],
  ['children', /儿童|兒童|未成年|\bchildren\b|\bminors\b/i],
  ['changes', /如何更新|更新与修订|政策的更新|政策的修订|變更|\bchanges to (?:this|our)\b|\bupdates to (?:this|our)\b/i],
  ['security', /如何保护|如何保護|信息安全|資訊安全|\bsecurity\b|\bhow we protect\b/i],
];

export function sectionItems(text: string): Array<{ item: ChecklistItem; start: number; end: number }> {
  const headings = policyHeadings(text);
  const out: Array<{ item: ChecklistItem; start: number; end: number }> = [];
  headings.forEach((h, i) => {
    for (const [item, re] of ITEM_HEADINGS) {
      if (!re.test(h.text)) continue;
      // To the next heading that is not a subsection of this one.
      let end = text.length;
      for (const n of headings.slice(i + 1)) {
        if (!(h.number && n.number.startsWith(`${h.number}.`))) {
          end = n.start;
          break;
        }
      }
      out.push({ item, start: h.end, end });
    }
  });
  return out;
}

export function sectionClaims(text: string, matcher: Matcher): Claim[] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: at, text: l });
    at += l.length + 1;
  }
  const headings: Heading[] = [];
  lines.forEach((l, i) => {
    const h = headingOf(l.text);
    if (h && !LABEL_LINE.test(l.text)) headings.push({ line: i, ...h });
  });
  const claims: Claim[] = [];
  const done = new Set<number>();
  headings.forEach((h, hi) => {
    const action: Action | null = COLLECT_HEADING.test(h.text) ? 'collect' : SHARE_HEADING.test(h.text) && !COLLECT_HEADING.test(h.text) ? 'share' : null;
    if (!action || OTHER_HEADING.test(h.text.replace(COLLECT_HEADING, ''))) return;
    const negated = NOT_HEADING.test(h.text);
    // The section ends at the next heading that is not its subsection.
    let end = lines.length;
    for (const next of headings.slice(hi + 1)) {
      const sub = h.number ? next.number.startsWith(`${h.number}.`) : !next.number && !OTHER_HEADING.test(next.text) && !COLLECT_HEADING.test(next.text) && !SHARE_HEADING.test(next.text);
      if (!sub) {
        end = next.line;
        break;
      }
    }
    for (let i = h.line + 1; i < end; i++) {
      const l = lines[i]!;
      const m = LABEL_LINE.exec(l.text);
      if (!m || done.has(i) || headings.some((x) => x.line === i)) continue;
      done.add(i);
      // The data words of the line (the section says they are collected; no verb needed),
      // except those the line itself says are not ("but never your full card number").
      const norm = normalize(l.text);
      const data: ClaimData[] = [];
      for (const t of matchTokens(matcher, norm.base)) {
        if (t.kind === 'verb' || t.generic || !t.type || t.type === 'other') continue;
        const [a, b] = toOriginalSpan(norm, t.start, t.end);
        const cjk = /[\u3400-\u9fff]/.test(l.text.slice(a, b));
        const clause = l.text.slice(Math.max(0, a - (cjk ? NEG_LOOKBACK.cjk : NEG_LOOKBACK.latin)), a).toLowerCase();
        if (negatedBefore(clause.slice(clause.search(/[^，,。；;！？!?]*$/)), cjk)) continue;
        if (data.some((d) => d.start < l.start + b && l.start + a < d.end)) continue;
        data.push({ text: l.text.slice(a, b), start: l.start + a, end: l.start + b, type: t.type, sensitive: isSensitive(t.type) });
      }
      if (!data.length) continue;
      const sentence = l.text.trim();
      claims.push({
        action,
        negated,
        data,
        sentence: sentence.length > 200 ? sentence.slice(0, 199) + '…' : sentence,
        start: l.start,
        end: l.start + l.text.length,
        reason: 'section-list',
      });
    }
  });
  return claims;
}
