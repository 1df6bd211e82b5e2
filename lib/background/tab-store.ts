import type { PageReport, TabFinding, TabFindings } from '../messaging';

/**
 * Per-tab findings in session storage: they survive service-worker restarts and are
 * gone when the browser closes. One key per frame (tab:<tabId>:<frameId>) so that
 * reports from several frames never overwrite each other; cleared on navigation and
 * tab close.
 */
export interface FrameReport extends PageReport {
  tabId: number;
  frameId: number;
}

export interface TabStore {
  setFrame(value: FrameReport): Promise<void>;
  frames(tabId: number): Promise<FrameReport[]>;
  clear(tabId: number): Promise<void>;
}

/** The storage area's few calls the store needs (browser.storage.session or a fake). */
export interface StorageAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const prefix = (tabId: number) => `tab:${tabId}:`;

export function createTabStore(area: StorageAreaLike): TabStore {
  const keysOf = async (tabId: number) => Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix(tabId)));
  return {
    setFrame: (value) => area.set({ [`${prefix(value.tabId)}${value.frameId}`]: value }),
    async frames(tabId) {
      const all = await area.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith(prefix(tabId)))
        .map(([, v]) => v as FrameReport)
        .sort((a, b) => a.frameId - b.frameId);
    },
    async clear(tabId) {
      const keys = await keysOf(tabId);
      if (keys.length) await area.remove(keys);
    },
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
  };
}
