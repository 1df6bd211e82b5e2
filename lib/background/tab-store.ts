import { joinContext } from '../detect/context';
import { LIMITS, type PageReport, type TabFinding, type TabFindings } from '../messaging';

/**
 * Per-tab findings in session storage: they survive service-worker restarts and are
 * gone when the browser closes. One key per tab (tab:<tabId>) holding its frames'
 * reports, so the popup reads exactly one key; the background is the only writer and
 * serializes its writes per tab, so two frames reporting at once never overwrite each
 * other. Cleared on navigation and tab close.
 */
export interface FrameReport extends PageReport {
  tabId: number;
  frameId: number;
}

/** What is stored under tab:<tabId>. */
export interface StoredTabFrames {
  tabId: number;
  frames: Record<string, FrameReport>;
}

export interface TabStore {
  setFrame(value: FrameReport): Promise<void>;
  frames(tabId: number): Promise<FrameReport[]>;
  clear(tabId: number): Promise<void>;
}

/** The storage area's few calls the store needs (browser.storage.session or a fake). */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

export function createTabStore(area: StorageAreaLike): TabStore {
  const queues = new Map<number, Promise<unknown>>();
  /** Run one read-modify-write for a tab after the previous one has finished. */
  const serial = <T>(tabId: number, task: () => Promise<T>): Promise<T> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(
      tabId,
      next.finally(() => {
        if (queues.get(tabId) === next) queues.delete(tabId);
      }),
    );
    return next;
  };
  const read = async (tabId: number): Promise<StoredTabFrames | undefined> =>
    (await area.get(tabKey(tabId)))[tabKey(tabId)] as StoredTabFrames | undefined;
  return {
    setFrame: (value) =>
      serial(value.tabId, async () => {
        const stored = (await read(value.tabId)) ?? { tabId: value.tabId, frames: {} };
        await area.set({ [tabKey(value.tabId)]: { tabId: value.tabId, frames: { ...stored.frames, [value.frameId]: value } } });
      }),
    async frames(tabId) {
      const stored = await read(tabId);
      return stored ? Object.values(stored.frames).sort((a, b) => a.frameId - b.frameId) : [];
    },
    clear: (tabId) => serial(tabId, () => area.remove(tabKey(tabId))),
  };
}

/** The popup's view of a tab: frames merged, top frame first, counts summed. */
export function mergeFrames(tabId: number, frames: readonly FrameReport[]): TabFindings | null {
  if (frames.length === 0) return null;
  const top = frames.find((f) => f.frameId === 0) ?? frames[0]!;
  const findings: TabFinding[] = frames.flatMap((f) => f.findings.map((finding, index) => ({ ...finding, frameId: f.frameId, index })));
  return {
    tabId,
    url: top.url,
    title: top.title,
    findings,
    total: frames.reduce((n, f) => n + f.total, 0),
    counted: frames.reduce((n, f) => n + f.counted, 0),
    disabled: top.disabled === true,
    context: joinContext(
      [top, ...frames.filter((f) => f !== top)].flatMap((f) => (f.context ? [f.context] : [])),
      LIMITS.contextChars,
    ),
  };
}
