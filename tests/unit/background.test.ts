import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../lib/background/badge';
import { createHandlers, isTrustedSender, type BackgroundDeps } from '../../lib/background/handlers';
import { createTabStore } from '../../lib/background/tab-store';
import { clipReport, LIMITS } from '../../lib/messaging';
import { rankTabStories, readTabFindings } from '../../lib/ui/tab-report';
import type { Finding } from '../../lib/detect/detect';
import { createStoryJobs } from '../../lib/background/story-jobs';
import { createTabRanker } from '../../lib/background/story-ranker';
import { framesBasis } from '../../lib/background/tab-store';
import { cardPath, type CardLoader } from '../../lib/stories/cards';
import { loadStoryFiles } from '../../lib/stories/load-node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cards as the extension fetches them, read from public/ (made by npm run gen). */
const nodeCards: CardLoader = async (id, hant) => {
  const path = cardPath(id, hant);
  return path ? JSON.parse(readFileSync(join(import.meta.dirname, '../../public', path), 'utf8')) : undefined;
};
/** The background's ranker over the generated index, loaded as the extension loads it (its own files). */
const nodeRanker = () =>
  createTabRanker(async () => [JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/stories/index.gen.json'), 'utf8')), JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/stories/meta.gen.json'), 'utf8'))] as const, () => 'zh-Hans');

const face: Finding = { category: 'face', type: 'face', term: '人脸识别', start: 0, end: 4, sentence: '宁波售楼处用人脸识别抓拍客户。', negated: false, match: '人脸识别' };
const negatedPd: Finding = { category: 'personal_data', type: 'other', generic: true, term: '个人信息', start: 10, end: 14, sentence: '我们不会出售个人信息。', negated: true, match: '个人信息' };

function setup() {
  const setBadge = vi.fn<BackgroundDeps['setBadge']>(async () => {});
  const handlers = createHandlers({ store: createTabStore(fakeBrowser.storage.session), setBadge });
  // What the popup reads: session storage, merged per tab.
  const read = (tabId: number) => readTabFindings(fakeBrowser.storage.session, tabId);
  return { handlers, setBadge, read };
}

const tabSender = (tabId: number, frameId = 0) => ({ id: 'ext', tab: { id: tabId }, frameId });

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a tab report in session storage and sets the badge to the counted findings', async () => {
    const { handlers, setBadge, read } = setup();
    await handlers.onReport(clipReport('https://a.example/', '售楼处', [face, negatedPd]), tabSender(7));
    const stored = await read(7);
    expect(stored).toMatchObject({ tabId: 7, counted: 1, total: 2, url: 'https://a.example/' });
    expect(await fakeBrowser.storage.session.get('tab:7')).toHaveProperty('tab:7.frames.0.counted', 1);
    expect(setBadge).toHaveBeenLastCalledWith(7, { text: '1', color: '#C62828' });
  });

  it('ignores malformed and oversized reports and keeps the last good state', async () => {
    const { handlers, setBadge, read } = setup();
    await handlers.onReport(clipReport('https://a.example/', 't', [face]), tabSender(3));
    setBadge.mockClear();
    await handlers.onReport({ url: 1, findings: 'x' }, tabSender(3));
    await handlers.onReport({ ...clipReport('u', 't', []), findings: Array(501).fill(face), total: 501, counted: 501 }, tabSender(3));
    await handlers.onReport({ ...clipReport('u', 't', [face]), extra: '<img onerror=alert(1)>' }, tabSender(3));
    await handlers.onReport({ ...clipReport('u', 't', [face]), context: 'x'.repeat(LIMITS.contextChars + 1) }, tabSender(3));
    expect(setBadge).not.toHaveBeenCalled();
    expect((await read(3))?.counted).toBe(1);
  });

  it('ignores reports from senders without a tab or frame', async () => {
    const { handlers, setBadge, read } = setup();
    await handlers.onReport(clipReport('u', 't', [face]), { id: 'ext' });
    await handlers.onReport(clipReport('u', 't', [face]), { id: 'ext', tab: { id: 4 } });
    expect(setBadge).not.toHaveBeenCalled();
    expect(await read(4)).toBeNull();
  });

  it("merges the reports of a tab's frames, top frame first, and counts them all", async () => {
    const { handlers, setBadge, read } = setup();
    // Both frames report at the same moment: neither report is lost.
    await Promise.all([
      handlers.onReport(clipReport('https://top/', 'top', [negatedPd], undefined, '顶层页面的上下文'), tabSender(9, 0)),
      handlers.onReport(clipReport('https://frame/', 'frame', [face], undefined, '框架里的上下文'), tabSender(9, 3)),
    ]);
    const tab = (await read(9))!;
    expect(tab.context).toBe('顶层页面的上下文\n框架里的上下文');
    expect(tab).toMatchObject({ url: 'https://top/', title: 'top', counted: 1, total: 2 });
    expect(tab.findings.map((f) => [f.frameId, f.index, f.term])).toEqual([
      [0, 0, '个人信息'],
      [3, 0, '人脸识别'],
    ]);
    expect(setBadge).toHaveBeenLastCalledWith(9, { text: '1', color: '#C62828' });
  });

  it('checks the sender id in one place', () => {
    expect(isTrustedSender({ id: 'ext' }, 'ext')).toBe(true);
    expect(isTrustedSender({ id: 'other' }, 'ext')).toBe(false);
    expect(isTrustedSender({}, 'ext')).toBe(false);
  });

  it("clears a frame's findings when its document goes away, the whole tab when the top frame's does, and on tab close", async () => {
    const { handlers, setBadge, read } = setup();
    await handlers.onReport({ ...clipReport('https://top/', 't', [face]), timeOrigin: 1000 }, tabSender(5, 0));
    await handlers.onReport({ ...clipReport('https://ad/', 'ad', [face]), timeOrigin: 1200 }, tabSender(5, 4));
    expect((await read(5))?.counted).toBe(2);
    // An ad frame navigating itself takes only its own findings with it (it once cleared the tab).
    expect(await handlers.onFrameGone({ timeOrigin: 1200 }, tabSender(5, 4))).toBe(true);
    expect((await read(5))?.findings.map((f) => f.frameId)).toEqual([0]);
    expect(setBadge).toHaveBeenLastCalledWith(5, { text: '1', color: '#C62828' });
    // A goodbye from an older document of the top frame does not clear a newer one.
    await handlers.onFrameGone({ timeOrigin: 900 }, tabSender(5, 0));
    expect((await read(5))?.counted).toBe(1);
    await handlers.onFrameGone({ timeOrigin: 1000 }, tabSender(5, 0));
    expect(await read(5)).toBeNull();
    expect(setBadge).toHaveBeenLastCalledWith(5, { text: '', color: null });
    await handlers.onReport(clipReport('u', 't', [face]), tabSender(6));
    await handlers.onTabRemoved(6);
    expect(await read(6)).toBeNull();
  });

  it('a new top document replaces the frames of the page before it, not the frames of its own', async () => {
    const { handlers, read } = setup();
    await handlers.onReport({ ...clipReport('https://old/', 'old', [face]), timeOrigin: 1000 }, tabSender(12, 0));
    await handlers.onReport({ ...clipReport('https://old-frame/', 'f', [face]), timeOrigin: 1100 }, tabSender(12, 2));
    // The new page's frame reports before its top frame does.
    await handlers.onReport({ ...clipReport('https://new-frame/', 'f', [face]), timeOrigin: 5100 }, tabSender(12, 3));
    await handlers.onReport({ ...clipReport('https://new/', 'new', [face]), timeOrigin: 5000 }, tabSender(12, 0));
    const tab = (await read(12))!;
    expect(tab.url).toBe('https://new/');
    expect(tab.findings.map((f) => f.frameId)).toEqual([0, 3]);
  });

  it('answers true once a report is stored and false when it is refused, so the content script knows to retry', async () => {
    const { handlers } = setup();
    expect(await handlers.onReport(clipReport('u', 't', [face]), tabSender(13))).toBe(true);
    expect(await handlers.onReport({ url: 1 }, tabSender(13))).toBe(false);
    expect(await handlers.onReport(clipReport('u', 't', [face]), { id: 'ext' })).toBe(false);
  });

  it('does not count or list a frame nobody can see, and labels embedded content of another origin', async () => {
    const { handlers, setBadge, read } = setup();
    const at = (tabId: number, frameId: number, url: string) => ({ id: 'ext', tab: { id: tabId }, frameId, url, origin: new URL(url).origin });
    await handlers.onReport(clipReport('https://bank.test/', 'Bank', []), at(14, 0, 'https://bank.test/'));
    await handlers.onReport({ ...clipReport('https://bank.test/', 'x', [face]), hidden: true }, at(14, 5, 'https://ads.example/1x1.html'));
    expect((await read(14))?.counted).toBe(0);
    expect((await read(14))?.findings).toEqual([]);
    expect((await read(14))?.hiddenFrames).toBe(1);
    expect(setBadge).toHaveBeenLastCalledWith(14, { text: '', color: null });
    await handlers.onReport(clipReport('https://bank.test/', 'x', [face]), at(14, 6, 'https://widget.example/w.html'));
    const tab = (await read(14))!;
    expect(tab.findings).toHaveLength(1);
    // The origin comes from the browser's sender, not from the url the page's frame claimed.
    expect(tab.findings[0]!.origin).toBe('https://widget.example');
  });

  it('gives a private window its in-memory settings and normal tabs nothing', async () => {
    const setBadge = vi.fn<BackgroundDeps['setBadge']>(async () => {});
    await fakeBrowser.storage.session.set({ 'settings:private': { version: 3, marks: false } });
    const handlers = createHandlers({ store: createTabStore(fakeBrowser.storage.session), setBadge, session: fakeBrowser.storage.session });
    expect(await handlers.onGetSettings({ id: 'ext', tab: { id: 1, incognito: true }, frameId: 0 })).toEqual({ version: 3, marks: false });
    expect(await handlers.onGetSettings({ id: 'ext', tab: { id: 2, incognito: false }, frameId: 0 })).toBeNull();
  });

  it('lets the popup rank stories for a tab from its stored findings', async () => {
    const { handlers, read } = setup();
    await handlers.onReport(clipReport('u', '宁波售楼处', [face]), tabSender(8));
    const stories = await rankTabStories((await read(8))!, 5, false, 'en', nodeCards);
    expect(stories[0]?.story.id).toBe('cn-ningbo-sales-offices-2021');
    // The card is the story itself, as the data holds it.
    expect(stories[0]!.story).toEqual(loadStoryFiles().find((s) => s.id === 'cn-ningbo-sales-offices-2021'));
    // The page text around the findings steers the ranking: the same finding on a metro page.
    const metro = { ...face, sentence: '这种人脸分析应当事先告知。' };
    await handlers.onReport(clipReport('u', '', [metro], undefined, '地铁站台的广告屏装了摄像头，统计乘客的性别和年龄。这种人脸分析应当事先告知。'), tabSender(11));
    expect((await rankTabStories((await read(11))!, 5, false, 'en', nodeCards))[0]?.story.id).toBe('br-viaquatro-metro-face-2023');
    expect(await read(999)).toBeNull();
    expect(await read(-1)).toBeNull();
    await handlers.onReport(clipReport('u', '宁波售楼处', [negatedPd]), tabSender(10));
    expect(await rankTabStories((await read(10))!, 5, false, 'en', nodeCards)).toEqual([]);
  });

  it('ranks a tab\'s stories in the background once its reports settle, as the popup would, and keeps them only for those frames', async () => {
    const store = createTabStore(fakeBrowser.storage.session);
    const handlers = createHandlers({ store, setBadge: async () => {} });
    const read = (tabId: number) => readTabFindings(fakeBrowser.storage.session, tabId);
    const jobs = createStoryJobs({ store, rank: nodeRanker(), delayMs: 20 });
    await handlers.onReport(clipReport('u', '宁波售楼处', [face]), tabSender(8));
    const popupRanked = await rankTabStories((await read(8))!, 5, false, 'zh', nodeCards);
    expect((await read(8))!.stories).toBeUndefined();
    jobs.schedule(8);
    jobs.schedule(8); // a burst of reports: one ranking
    await vi.waitFor(async () => expect((await read(8))!.stories).toBeDefined(), { timeout: 5000 });
    const tab = (await read(8))!;
    expect(tab.stories!.script).toBe('zh-Hans');
    // The same stories and "why" lines as the popup's own ranking, best first.
    expect(tab.stories!.list.map((s) => s.id)).toEqual(popupRanked.map((s) => s.story.id));
    expect(tab.stories!.list.map((s) => s.why)).toEqual(popupRanked.map((s) => s.why));
    // The popup shows the stored ones without ranking: the same cards.
    expect(await rankTabStories(tab, 5, false, 'zh', nodeCards)).toEqual(popupRanked);
    // A UI in another script ranks for itself (the stored lines are in Simplified Chinese).
    expect((await rankTabStories(tab, 5, false, 'en', nodeCards))[0]!.why).toMatch(/shared words/);
    // A new report drops them; a ranking made for the frames before it is not kept.
    const before = (await fakeBrowser.storage.session.get('tab:8'))['tab:8'] as Parameters<typeof framesBasis>[0];
    await handlers.onReport(clipReport('u', '宁波售楼处', [face, face]), tabSender(8));
    expect((await read(8))!.stories).toBeUndefined();
    expect(await store.setStories(8, framesBasis(before), tab.stories!)).toBe(false);
    expect((await read(8))!.stories).toBeUndefined();
    // A frame going away drops them too.
    expect(await jobs.run(8)).toBe(true);
    expect((await read(8))!.stories).toBeDefined();
    await handlers.onReport(clipReport('u', 'ad', [face]), tabSender(8, 3));
    expect(await jobs.run(8)).toBe(true);
    await store.removeFrame(8, 3, Number.MAX_SAFE_INTEGER);
    expect((await read(8))!.stories).toBeUndefined();
    // Nothing counted, or a failing ranker: nothing stored, the findings stay.
    await handlers.onReport(clipReport('u', '宁波售楼处', [negatedPd]), tabSender(10));
    expect(await jobs.run(10)).toBe(false);
    const failing = createStoryJobs({ store, rank: createTabRanker(async () => Promise.reject(new Error('no file')), () => 'en') });
    expect(await failing.run(8)).toBe(false);
    expect((await read(8))!.counted).toBe(2);
  });

  it('badge: empty when nothing counts, coloured by the most serious category', () => {
    expect(badgeFor(0, [negatedPd])).toEqual({ text: '', color: null });
    expect(badgeFor(2, [negatedPd, { category: 'biometric', negated: false }])).toEqual({ text: '2', color: '#E65100' });
    expect(badgeFor(12345, [face]).text).toBe('999+');
  });
});
