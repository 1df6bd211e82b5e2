import type { Claim } from '../detect/claims';
import type { Matcher } from '../detect/match';
import { readText } from '../detect/read';
import { isSensitive, type DataType } from '../lexicon/data-types';
import type { Action } from '../lexicon/types';
import necessaryTypes from '../law/necessary-types.gen.json';
import { inferAppType } from './app-type';
import { CHECKLIST_ITEMS, sentenceItems, type ChecklistItem } from './checklist';
import { policyFlags, type Clause, type PolicyFlag } from './flags';
import { policyJurisdiction, policyLang, type Jurisdiction, type PolicyLang } from './jurisdiction';
import { policyLists, type PolicyLists } from './lists';
import { recipientKind, type RecipientKind } from './recipients';
import { recognizePolicy, type PolicyKind, type PolicyRecognition } from './recognize';
import { sectionClaims, sectionItems } from './sections';
import { policySentences } from './sentences';

/**
 * The digest of a privacy policy: one row per data type (sensitive first) with what the
 * policy does with it, for what, with whom and when, each with its clauses; what the law
 * says a policy must tell (present, with its clause, or not found); flags with their rule;
 * the structured lists it carries. Built from the text alone (the background builds it
 * from the text the content script sends for a policy page; the CLI from a file), in the
 * same coordinates as the text, so a clause click scrolls to it.
 */

/** The checklist's items, and one the notice laws of Taiwan, Hong Kong and the EU ask for. */
export type DigestItem = ChecklistItem | 'consequences';
export const DIGEST_ITEMS: readonly DigestItem[] = [...CHECKLIST_ITEMS, 'consequences'];

export interface DigestRow {
  type: DataType;
  sensitive: boolean;
  /** What the policy says it does with this type (not negated). */
  actions: Action[];
  /** What it says it does not do ("we do not sell"). */
  negated: Action[];
  purposes: string[];
  recipients: string[];
  conditions: string[];
  abroad: boolean;
  clauses: Clause[];
}

export interface ChecklistEntry {
  item: DigestItem;
  /** Required by the jurisdiction's notice rules (the others are shown as extra). */
  required: boolean;
  present: boolean;
  /** Law rule ids (lib/law/data) that ask for it. */
  rules: string[];
  clauses: Clause[];
}

export interface PolicyDigest {
  kind: PolicyKind;
  name?: string;
  lang: PolicyLang;
  jurisdiction: Jurisdiction;
  /** Characters read (the page text may have been cut at the report's cap). */
  chars: number;
  truncated?: boolean;
  summary: {
    /** Data types it says it collects or uses. */
    types: number;
    sensitive: number;
    recipientKinds: RecipientKind[];
    abroad: 'yes' | 'no' | 'not-stated';
  };
  dataTypes: DigestRow[];
  checklist: ChecklistEntry[];
  flags: PolicyFlag[];
  lists: PolicyLists;
  /** Data types collected (for "beyond the necessary scope" with any app type the reader picks). */
  collected: DataType[];
  /** The app type of the 2021 necessary-scope rules the policy reads as, and the words that said so. */
  appType?: { type: string; evidence: string[] };
  /** For that app type: data types collected beyond what its basic function needs. */
  beyondNecessary?: DataType[];
}

const NECESSARY: Readonly<Record<string, readonly DataType[]>> = necessaryTypes as Record<string, DataType[]>;

export interface DigestResult {
  recognition: PolicyRecognition;
  digest?: PolicyDigest;
}

/** Which law rules ask for each item, by jurisdiction; items a jurisdiction does not list are not required there. */
export const RULES_CN: Partial<Record<DigestItem, string[]>> = {
  updated: ['cn-gbt35273-5-5'],
  scope: ['cn-gbt35273-5-5'],
  controller: ['cn-pipl-17-notice'],
  contact: ['cn-pipl-17-notice'],
  'data-types': ['cn-pipl-17-notice'],
  purposes: ['cn-pipl-17-notice'],
  retention: ['cn-pipl-17-notice', 'cn-pipl-19-retention'],
  sharing: ['cn-pipl-23-sharing'],
  recipients: ['cn-pipl-23-sharing'],
  'sharing-purpose': ['cn-pipl-23-sharing'],
  'shared-data': ['cn-pipl-23-sharing'],
  'sharing-consent': ['cn-pipl-23-sharing'],
  abroad: ['cn-pipl-39-abroad'],
  'abroad-consent': ['cn-pipl-39-abroad'],
  'abroad-purpose': ['cn-pipl-39-abroad'],
  'abroad-protection': ['cn-pipl-39-abroad'],
  rights: ['cn-pipl-44-rights'],
  withdraw: ['cn-pipl-15-withdraw'],
  complaints: ['cn-pipl-50-complaints'],
  children: ['cn-pipl-31-children'],
  changes: ['cn-pipl-14-consent', 'cn-gbt35273-5-5'],
  consent: ['cn-pipl-14-consent'],
  security: ['cn-pipl-51-security'],
  incident: ['cn-pipl-57-incident'],
  sensitive: ['cn-pipl-28-sensitive'],
  personalised: ['cn-pipl-24-automated'],
  'personalised-off': ['cn-pipl-24-automated'],
};
/** Required in mainland China: PIPL art. 17 and GB/T 35273-2020 5.5 a (cross-border items only when data goes abroad). */
const REQUIRED_CN: readonly DigestItem[] = ['controller', 'contact', 'data-types', 'purposes', 'retention', 'sharing', 'recipients', 'rights', 'withdraw', 'complaints', 'children', 'changes', 'security'];
const ABROAD_ITEMS: readonly DigestItem[] = ['abroad', 'abroad-consent', 'abroad-purpose', 'abroad-protection'];
export const NOTICE: Record<Exclude<Jurisdiction, 'CN'>, { rule: string; items: readonly DigestItem[] }> = {
  TW: { rule: 'tw-pdpa-8-notice', items: ['controller', 'purposes', 'data-types', 'retention', 'recipients', 'rights', 'consequences'] },
  HK: { rule: 'hk-pdpo-dpp1-3', items: ['purposes', 'consequences', 'recipients', 'rights', 'contact'] },
  EU: { rule: 'eu-gdpr-13', items: ['controller', 'contact', 'purposes', 'recipients', 'retention', 'rights', 'withdraw', 'complaints', 'consequences', 'abroad'] },
};

/** Whether giving data is required and what happens if it is not (個資法 8, DPP1(3), GDPR 13(2)(e)). */
const CONSEQUENCES =
  /(?:如|若|如果)?(?:您|你)?(?:不|拒绝|拒絕|未)(?:同意)?(?:提供|授权|授權)[^。；;\n]{0,40}?(?:无法|無法|不能|将影响|將影響|影响|影響|可能)|不提供[^。；;\n]{0,20}(?:影響|影响)|(?:必要|必填|选填|選填|自願|自愿)(?:提供|填寫|填写)|\b(?:obligatory|mandatory|voluntary)\b|\bif you (?:do not|don't|choose not to|decline to) provide\b|\byou are not (?:required|obliged) to\b/i;
const STORED_IN_CHINA = /(?:存储|儲存|保存|存放)(?:在|于|於)(?:中华人民共和国|中華人民共和國|中国|中國)?(?:大陆|大陸)?境内|(?:stored|kept) (?:with)?in (?:the )?(?:people's republic of china|prc|mainland china|china)\b/i;

const SHARE_ACTIONS: ReadonlySet<Action> = new Set<Action>(['share', 'transfer', 'disclose', 'sell']);
const HOLD_ACTIONS: ReadonlySet<Action> = new Set<Action>(['collect', 'use', 'store', 'permission']);
const MAX_CLAUSES = 6;
const MAX_ITEM_CLAUSES = 3;

const short = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};
const addUnique = (list: string[], x: string | undefined, max: number) => {
  if (x && !list.includes(x) && list.length < max) list.push(x);
};

function rowsOf(claims: readonly Claim[]): DigestRow[] {
  const rows = new Map<DataType, DigestRow & { weight: number }>();
  for (const c of claims) {
    for (const d of c.data) {
      if (d.generic) continue;
      let row = rows.get(d.type);
      if (!row) {
        row = { type: d.type, sensitive: isSensitive(d.type), actions: [], negated: [], purposes: [], recipients: [], conditions: [], abroad: false, clauses: [], weight: 0 };
        rows.set(d.type, row);
      }
      if (c.negated) {
        if (!row.negated.includes(c.action)) row.negated.push(c.action);
      } else {
        row.weight++;
        if (!row.actions.includes(c.action)) row.actions.push(c.action);
        addUnique(row.purposes, c.purpose && short(c.purpose.text, 48), 3);
        if (SHARE_ACTIONS.has(c.action)) addUnique(row.recipients, c.recipient && short(c.recipient.text, 40), 5);
        addUnique(row.conditions, c.condition && short(c.condition.text, 48), 3);
        if (c.abroad) row.abroad = true;
      }
      if (row.clauses.length < MAX_CLAUSES && !row.clauses.some((x) => x.start === c.start)) row.clauses.push({ start: c.start, end: c.end, text: short(c.sentence, 160) });
    }
  }
  return [...rows.values()]
    .sort((a, b) => Number(b.sensitive) - Number(a.sensitive) || b.weight - a.weight)
    .map(({ weight: _w, ...row }) => row);
}

/** The policy's own title line ("闪拍美颜隐私政策") when short, else the name alone. */
function policyTitle(line: string, name: string): string {
  const t = line.replace(/^[\s#*_>|]+|[\s*_|]+$/g, '').replace(/^[《「“"]|[》」”"]$/g, '');
  return t.length >= name.length && t.length <= 40 ? t : name;
}

/**
 * Recognise and digest a policy. `claims` may be passed when already read (same text,
 * same offsets); otherwise they are read here.
 */
export function buildDigest(fullText: string, title: string, matcher: Matcher, opts: { claims?: readonly Claim[]; truncated?: boolean; force?: boolean } = {}): DigestResult {
  // Trailing white space differs between a browser's text and the CLI's; offsets do not.
  const text = fullText.trimEnd();
  const recognition = recognizePolicy(title, text);
  if (!recognition.policy && !opts.force) return { recognition };
  const read = opts.claims ?? readText(text, matcher).claims;
  // Lines under "Information we collect" headings, for data no statement claim covers.
  const covered = (a: number, b: number) => read.some((c) => c.data.some((d) => d.start < b && a < d.end));
  const bySection = sectionClaims(text, matcher).flatMap((c) => {
    const data = c.data.filter((d) => !covered(d.start, d.end));
    return data.length ? [{ ...c, data }] : [];
  });
  const claims = [...read, ...bySection];
  const lang = policyLang(text);
  const jurisdiction = policyJurisdiction(text, lang);
  const sentences = policySentences(text);
  const sections = sectionItems(text);
  const items = sentences.map((s) => {
    const own = sentenceItems(s.text);
    const extra = sections.filter((x) => s.start >= x.start && s.start < x.end && !own.includes(x.item)).map((x) => x.item);
    return extra.length ? [...own, ...new Set(extra)] : own;
  });
  const dataTypes = rowsOf(claims);
  const collectedRows = dataTypes.filter((r) => r.actions.some((a) => HOLD_ACTIONS.has(a) || SHARE_ACTIONS.has(a)));
  const collected = new Map(collectedRows.map((r) => [r.type, r.clauses] as const));
  const abroadClaims = claims.filter((c) => c.abroad && !c.negated);
  const abroad: PolicyDigest['summary']['abroad'] = abroadClaims.length ? 'yes' : STORED_IN_CHINA.test(text) ? 'no' : 'not-stated';
  const lists = policyLists(sentences);
  // The line that names the policy ("青禾出行隐私政策") says what the app is.
  const nameLine = recognition.name ? (`${title}\n${text.slice(0, 600)}`.split('\n').find((l) => l.includes(recognition.name!)) ?? '') : title;
  const appType = jurisdiction === 'CN' ? inferAppType(text, nameLine.slice(0, 80), Object.keys(NECESSARY)) : undefined;
  const necessary = appType ? new Set(NECESSARY[appType.type]) : null;
  const beyond = necessary ? collectedRows.map((r) => r.type).filter((t) => !necessary.has(t) && t !== 'other') : [];
  const flags = policyFlags({
    beyondNecessary: appType ? beyond : null,
    typesIn: (a, b) => claims.filter((c) => !c.negated && c.start < b && a < c.end).flatMap((c) => c.data.filter((d) => d.start >= a && d.end <= b && !d.generic).map((d) => d.type)),
    text,
    sentences,
    items,
    jurisdiction,
    collected,
    sensitiveCollected: collectedRows.filter((r) => r.sensitive).map((r) => r.type),
    lists,
    abroad: abroad === 'yes',
  });

  const notice = jurisdiction === 'CN' ? null : NOTICE[jurisdiction];
  const checklist: ChecklistEntry[] = DIGEST_ITEMS.map((item) => {
    const clauses: Clause[] = [];
    sentences.forEach((s, i) => {
      const hit = item === 'consequences' ? CONSEQUENCES.test(s.text) : items[i]!.includes(item);
      if (hit && clauses.length < MAX_ITEM_CLAUSES) clauses.push({ start: s.start, end: s.end, text: short(s.text, 160) });
    });
    const required = notice ? notice.items.includes(item) : REQUIRED_CN.includes(item) || (abroad === 'yes' && ABROAD_ITEMS.includes(item));
    const rules = notice ? (notice.items.includes(item) ? [notice.rule] : []) : (RULES_CN[item] ?? []);
    return { item, required, present: clauses.length > 0, rules, clauses };
  });

  const recipientKinds = new Set<RecipientKind>();
  for (const c of claims) if (!c.negated && SHARE_ACTIONS.has(c.action) && c.recipient) recipientKinds.add(recipientKind(c.recipient.text));
  // Sentences that name recipients without a data word ("我们会与广告合作伙伴共享") still name a kind.
  sentences.forEach((s, i) => {
    if (items[i]!.includes('recipients')) recipientKinds.add(recipientKind(s.text));
  });
  if (recipientKinds.size > 1) recipientKinds.delete('third-parties');

  const digest: PolicyDigest = {
    kind: recognition.kind ?? 'privacy-policy',
    ...(recognition.name ? { name: policyTitle(nameLine, recognition.name) } : {}),
    lang,
    jurisdiction,
    chars: text.length,
    ...(opts.truncated ? { truncated: true } : {}),
    summary: {
      types: collectedRows.length,
      sensitive: collectedRows.filter((r) => r.sensitive).length,
      recipientKinds: [...recipientKinds],
      abroad,
    },
    dataTypes,
    checklist,
    flags,
    lists,
    collected: collectedRows.map((r) => r.type),
    ...(appType ? { appType, beyondNecessary: beyond } : {}),
  };
  return { recognition, digest };
}
