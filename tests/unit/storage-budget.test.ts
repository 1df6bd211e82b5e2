import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUDGET, createTabStore, INDEX_KEY, mergeFrames, sizeOf, type FrameReport, type StoredTabFrames } from '../../lib/background/tab-store';
import type { Finding } from '../../lib/detect/detect';
import { clipReport } from '../../lib/messaging';

const finding = (i: number): Finding => ({
  category: 'face',
  type: 'face',
  term: '人脸识别',
  start: i * 10,
  end: i * 10 + 4,
  sentence: `第${i}条：商场在入口安装了人脸识别摄像头，抓拍每一位进店的顾客，并把照片存进会员系统。`.padEnd(280, '。'),
  negated: false,
  match: '人脸识别',
});

function frame(tabId: number, frameId: number, n: number): FrameReport {
  const findings = Array.from({ length: n }, (_, i) => finding(i));
  return { ...clipReport(`https://site${tabId}.test/`, 't', findings, undefined, '上下文'.repeat(600)), tabId, frameId, frameUrl: `https://site${tabId}.test/f${frameId}`, origin: `https://site${tabId}.test`, timeOrigin: 1 };
}

async function totalBytes(): Promise<number> {
  const all = await fakeBrowser.storage.session.get(null);
  return Object.entries(all).reduce((n, [k, v]) => n + k.length + sizeOf(v), 0);
}

describe('storage budgets', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a page with 93 frames full of findings stays within its tab budget, top frame first, and says what it dropped', async () => {
    const store = createTabStore(fakeBrowser.storage.session);
    for (let f = 0; f <= 93; f++) await store.setFrame(frame(1, f, 500));
    const stored = (await fakeBrowser.storage.session.get('tab:1'))['tab:1'] as StoredTabFrames;
    expect(sizeOf(stored)).toBeLessThanOrEqual(BUDGET.tabBytes + 1000);
    expect(Object.keys(stored.frames)).toHaveLength(94); // every frame keeps its counts
    expect(stored.frames['0']!.findings.length).toBeGreaterThan(0);
    const tab = mergeFrames(1, Object.values(stored.frames), stored)!;
    expect(tab.counted).toBe(94 * 500);
    expect(tab.trimmed).toBe(true);
    // Thousands of storage writes: seconds on a loaded 2-core machine (a time limit, not a timing assertion).
  }, 30_000);

  it('one tab cannot starve the others: the least recently updated tabs give up their details, never their counts', async () => {
    let clock = 0;
    const store = createTabStore(fakeBrowser.storage.session, () => ++clock);
    for (let t = 1; t <= 30; t++) for (let f = 0; f < 8; f++) await store.setFrame(frame(t, f, 500));
    expect(await totalBytes()).toBeLessThanOrEqual(BUDGET.totalBytes + 10_000);
    // A normal page in a new tab is stored in full.
    await store.setFrame(frame(99, 0, 3));
    const fresh = mergeFrames(99, await store.frames(99))!;
    expect(fresh.findings).toHaveLength(3);
    expect(fresh.trimmed).toBeUndefined();
    // The oldest tab lost its details but says so, and keeps its counts for the badge.
    const oldest = (await fakeBrowser.storage.session.get('tab:1'))['tab:1'] as StoredTabFrames;
    expect(oldest.evicted).toBe(true);
    expect(mergeFrames(1, Object.values(oldest.frames), oldest)).toMatchObject({ counted: 8 * 500, trimmed: true });
    const index = (await fakeBrowser.storage.session.get(INDEX_KEY))[INDEX_KEY] as Record<string, { bytes: number }>;
    expect(Object.keys(index)).toHaveLength(31);
    // Thousands of storage writes: seconds on a loaded 2-core machine (a time limit, not a timing assertion).
  }, 30_000);

  it('reports that arrive together are written together, and another tab waits for one write at most', async () => {
    const writes: string[][] = [];
    const area = {
      get: fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session),
      remove: fakeBrowser.storage.session.remove.bind(fakeBrowser.storage.session),
      async set(items: Record<string, unknown>) {
        writes.push(Object.keys(items).filter((k) => k !== INDEX_KEY));
        await fakeBrowser.storage.session.set(items);
      },
    };
    const store = createTabStore(area);
    // 93 frames of one page report at once, then a normal page in another tab.
    const flood = Array.from({ length: 93 }, (_, f) => store.setFrame(frame(1, f, 20)));
    const normal = store.setFrame(frame(2, 0, 3));
    const records = await Promise.all(flood);
    expect(Object.keys((await normal).frames)).toEqual(['0']);
    // One write for the 93 (they all came before it started), then the other tab's.
    expect(writes.map((w) => w.join())).toEqual(['tab:1', 'tab:2']);
    expect(Object.keys(records[92]!.frames)).toHaveLength(93);
    expect(records[0]).toBe(records[92]);
    // Reports that come while their tab's write is under way wait for one more write, not one each.
    writes.length = 0;
    const first = store.setFrame(frame(5, 0, 2));
    await new Promise((r) => setTimeout(r, 0));
    const later = Array.from({ length: 20 }, (_, f) => store.setFrame(frame(5, f + 1, 2)));
    const other = store.setFrame(frame(6, 0, 2));
    await Promise.all([first, ...later, other]);
    expect(writes.map((w) => w.join())).toEqual(['tab:5', 'tab:5', 'tab:6']);
    // Written in order: a frame's later report wins over its earlier one in the same write.
    const again = [store.setFrame(frame(3, 0, 5)), store.setFrame({ ...frame(3, 1, 2), timeOrigin: 1 }), store.setFrame({ ...frame(3, 1, 7), timeOrigin: 2 })];
    await Promise.all(again);
    expect((await store.read(3))!.frames['1']!.findings).toHaveLength(7);
    // A new top document in the same write drops the frames of the page before it.
    await Promise.all([store.setFrame(frame(4, 0, 5)), store.setFrame(frame(4, 1, 5)), store.setFrame({ ...frame(4, 0, 2), timeOrigin: 9 })]);
    expect(Object.keys((await store.read(4))!.frames)).toEqual(['0']);
  });

  it('when the storage refuses a write anyway, the tab keeps its counts instead of nothing', async () => {
    let calls = 0;
    const area = {
      get: fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session),
      remove: fakeBrowser.storage.session.remove.bind(fakeBrowser.storage.session),
      async set(items: Record<string, unknown>) {
        if (calls++ === 0) throw new Error('QUOTA_BYTES quota exceeded');
        await fakeBrowser.storage.session.set(items);
      },
    };
    const store = createTabStore(area);
    await store.setFrame(frame(2, 0, 10));
    const tab = mergeFrames(2, await store.frames(2), await store.read(2))!;
    expect(tab).toMatchObject({ counted: 10, trimmed: true });
  });
});
