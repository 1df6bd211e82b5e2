import { detect, type Finding } from '../detect/detect';
import type { Matcher } from '../detect/match';
import { LIMITS } from '../messaging';
import { collectText, hiddenByAttributes, locate, type CollectedText } from './collect';
import { clearAll, HIGHLIGHT_NAMES, paint, type HighlightHost, type HighlightKey } from './highlight';

export interface ScanResult {
  findings: Finding[];
  /** One range per finding (null when the text moved away since the scan). */
  ranges: (Range | null)[];
}

export interface ScannerDeps {
  doc: Document;
  matcher: Matcher;
  /** null: the Highlight API is missing; findings are still reported. */
  host: HighlightHost | null;
  report: (result: ScanResult, doc: Document) => void;
  /** Delay after the last DOM change before a rescan, in ms. */
  debounceMs?: number;
  /** Whether marks are painted (a setting). */
  marks?: boolean;
}

/** Hidden for a person: markup, or the browser says the element renders no box. */
export function isHiddenInBrowser(el: Element): boolean {
  if (hiddenByAttributes(el)) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(el, { visibilityProperty: true })) return false;
  // display:contents renders no box of its own but its children do.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
}

function rangeFor(doc: Document, collected: CollectedText, f: Finding): Range | null {
  const a = locate(collected, f.start);
  const b = locate(collected, f.end, true);
  if (!a || !b) return null;
  try {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  } catch {
    return null; // the node changed since collection
  }
}

export function scanDocument(doc: Document, matcher: Matcher): ScanResult {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { findings: [], ranges: [] };
  const collected = collectText(root, { isHidden: isHiddenInBrowser });
  const findings = detect(collected.text, matcher, { limit: LIMITS.findings * 4 });
  return { findings, ranges: findings.map((f) => rangeFor(doc, collected, f)) };
}

export function paintFindings(host: HighlightHost, result: ScanResult): void {
  const byKey: Partial<Record<HighlightKey, Range[]>> = {};
  result.findings.forEach((f, i) => {
    const r = result.ranges[i];
    if (!r) return;
    const key: HighlightKey = f.negated ? 'negated' : f.category;
    (byKey[key] ??= []).push(r);
  });
  paint(host, byKey);
}

/**
 * The content script's page side: scan once, mark, report; rescan (debounced) when the
 * page changes; scroll to a finding on request.
 */
export class PageScanner {
  private last: ScanResult = { findings: [], ranges: [] };
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: ScannerDeps) {}

  start(): void {
    this.scan();
    const win = this.deps.doc.defaultView;
    if (!win) return;
    this.observer = new win.MutationObserver(() => this.schedule());
    this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
    // Same-document navigations and back/forward-cache restores: the background clears a
    // tab's findings when it starts loading, so report again.
    for (const type of ['hashchange', 'popstate', 'pageshow'] as const) win.addEventListener(type, this.onNavigate);
  }

  private readonly onNavigate = () => this.schedule();

  stop(): void {
    this.observer?.disconnect();
    const win = this.deps.doc.defaultView;
    for (const type of ['hashchange', 'popstate', 'pageshow'] as const) win?.removeEventListener(type, this.onNavigate);
    clearTimeout(this.timer);
    clearTimeout(this.flashTimer);
    if (this.deps.host) clearAll(this.deps.host);
  }

  scan(): ScanResult {
    this.last = scanDocument(this.deps.doc, this.deps.matcher);
    if (this.deps.host && this.deps.marks !== false) paintFindings(this.deps.host, this.last);
    this.deps.report(this.last, this.deps.doc);
    return this.last;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.scan(), this.deps.debounceMs ?? 400);
  }

  /** Scroll the finding into view and flash it; false when it is gone. */
  scrollTo(index: number): boolean {
    const range = this.last.ranges[index];
    if (!range || range.collapsed) return false;
    const el = range.startContainer.parentElement;
    if (!el || !el.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const host = this.deps.host;
    if (host) {
      host.highlights.set(HIGHLIGHT_NAMES.flash, new host.Highlight(range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => host.highlights.delete(HIGHLIGHT_NAMES.flash), 1600);
    }
    return true;
  }
}
