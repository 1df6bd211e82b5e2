import { joinContext } from '../detect/context';
import { LIMITS, type PageReport, type TabClaim, type TabFinding, type TabFindings, type TabStories } from '../messaging';

/**
 * Per-tab findings in session storage: they survive service-worker restarts and are
 * gone when the browser closes. One key per tab (tab:<tabId>) holding its frames'
 * reports, so the popup reads exactly one key; the background is the only writer and
 * serializes its writes per tab, so two frames reporting at once never overwrite each
 * other.
 *
 * Storage is bounded, so no page can starve the others (a page with 93 frames once
 * filled the 10 MB session quota and every other tab went unstored, silently):
 * a frame keeps at most `frameBytes`, a tab `tabBytes` (the top frame first), and all tabs
 * TOTAL_BYTES, the least recently updated tabs giving up their details first. What is
 * dropped is said: frames and tabs carry `trimmed` / `evicted`, and the popup shows it.
 */
export const BUDGET = {
  frameBytes: 320_000,
  tabBytes: 800_000,
  totalBytes: 6_000_000,
} as const;

export interface FrameReport extends PageReport {
  tabId: number;
  frameId: number;
  /** The frame's own URL and origin, as the browser says (not as the page says). */
  frameUrl: string;
  origin: string;
  /** Findings were dropped from this frame's report to stay within the budget. */
  trimmed?: boolean;
  /** How long the background took to digest the frame's policy text (benchmarks). */
  digestMs?: number;
}

/** What is stored under tab:<tabId>. */
export interface StoredTabFrames {
  tabId: number;
  /** The tab is in a private window: only private windows' popups read it. */
  incognito?: boolean;
  frames: Record<string, FrameReport>;
  /** The tab's details were dropped for other tabs' sake; counts stay. */
  evicted?: boolean;
  /** Stories ranked for exactly these frames (any change to the frames drops them). */
  stories?: TabStories;
}

/** Bytes and last write of every stored tab, for eviction (key tabs:index). */
export type TabIndex = Record<string, { bytes: number; at: number }>;

export interface TabStore {
  /**
   * Store a frame's report; resolves with the tab's record as written. Reports of one tab
   * that arrive while an earlier write is under way are written together, in order.
   */
  setFrame(value: FrameReport, incognito?: boolean): Promise<StoredTabFrames>;
  removeFrame(tabId: number, frameId: number, timeOrigin: number): Promise<void>;
  frames(tabId: number): Promise<FrameReport[]>;
  read(tabId: number): Promise<StoredTabFrames | undefined>;
  clear(tabId: number): Promise<void>;
  /** Keep stories ranked for the frames `basis` names (framesBasis); false when the frames have changed since. */
  setStories(tabId: number, basis: string, stories: TabStories): Promise<boolean>;
}

/** Which reports a tab record holds (frame, document and counts): stories are ranked for one basis. */
export function framesBasis(stored: Pick<StoredTabFrames, 'frames' | 'evicted'>): string {
  const frames = Object.values(stored.frames).sort((a, b) => a.frameId - b.frameId);
  return JSON.stringify([stored.evicted === true, frames.map((f) => [f.frameId, f.timeOrigin ?? 0, f.counted, f.total, f.findings.length, f.hidden === true, f.timing?.start ?? 0])]);
}

/** The storage area's few calls the store needs (browser.storage.session or a fake). */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const INDEX_KEY = 'tabs:index';

const encoder = new TextEncoder();
/** Bytes a value takes in storage (its JSON in UTF-8, as the quota counts it). */
export function sizeOf(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** A frame cut to `budget` bytes: findings dropped from the end, counts kept. */
export function trimFrame(frame: FrameReport, budget: number): FrameReport {
  if (sizeOf(frame) <= budget) return frame;
  const base = { ...frame, findings: [], claims: [], context: '', trimmed: true };
  const room = budget - sizeOf(base);
  if (room <= 0) return base;
  const findings = [];
  let used = 2;
  for (const f of frame.findings) {
    const n = sizeOf(f) + 1;
    if (used + n > room) break;
    findings.push(f);
    used += n;
  }
  const claims = [];
  for (const c of frame.claims ?? []) {
    const n = sizeOf(c) + 1;
    if (used + n > room) break;
    claims.push(c);
    used += n;
  }
  const context = frame.context && used + sizeOf(frame.context) <= room ? frame.context : '';
  return { ...base, findings, claims, context };
}

/**
 * The tab's frames within the tab budget: every frame keeps its counts (a summary), and
 * the room left goes to findings, the top frame first, then frames in order.
 */
export function fitTab(frames: FrameReport[], budget: number): FrameReport[] {
  const ordered = [...frames].sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : a.frameId - b.frameId));
  const summaries = ordered.map((f) => sizeOf({ ...f, findings: [], claims: [], context: '', trimmed: true }));
  let room = budget - 64 - summaries.reduce((n, x) => n + x + 8, 0);
  return ordered.map((f, i) => {
    const full = sizeOf(f);
    const extra = full - summaries[i]!;
    if (extra <= room) {
      room -= Math.max(0, extra);
      return f;
    }
    const fitted = trimFrame(f, summaries[i]! + Math.max(0, room));
    room -= Math.max(0, sizeOf(fitted) - summaries[i]!);
    return fitted;
  });
}

/** Frame reports of one tab waiting for one write, and who waits for it. */
interface PendingFrames {
  reports: { value: FrameReport; incognito: boolean }[];
  waiters: { resolve: (record: StoredTabFrames) => void; reject: (error: unknown) => void }[];
}

/** A tab's record with frames' reports put in, in order, within the frame and tab budgets. */
function withFrames(stored: StoredTabFrames, reports: readonly { value: FrameReport; incognito: boolean }[]): StoredTabFrames {
  const byId = new Map<number, FrameReport>(stored.evicted ? [] : Object.values(stored.frames).map((f) => [f.frameId, f]));
  for (const { value } of reports) {
    // A new top document: frames of the page before it are gone.
    if (value.frameId === 0) for (const [id, f] of byId) if ((f.timeOrigin ?? 0) < (value.timeOrigin ?? 0)) byId.delete(id);
    byId.delete(value.frameId);
    byId.set(value.frameId, trimFrame(value, BUDGET.frameBytes));
  }
  const fitted = fitTab([...byId.values()], BUDGET.tabBytes);
  const record: StoredTabFrames = { tabId: stored.tabId, frames: Object.fromEntries(fitted.map((f) => [String(f.frameId), f])) };
  if (reports.at(-1)?.incognito) record.incognito = true;
  return record;
}

/** Summary of a tab whose details were given up: counts only. */
function evictedRecord(stored: StoredTabFrames): StoredTabFrames {
  const frames: Record<string, FrameReport> = {};
  for (const [id, f] of Object.entries(stored.frames)) {
    const { digest: _d, ...rest } = f;
    frames[id] = { ...rest, findings: [], claims: [], context: '', trimmed: true };
  }
  const { stories: _s, ...kept } = stored;
  return { ...kept, frames, evicted: true };
}

export function createTabStore(area: StorageAreaLike, now: () => number = Date.now): TabStore {
  const queues = new Map<string, Promise<unknown>>();
  /** Reports waiting for their tab's next write, by tab. */
  const pending = new Map<number, PendingFrames>();
  /** One read-modify-write at a time (all tabs share the index, so one queue). */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const prev = queues.get('all') ?? Promise.resolve();
    const next = prev.then(task, task);
    queues.set(
      'all',
      next.finally(() => {
        if (queues.get('all') === next) queues.delete('all');
      }),
    );
    return next;
  };
  const read = async (tabId: number): Promise<StoredTabFrames | undefined> =>
    (await area.get(tabKey(tabId)))[tabKey(tabId)] as StoredTabFrames | undefined;
  const readIndex = async (): Promise<TabIndex> => ((await area.get(INDEX_KEY))[INDEX_KEY] as TabIndex | undefined) ?? {};

  /** Write one tab's record within the budgets, evicting others' details when needed. */
  const write = async (record: StoredTabFrames): Promise<void> => {
    const index = await readIndex();
    const bytes = sizeOf(record);
    const items: Record<string, unknown> = { [tabKey(record.tabId)]: record };
    index[record.tabId] = { bytes, at: now() };
    let total = Object.values(index).reduce((n, e) => n + e.bytes, 0);
    const others = Object.entries(index)
      .filter(([id]) => Number(id) !== record.tabId)
      .sort((a, b) => a[1].at - b[1].at);
    for (const [id] of others) {
      if (total <= BUDGET.totalBytes) break;
      const old = await read(Number(id));
      if (!old || old.evicted) continue;
      const summary = evictedRecord(old);
      const size = sizeOf(summary);
      total -= index[id]!.bytes - size;
      index[id] = { bytes: size, at: index[id]!.at };
      items[tabKey(Number(id))] = summary;
    }
    items[INDEX_KEY] = index;
    try {
      await area.set(items);
    } catch {
      // The quota was reached anyway (another writer, a smaller quota): keep the counts.
      const summary = evictedRecord(record);
      index[record.tabId] = { bytes: sizeOf(summary), at: now() };
      await area.set({ [tabKey(record.tabId)]: summary, [INDEX_KEY]: index });
    }
  };

  return {
    setFrame: (value, incognito) =>
      new Promise<StoredTabFrames>((resolve, reject) => {
        const batch = pending.get(value.tabId);
        if (batch) {
          batch.reports.push({ value, incognito: incognito === true });
          batch.waiters.push({ resolve, reject });
          return;
        }
        // The tab's first report since its last write began: one write for it and any that
        // join before the write starts. A tab has at most one write waiting, so a page that
        // sends a report per frame (93 frames once made other tabs wait 24 s) holds the
        // others back by one write at most.
        const fresh: PendingFrames = { reports: [{ value, incognito: incognito === true }], waiters: [{ resolve, reject }] };
        pending.set(value.tabId, fresh);
        serial(async () => {
          pending.delete(value.tabId);
          const record = withFrames((await read(value.tabId)) ?? { tabId: value.tabId, frames: {} }, fresh.reports);
          await write(record);
          return record;
        }).then(
          (record) => fresh.waiters.forEach((w) => w.resolve(record)),
          (error: unknown) => fresh.waiters.forEach((w) => w.reject(error)),
        );
      }),
    removeFrame: (tabId, frameId, timeOrigin) =>
      serial(async () => {
        const stored = await read(tabId);
        if (!stored) return;
        const frame = stored.frames[String(frameId)];
        // Only the document that said goodbye: a newer one in the same frame stays.
        if (!frame || (frame.timeOrigin ?? 0) > timeOrigin) return;
        if (frameId === 0) {
          await clearNow(tabId);
          return;
        }
        const frames = { ...stored.frames };
        delete frames[String(frameId)];
        const { stories: _s, ...kept } = stored;
        await write({ ...kept, frames });
      }),
    setStories: (tabId, basis, stories) =>
      serial(async () => {
        const stored = await read(tabId);
        if (!stored || framesBasis(stored) !== basis) return false;
        await write({ ...stored, stories });
        return true;
      }),
    frames: async (tabId) => {
      const stored = await read(tabId);
      return stored ? Object.values(stored.frames).sort((a, b) => a.frameId - b.frameId) : [];
    },
    read,
    clear: (tabId) => serial(() => clearNow(tabId)),
  };

  async function clearNow(tabId: number): Promise<void> {
    const index = await readIndex();
    delete index[tabId];
    await area.remove(tabKey(tabId));
    await area.set({ [INDEX_KEY]: index });
  }
}

/** A stored tab record as the popup sees it: its frames in frame order, merged (below). */
export function mergeStored(stored: StoredTabFrames): TabFindings | null {
  return mergeFrames(stored.tabId, Object.values(stored.frames).sort((a, b) => a.frameId - b.frameId), stored);
}

/** The popup's view of a tab: frames merged, top frame first, counts summed over visible frames. */
export function mergeFrames(tabId: number, frames: readonly FrameReport[], stored?: Pick<StoredTabFrames, 'evicted' | 'stories'>): TabFindings | null {
  if (frames.length === 0) return null;
  const top = frames.find((f) => f.frameId === 0) ?? frames[0]!;
  const visible = frames.filter((f) => !f.hidden);
  const findings: TabFinding[] = visible.flatMap((f) =>
    f.findings.map((finding, index) => ({ ...finding, frameId: f.frameId, index, ...(f.frameId !== top.frameId && f.origin !== top.origin ? { origin: f.origin } : {}) })),
  );
  const claims: TabClaim[] = visible.flatMap((f) =>
    (f.claims ?? []).map((c) => ({ ...c, frameId: f.frameId, ...(f.frameId !== top.frameId && f.origin !== top.origin ? { origin: f.origin } : {}) })),
  );
  return {
    tabId,
    url: top.frameUrl || top.url,
    title: top.title,
    findings,
    claims,
    total: visible.reduce((n, f) => n + f.total, 0),
    counted: visible.reduce((n, f) => n + f.counted, 0),
    disabled: top.disabled === true,
    context: joinContext(
      [top, ...visible.filter((f) => f !== top)].flatMap((f) => (f.context ? [f.context] : [])),
      LIMITS.contextChars,
    ),
    ...(frames.some((f) => f.trimmed) || stored?.evicted ? { trimmed: true } : {}),
    hiddenFrames: frames.filter((f) => f.hidden).length,
    ...(top.frameId === 0 && top.digest && !top.hidden ? { digest: top.digest } : {}),
    ...(stored?.stories ? { stories: stored.stories } : {}),
  };
}
