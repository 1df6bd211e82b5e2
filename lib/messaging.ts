import { CONTEXT_MAX_CHARS } from './detect/context';
import type { Claim, ClaimSpan, TextBlock } from './detect/claims';
import { counts } from './detect/counts';
import type { Finding } from './detect/detect';
import type { PolicyDigest } from './policy/digest';

/**
 * The one protocol between content script, background and popup. Names say the route:
 * `content*` are sent by the content script to the background, `toContent*` by the popup
 * to a tab's content script. The popup reads findings from session storage itself and
 * ranks stories itself (lib/ui/tab-report.ts), so it does not wait for the service worker.
 *
 * Plain runtime messages `{ type, data }` rather than @webext-core/messaging (no longer a
 * dependency): for a handful of message types its wrapper was more code in the content
 * script than the messages, and it swallowed the background's answer that a report was
 * stored (the content script now retries until it is).
 */

/** Caps on what a content script may report: counts and sizes (hostile pages). */
export const LIMITS = {
  findings: 500,
  sentenceChars: 300,
  termChars: 64,
  titleChars: 300,
  urlChars: 2048,
  /** Page text around the findings, for ranking stories (lib/detect/context.ts). */
  contextChars: CONTEXT_MAX_CHARS,
  claims: 200,
  claimData: 40,
  /** Statement blocks a frame sends (claims are read from them), and their text in all. */
  blocks: 300,
  blockChars: 2400,
  blocksTotalChars: 60_000,
  claimSentenceChars: 200,
  spanChars: 120,
  /** Text of a page that may be a privacy policy, sent by the top frame for its digest (not stored). */
  policyChars: 200_000,
  /** Page text a frame sends the background to be read at once (lib/background/analyze.ts); longer text is read up to here. */
  analyzeChars: 8_000_000,
} as const;

/** What a content script reports for its page; validated by the background (lib/background/validate.ts). */
export interface PageReport {
  url: string;
  title: string;
  /** Capped at LIMITS.findings; `total` says how many there were. */
  findings: Finding[];
  total: number;
  /** What the page says is done with which data, capped at LIMITS.claims (the background reads them from `blocks`). */
  claims?: Claim[];
  /** The statement blocks around the data words (content script to background only; not stored). */
  blocks?: TextBlock[];
  /** Findings that count (not negated), over all of them, not only the capped list. */
  counted: number;
  /** The person turned scanning off for this site: nothing was read. */
  disabled?: boolean;
  /** A frame nobody can see (1x1, hidden, off the page): nothing of it is counted or kept. */
  hidden?: boolean;
  /** The frame document's performance.timeOrigin: a newer top document replaces older frames. */
  timeOrigin?: number;
  /** Page text around the counted findings, capped at LIMITS.contextChars: the story query reads it. Never leaves the browser. */
  context?: string;
  /**
   * The top frame's text when its title or first lines name a privacy policy (content
   * script to background only: the background digests it and keeps the digest, not the
   * text). Offsets of the digest's clauses are offsets into this text.
   */
  policy?: { text: string; truncated?: boolean };
  /** The policy digest the background built from `policy` (stored, never sent by a page). */
  digest?: PolicyDigest;
  /**
   * How long the scan took on the page's main thread (diagnostics and benchmarks); `wait` is
   * the wall time spent waiting for the background's reading of the text, `worker` that
   * reading's own time there (neither is page time).
   */
  timing?: { start: number; end: number; busy: number; longestSlice: number; longestStep?: string; byStep?: Record<string, number>; wait?: number; worker?: number };
}

/** A finding as the popup sees it: which frame it is in and its index there. */
export interface TabFinding extends Finding {
  frameId: number;
  index: number;
  /** Set when the finding is in embedded content of another origin than the page's (an ad, a widget). */
  origin?: string;
}


/** A claim as the popup sees it: which frame it is in. */
export interface TabClaim extends Claim {
  frameId: number;
  origin?: string;
}

/** What the popup gets for a tab: its frames' reports merged, top frame first. */
export interface TabFindings {
  tabId: number;
  url: string;
  title: string;
  findings: TabFinding[];
  claims: TabClaim[];
  total: number;
  counted: number;
  /** Scanning is off for this site (the top frame said so). */
  disabled: boolean;
  /** The frames' page text around their findings, top frame first, capped at LIMITS.contextChars. */
  context: string;
  /** Some findings were not kept, to stay within the storage budget. */
  trimmed?: boolean;
  /** Frames nobody can see (not counted, not listed). */
  hiddenFrames?: number;
  /** The top frame is a privacy policy: its digest. */
  digest?: PolicyDigest;
  /** The stories the background ranked for these findings (lib/background/story-jobs.ts). */
  stories?: TabStories;
}

/**
 * The stories ranked for a tab's findings in the background, so the popup shows them
 * without loading the story index and ranking: story ids, best first, each with its
 * "why this case" line in the UI language of `script`.
 */
export interface TabStories {
  script: 'zh-Hans' | 'zh-Hant' | 'en';
  list: { id: string; why: string }[];
}

/** The background's reading of a frame's text (contentAnalyze). */
export interface AnalyzeAnswer {
  findings: Finding[];
  blocks: TextBlock[];
  ms: number;
  /** With no finding that counts: where the text names a standalone practice (lib/stories/standalone.ts), for the story context. */
  cues?: [number, number][];
}

/**
 * Whether a tab may have stories: it has a finding that counts, or, with none, its report
 * carries the text around a standalone practice's words (its context is empty otherwise).
 */
export function mayHaveStories(tab: Pick<TabFindings, 'counted' | 'disabled' | 'context'>): boolean {
  return !tab.disabled && (tab.counted > 0 || Boolean(tab.context));
}

/** Every message, its data and its answer. */
export interface ProtocolMap {
  /** Answer: true once stored (the content script retries until then), false when refused. */
  contentReportFindings: { data: PageReport; answer: boolean };
  /** The frame's document is going away (navigation, close): its findings go with it. */
  contentFrameGone: { data: { timeOrigin: number }; answer: boolean };
  /** Private tabs only: the settings changed in a private window (kept in memory), or null. */
  contentGetSettings: { data: null; answer: unknown };
  /**
   * A frame's collected text, read by the background (the detector does not ship in the
   * content script): its findings and statement blocks, offsets in `text`, and the
   * reading's time in ms; null when the text was refused (not a string, too long).
   */
  contentAnalyze: { data: { text: string; limit: number }; answer: AnalyzeAnswer | null };
  /** A finding by its index, or a claim's data by its block index and offsets. */
  toContentScrollToFinding: { data: { index: number; span?: { start: number; end: number } }; answer: boolean };
  /** A policy digest's clause, by its offsets in the top frame's policy text. */
  toContentScrollToClause: { data: { start: number; end: number }; answer: boolean };
  /** Settings changed in a private window: read them again. */
  toContentSettingsChanged: { data: null; answer: boolean };
}

export type MessageType = keyof ProtocolMap;
export interface Message<T extends MessageType = MessageType> {
  type: T;
  data: ProtocolMap[T]['data'];
}

export function isMessage(raw: unknown): raw is Message {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string';
}

/** Send to the background (content script and extension pages). */
export function sendToBackground<T extends 'contentReportFindings' | 'contentFrameGone' | 'contentGetSettings' | 'contentAnalyze'>(type: T, data: ProtocolMap[T]['data']): Promise<ProtocolMap[T]['answer']> {
  return browser.runtime.sendMessage({ type, data } satisfies Message<T>) as Promise<ProtocolMap[T]['answer']>;
}

/** Send to one frame of a tab's content script (popup). */
export function sendToTab<T extends 'toContentScrollToFinding' | 'toContentScrollToClause' | 'toContentSettingsChanged'>(
  tabId: number,
  type: T,
  data: ProtocolMap[T]['data'],
  frameId?: number,
): Promise<ProtocolMap[T]['answer']> {
  return browser.tabs.sendMessage(tabId, { type, data } satisfies Message<T>, frameId === undefined ? undefined : { frameId }) as Promise<ProtocolMap[T]['answer']>;
}

/** Clip strings a page controls before they are sent, so a report passes validation. */
export function clipReport(
  url: string,
  title: string,
  findings: readonly Finding[],
  timing?: PageReport['timing'],
  context?: string,
  claims: readonly Claim[] = [],
  blocks: readonly TextBlock[] = [],
  policy?: string,
): PageReport {
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  return {
    url: clip(url, LIMITS.urlChars),
    title: clip(title, LIMITS.titleChars),
    ...(timing ? { timing } : {}),
    ...(context ? { context: clip(context, LIMITS.contextChars) } : {}),
    total: findings.length,
    counted: findings.reduce((n, f) => n + (counts(f) ? 1 : 0), 0),
    ...(blocks.length ? { blocks: clipBlocks(blocks) } : {}),
    ...(claims.length ? { claims: clipClaims(claims) } : {}),
    ...(policy ? { policy: policy.length > LIMITS.policyChars ? { text: policy.slice(0, LIMITS.policyChars), truncated: true } : { text: policy } } : {}),
    findings: findings.slice(0, LIMITS.findings).map((f) => ({
      ...f,
      term: clip(f.term, LIMITS.termChars),
      sentence: clip(f.sentence, LIMITS.sentenceChars),
      ...(f.verb !== undefined ? { verb: clip(f.verb, LIMITS.termChars) } : {}),
      ...(f.match !== undefined ? { match: clip(f.match, LIMITS.termChars) } : {}),
    })),
  };
}

/** Blocks within their caps: each at most LIMITS.blockChars, all at most LIMITS.blocksTotalChars. */
function clipBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let total = 0;
  for (const b of blocks) {
    if (out.length >= LIMITS.blocks) break;
    const text = b.text.length > LIMITS.blockChars ? b.text.slice(0, LIMITS.blockChars) : b.text;
    if (total + text.length > LIMITS.blocksTotalChars) break;
    total += text.length;
    out.push({ start: b.start, end: b.start + text.length, listStart: Math.min(b.listStart, text.length), text });
  }
  return out;
}

const clipText = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const clipSpan = <T extends ClaimSpan>(x: T): T => ({ ...x, text: clipText(x.text, LIMITS.spanChars) });

/** Claims within their caps (count, data items, text lengths). */
export function clipClaims(claims: readonly Claim[]): Claim[] {
  return claims.slice(0, LIMITS.claims).map((c) => ({
    ...c,
    sentence: clipText(c.sentence, LIMITS.claimSentenceChars),
    data: c.data.slice(0, LIMITS.claimData).map(clipSpan),
    ...(c.actor ? { actor: clipSpan(c.actor) } : {}),
    ...(c.recipient ? { recipient: clipSpan(c.recipient) } : {}),
    ...(c.purpose ? { purpose: clipSpan(c.purpose) } : {}),
    ...(c.condition ? { condition: clipSpan(c.condition) } : {}),
  }));
}
