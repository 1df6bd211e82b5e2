import type { TextBlock } from '../detect/claims';
import { contextWindows, findingContext, joinContext, windowOf } from '../detect/context';
import { counts } from '../detect/counts';
import type { Analysis, Finding } from '../detect/detect';
import { LIMITS } from '../messaging';
import { collectSteps, locate, type CollectedText } from './collect';
import { Marks, type HighlightHost, type HighlightKey } from './highlight';
import { PageVisibility } from './visibility';

/** A statement block (claims are read from it in the background) and its piece of the text map, to scroll into it. */
export interface PageBlock {
  block: TextBlock;
  /** The collected text's map for the block's nodes (offsets as the block's). */
  map: CollectedText;
}

/** A finding and where it is on the page now. */
export interface PageFinding {
  finding: Finding;
  range: Range | null;
  /** The page text around this finding (shared by the findings of one window), for ranking stories; none when negated. */
  context?: string;
}

/** The story-query context of a page: its findings' windows, each once, in order, capped. */
export function reportContext(entries: readonly PageFinding[]): string {
  return joinContext(entries.flatMap((e) => (e.context ? [e.context] : [])));
}

export interface ScanTiming {
  /** performance.now() when the scan started and ended (same clock as the page). */
  start: number;
  end: number;
  /** Main-thread time spent in the scan's slices, and the longest slice. */
  busy: number;
  longestSlice: number;
  /** Which step the longest slice was (diagnostics: collect, detect, ranges, paint…). */
  longestStep?: string;
  /** Busy time per step (collect, ranges, paint…), for the bench. */
  byStep?: Record<string, number>;
  /** Wall time spent waiting for the text to be read (off the page's main thread), and that reading's own time in the background. */
  wait?: number;
  worker?: number;
}

/**
 * Reads a collected text: its findings and statement blocks (offsets in the text), at most
 * `limit` findings; null when it could not be read. The content script asks the
 * background (the detector does not ship in it); tests may read in place.
 */
export type TextReader = (text: string, limit: number) => Promise<(Analysis & { ms?: number; cues?: readonly (readonly [number, number])[] }) | null>;

export interface ScannerDeps {
  doc: Document;
  read: TextReader;
  /**
   * Whether changed text may hold a word at all (a ticking clock's "12:03:45" cannot):
   * text for which this is false is not rescanned. Default: it holds two letters in a row.
   */
  mayHold?: (text: string) => boolean;
  /** null: the Highlight API is missing; findings are still reported. */
  host: HighlightHost | null;
  report: (findings: readonly PageFinding[], timing: ScanTiming, blocks: readonly PageBlock[], policy: string | null) => void;
  /**
   * Whether the page may be a privacy policy, from its first lines (the title is the
   * caller's to read): its whole text is then reported for a digest, and later changes
   * rescan it whole so the digest's offsets stay those of the text.
   */
  mayBePolicy?: (start: string) => boolean;
  /** Delay after the last DOM change before scanning what changed, in ms. */
  debounceMs?: number;
  /** Longest wait from the first unscanned change to its scan, however often the page changes (a ticking clock). */
  maxWaitMs?: number;
  /** Whether marks are painted (a setting). */
  marks?: boolean;
  /** Main-thread budget per slice before yielding to the page, in ms. */
  sliceMs?: number;
  /** Which findings to keep (settings: categories, terms dismissed on this site). */
  accept?: (finding: Finding) => boolean;
}

/** Most findings kept per page; the report to the background is capped lower. */
export const MAX_FINDINGS = LIMITS.findings * 4;
/** Most statement blocks kept per page (each at most ~2,400 characters). */
export const MAX_BLOCKS = LIMITS.blocks;
/** A mutation batch larger than this is handled by one deferred full rescan. */
export const FULL_RESCAN_THRESHOLD = 1000;

/** The part of a text map that covers [start, end) (a block's nodes, for scrolling into it later). */
function mapSlice(collected: CollectedText, start: number, end: number): CollectedText {
  const { starts, lengths, nodes } = collected;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! + lengths[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < starts.length && starts[k]! < end) k++;
  return { text: '', nodes: nodes.slice(lo, k), starts: starts.slice(lo, k), lengths: lengths.slice(lo, k) };
}

export function rangeFor(doc: Document, collected: CollectedText, f: { start: number; end: number }): Range | null {
  const a = locate(collected, f.start);
  const b = locate(collected, f.end, true);
  if (!a || !b) return null;
  try {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r.collapsed ? null : r;
  } catch {
    return null; // the node changed since collection
  }
}

type Yield = () => Promise<void>;

/**
 * Resolves once the page has rendered and the browser is idle (at most ~1 s later), so
 * the page's own style and layout work is done before the scan asks about visibility:
 * on the 5 MB bench page the first visibility question otherwise paid for an 83 ms style
 * pass. Resolves at once without a window or in a hidden tab.
 */
function afterPageSettles(win: (Window & typeof globalThis) | null): Promise<void> {
  if (!win || typeof win.requestAnimationFrame !== 'function' || win.document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    win.requestAnimationFrame(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(done, { timeout: 800 });
      else setTimeout(done, 0);
    });
  });
}

function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run a generator in time slices, yielding to the page when a slice is over budget. */
async function runSliced<T>(step: string, steps: Generator<void, T>, sliceMs: number, timing: ScanTiming, yieldNow: Yield, isStale: () => boolean): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    const now = performance.now();
    if (r.done) {
      account(timing, now - sliceStart, step);
      return r.value;
    }
    if (now - sliceStart >= sliceMs) {
      account(timing, now - sliceStart, step);
      await yieldNow();
      if (isStale()) return null;
      sliceStart = performance.now();
    }
  }
}

function account(timing: ScanTiming, ms: number, step: string): void {
  timing.busy += ms;
  const by = (timing.byStep ??= {});
  by[step] = (by[step] ?? 0) + ms;
  if (ms > timing.longestSlice) {
    timing.longestSlice = ms;
    timing.longestStep = step;
  }
}

function parentOf(n: Node): Node | null {
  return n.parentNode ?? (n as ShadowRoot).host ?? null;
}

/**
 * Whether a node (or, with self, the node itself) has an ancestor in the set. `memo`
 * remembers the answer for every node passed on the way, so many roots in one deep tree
 * cost one walk, not one each.
 */
function hasAncestorIn(node: Node, set: ReadonlySet<Node>, self: boolean, memo: Map<Node, boolean>): boolean {
  const path: Node[] = [];
  let answer = false;
  for (let n: Node | null = self ? node : parentOf(node); n; n = parentOf(n)) {
    const known = memo.get(n);
    if (known !== undefined) {
      answer = known;
      break;
    }
    if (set.has(n)) {
      answer = true;
      break;
    }
    path.push(n);
  }
  for (const p of path) memo.set(p, answer);
  return answer;
}

/**
 * The content script's page side: scan in slices, mark, report; on DOM changes scan only
 * the added or changed subtrees (one deferred full rescan for huge batches); scroll to a
 * finding on request.
 *
 * Changes are debounced (300 ms after the last one) with a maximum wait (1 s after the
 * first unscanned one), so a page that never stops changing (a ticking clock) still gets
 * its new text scanned; text changes that cannot hold a lexicon word ("12:03:45") are
 * ignored outright.
 */
export class PageScanner {
  private entries: PageFinding[] = [];
  private blockEntries: PageBlock[] = [];
  /** With no finding that counts: the text around the words of a standalone practice the last full scan read (else ''). */
  private cueContext = '';
  /** The text and map of the last full scan, when the page may be a policy (clauses scroll into it). */
  private policyMap: CollectedText | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unscanned change arrived (performance.now()), or null. */
  private pendingSince: number | null = null;
  private dirtyRoots = new Set<Node>();
  private fullPending = false;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private settled = false;
  private readonly marks: Marks | null;
  /** Shadow roots already observed (a MutationObserver on the document does not see inside them). */
  private readonly observedRoots = new WeakSet<Node>();
  yieldNow: Yield = defaultYield;

  constructor(private readonly deps: ScannerDeps) {
    this.marks = deps.host ? new Marks(deps.host) : null;
  }

  /** The findings as of the last completed scan. */
  get findings(): readonly PageFinding[] {
    return this.entries;
  }

  /** The story context to report: the text around the counted findings, or with none, around a standalone practice's words. */
  get context(): string {
    return reportContext(this.entries) || (this.entries.some((e) => counts(e.finding)) ? '' : this.cueContext);
  }

  /** The statement blocks as of the last completed scan. */
  get blocks(): readonly PageBlock[] {
    return this.blockEntries;
  }

  /** The highlight names in use (tests). */
  get markNames(): string[] {
    return this.marks?.registered() ?? [];
  }

  start(): Promise<void> {
    const done = this.enqueue(() => this.fullScan());
    const win = this.deps.doc.defaultView;
    if (win) {
      this.observer = new win.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(this.deps.doc.documentElement, OBSERVE);
      // Same-document navigations and back/forward-cache restores: scan and report again.
      for (const type of ['hashchange', 'popstate', 'pageshow'] as const) win.addEventListener(type, this.onNavigate);
    }
    return done;
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.observer?.disconnect();
    const win = this.deps.doc.defaultView;
    for (const type of ['hashchange', 'popstate', 'pageshow'] as const) win?.removeEventListener(type, this.onNavigate);
    clearTimeout(this.timer);
    this.marks?.clear();
  }

  /** Resolves when queued scans are done (tests and benchmarks). */
  idle(): Promise<void> {
    return this.running;
  }

  private readonly onNavigate = () => {
    this.fullPending = true;
    this.schedule();
  };

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    let changes = 0;
    let relevant = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        // A clock or a counter: text that cannot hold a word, in a node with no finding.
        const data = (r.target as CharacterData).data;
        const mayHold = this.deps.mayHold ?? holdsLetters;
        if (!mayHold(data) && !(r.oldValue && mayHold(r.oldValue)) && !this.hasFindingIn(r.target)) continue;
        changes += 1;
      } else changes += r.addedNodes.length + r.removedNodes.length;
      relevant = true;
    }
    if (!relevant) return;
    if (this.fullPending || changes > FULL_RESCAN_THRESHOLD || this.dirtyRoots.size > FULL_RESCAN_THRESHOLD) {
      this.fullPending = true;
      this.dirtyRoots.clear();
    } else {
      for (const r of records) {
        if (r.type === 'characterData') {
          if (r.target.parentNode) this.dirtyRoots.add(r.target.parentNode);
        } else {
          r.addedNodes.forEach((n) => this.dirtyRoots.add(n.nodeType === 3 ? (n.parentNode ?? n) : n));
          // Removed nodes take their findings with them; a dropped range is noticed below.
          if (r.removedNodes.length) this.dirtyRoots.add(r.target);
        }
      }
    }
    this.schedule();
  }

  private hasFindingIn(node: Node): boolean {
    return this.entries.some((e) => e.range?.startContainer === node || e.range?.endContainer === node);
  }

  private schedule(): void {
    const now = performance.now();
    this.pendingSince ??= now;
    const debounce = this.deps.debounceMs ?? 300;
    const maxWait = this.deps.maxWaitMs ?? 1000;
    const delay = Math.max(0, Math.min(debounce, this.pendingSince + maxWait - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.pendingSince = null;
      if (this.fullPending) {
        this.fullPending = false;
        this.dirtyRoots.clear();
        void this.enqueue(() => this.fullScan());
      } else if (this.dirtyRoots.size) {
        const roots = [...this.dirtyRoots];
        this.dirtyRoots.clear();
        void this.enqueue(() => this.partialScan(roots));
      }
    }, delay);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.running = this.running.then(task, task);
    return this.running;
  }

  /** A document someone is typing into (designMode) is not read at all. */
  private documentEditable(): boolean {
    return this.deps.doc.designMode === 'on';
  }

  private async scanRoot(
    root: Node | readonly Node[],
    visibility: PageVisibility,
    timing: ScanTiming,
    isStale: () => boolean,
    limit: number,
  ): Promise<{ findings: PageFinding[]; blocks: PageBlock[]; collected: CollectedText; cueContext: string } | null> {
    const sliceMs = this.deps.sliceMs ?? 8;
    const options = { ...visibility.options(), onShadowRoot: (r: ShadowRoot) => this.observeShadowRoot(r) };
    const collected = await runSliced('collect', collectSteps(root, options, 256), sliceMs, timing, this.yieldNow, isStale);
    if (!collected) return null;
    const asked = performance.now();
    const analysis = collected.text.length && limit > 0 ? await this.deps.read(collected.text, limit) : { findings: [], blocks: [] };
    timing.wait = (timing.wait ?? 0) + (performance.now() - asked);
    if (analysis?.ms !== undefined) timing.worker = (timing.worker ?? 0) + analysis.ms;
    if (!analysis || isStale()) return null;
    const t0 = performance.now();
    const accept = this.deps.accept;
    const accepted = accept ? analysis.findings.filter(accept) : analysis.findings;
    const windows = contextWindows(collected.text, accepted);
    const findings = accepted.map((finding): PageFinding => {
      const context = !counts(finding) ? undefined : windowOf(windows, finding)?.text;
      return { finding, range: rangeFor(this.deps.doc, collected, finding), ...(context ? { context } : {}) };
    });
    const blocks = analysis.blocks.slice(0, MAX_BLOCKS).map((block): PageBlock => ({ block, map: mapSlice(collected, block.start, block.end) }));
    // No finding that counts, but words of a practice its cases are about: the text around them.
    const cueContext = analysis.cues?.length && !accepted.some(counts) ? findingContext(collected.text, analysis.cues.map(([start, end]) => ({ start, end, negated: false }))) : '';
    account(timing, performance.now() - t0, 'ranges');
    return { findings, blocks, collected, cueContext };
  }

  private observeShadowRoot(root: ShadowRoot): void {
    if (!this.observer || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVE);
  }

  private async fullScan(): Promise<void> {
    if (this.stopped) return;
    const gen = ++this.generation;
    if (!this.settled) {
      // Let the page render first (its style and layout are then done, so visibility
      // checks are cheap). No warm-up run of the detector: on a page with nothing (most
      // pages) the first pass says so and the rest of the detector is never compiled; a
      // warm-up cost every page 5-17 ms, cold (bench: cold_self_ms).
      await afterPageSettles(this.deps.doc.defaultView);
      this.settled = true;
      if (gen !== this.generation) return;
    }
    const timing: ScanTiming = { start: performance.now(), end: 0, busy: 0, longestSlice: 0 };
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    const visibility = new PageVisibility(this.deps.doc);
    const result = root && !this.documentEditable() ? await this.scanRoot(root, visibility, timing, () => gen !== this.generation, MAX_FINDINGS) : { findings: [], blocks: [], collected: null, cueContext: '' };
    if (!result || gen !== this.generation) return;
    this.entries = result.findings;
    this.blockEntries = result.blocks;
    this.cueContext = result.cueContext;
    const c = result.collected;
    this.policyMap = c && this.deps.mayBePolicy?.(c.text.slice(0, 600)) ? c : null;
    this.publish(timing);
  }

  private async partialScan(roots: Node[]): Promise<void> {
    if (this.stopped) return;
    // A page that may be a policy (its last full scan said so, from its title or first
    // lines) is rescanned whole, so its digest reads the text as it is now.
    if (this.policyMap) return this.fullScan();
    const gen = this.generation;
    const isStale = () => gen !== this.generation;
    const timing: ScanTiming = { start: performance.now(), end: 0, busy: 0, longestSlice: 0 };
    if (this.documentEditable()) {
      this.entries = [];
      this.blockEntries = [];
      this.publish(timing);
      return;
    }
    const visibility = new PageVisibility(this.deps.doc);
    const prepared = await runSliced('prepare', this.prepareSteps(roots, visibility), this.deps.sliceMs ?? 8, timing, this.yieldNow, isStale);
    if (!prepared) return;
    const { outer, kept, keptBlocks } = prepared;
    const added = outer.length ? await this.scanRoot(outer, visibility, timing, isStale, MAX_FINDINGS - kept.length) : { findings: [], blocks: [] };
    if (!added || isStale()) return;
    const t1 = performance.now();
    const all = [...kept, ...added.findings];
    all.sort((x, y) => compareRanges(x.range, y.range));
    const allBlocks = [...keptBlocks, ...added.blocks].slice(0, MAX_BLOCKS);
    account(timing, performance.now() - t1, 'merge');
    this.entries = all;
    this.blockEntries = allBlocks;
    this.publish(timing);
  }

  /**
   * The outermost connected, readable roots of a batch, and the findings that stay: in
   * slices, with readability memoized per element (a depth-1,000 tree receiving 999-node
   * batches once took one 8-second task here).
   */
  private *prepareSteps(roots: Node[], visibility: PageVisibility): Generator<void, { outer: Node[]; kept: PageFinding[]; keptBlocks: PageBlock[] }> {
    const candidates = new Set<Node>();
    let n = 0;
    for (const r of roots) {
      if (++n % 64 === 0) yield;
      if (r.isConnected && visibility.readable(r)) candidates.add(r);
    }
    // Outermost roots only (a root inside another is scanned with it): one walk up from
    // each root, stopping at the first ancestor already known to be inside or outside.
    const inside = new Map<Node, boolean>();
    const outer: Node[] = [];
    for (const r of candidates) {
      if (++n % 64 === 0) yield;
      if (!hasAncestorIn(r, candidates, false, inside)) outer.push(r);
    }
    const outerSet = new Set(outer);
    const below = new Map<Node, boolean>();
    const kept: PageFinding[] = [];
    for (const e of this.entries) {
      if (++n % 256 === 0) yield;
      // Findings inside a rescanned root, or whose text left the page, are dropped.
      if (e.range && e.range.startContainer.isConnected && !hasAncestorIn(e.range.startContainer, outerSet, true, below)) kept.push(e);
    }
    const keptBlocks: PageBlock[] = [];
    for (const e of this.blockEntries) {
      if (++n % 256 === 0) yield;
      const first = e.map.nodes[0];
      if (first && first.isConnected && !hasAncestorIn(first, outerSet, true, below)) keptBlocks.push(e);
    }
    return { outer, kept, keptBlocks };
  }

  private publish(timing: ScanTiming): void {
    const t0 = performance.now();
    if (this.marks && this.deps.marks !== false) paintEntries(this.marks, this.entries);
    account(timing, performance.now() - t0, 'paint');
    timing.end = performance.now();
    this.deps.report(this.entries, timing, this.blockEntries, this.policyMap?.text ?? null);
  }

  /** The text reported for a digest, when the page may be a policy (tests). */
  get policyText(): string | null {
    return this.policyMap?.text ?? null;
  }

  /** Scroll a policy clause (offsets in the reported policy text) into view and flash it. */
  scrollToClause(start: number, end: number): boolean {
    const range = this.policyMap ? rangeFor(this.deps.doc, this.policyMap, { start, end }) : null;
    return this.showRange(range);
  }

  /**
   * Scroll a finding, or a span of a statement block (a claim's data: its offsets in the
   * frame's text), into view and flash it; false when it is gone.
   */
  scrollTo(index: number, span?: { start: number; end: number }): boolean {
    let range: Range | null | undefined;
    if (span) {
      const b = this.blockEntries[index];
      range = b ? rangeFor(this.deps.doc, b.map, span) : null;
    } else range = this.entries[index]?.range;
    return this.showRange(range);
  }

  private showRange(range: Range | null | undefined): boolean {
    if (!range || range.collapsed) return false;
    const el = range.startContainer.parentElement;
    if (!el || !el.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.marks?.flash(range);
    return true;
  }
}

/** Two letters in a row (any script): the least a lexicon word needs. */
const TWO_LETTERS = /\p{L}\p{L}/u;
function holdsLetters(text: string): boolean {
  return TWO_LETTERS.test(text);
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };

function compareRanges(a: Range | null, b: Range | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  try {
    return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  } catch {
    return 0; // different trees (shadow roots): keep their order
  }
}

export function paintEntries(marks: Marks, entries: readonly PageFinding[]): void {
  const byKey: Partial<Record<HighlightKey, Range[]>> = {};
  for (const { finding, range } of entries) {
    if (!range) continue;
    const key: HighlightKey = finding.negated ? 'negated' : finding.category;
    (byKey[key] ??= []).push(range);
  }
  marks.paint(byKey);
}
