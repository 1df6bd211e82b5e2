import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../lib/background/badge';
import { createHandlers, isTrustedSender, type BackgroundDeps } from '../../lib/background/handlers';
import { createTabStore } from '../../lib/background/tab-store';
import { clipReport, LIMITS } from '../../lib/messaging';
import { rankTabStories, readTabFindings } from '../../lib/ui/tab-report';
import type { Finding } from '../../lib/detect/detect';

const face: Finding = { category: 'face', term: '人脸识别', start: 0, end: 4, sentence: '宁波售楼处用人脸识别抓拍客户。', negated: false, match: '人脸识别' };
const negatedPd: Finding = { category: 'personal_data', term: '个人信息', start: 10, end: 14, sentence: '我们不会出售个人信息。', negated: true, match: '个人信息' };

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

  it('clears findings and badge on navigation and on tab close', async () => {
    const { handlers, setBadge, read } = setup();
    await handlers.onReport(clipReport('u', 't', [face]), tabSender(5));
    await handlers.onNavigate(5);
    expect(await read(5)).toBeNull();
    expect(setBadge).toHaveBeenLastCalledWith(5, { text: '', color: null });
    await handlers.onReport(clipReport('u', 't', [face]), tabSender(6));
    await handlers.onTabRemoved(6);
    expect(await read(6)).toBeNull();
  });

  it('lets the popup rank stories for a tab from its stored findings', async () => {
    const { handlers, read } = setup();
    await handlers.onReport(clipReport('u', '宁波售楼处', [face]), tabSender(8));
    const stories = await rankTabStories((await read(8))!);
    expect(stories[0]?.story.id).toBe('cn-ningbo-sales-offices-2021');
    // The page text around the findings steers the ranking: the same finding on a metro page.
    const metro = { ...face, sentence: '这种人脸分析应当事先告知。' };
    await handlers.onReport(clipReport('u', '', [metro], undefined, '地铁站台的广告屏装了摄像头，统计乘客的性别和年龄。这种人脸分析应当事先告知。'), tabSender(11));
    expect((await rankTabStories((await read(11))!))[0]?.story.id).toBe('br-viaquatro-metro-face-2023');
    expect(await read(999)).toBeNull();
    expect(await read(-1)).toBeNull();
    await handlers.onReport(clipReport('u', '宁波售楼处', [negatedPd]), tabSender(10));
    expect(await rankTabStories((await read(10))!)).toEqual([]);
  });

  it('badge: empty when nothing counts, coloured by the most serious category', () => {
    expect(badgeFor(0, [negatedPd])).toEqual({ text: '', color: null });
    expect(badgeFor(2, [negatedPd, { category: 'biometric', negated: false }])).toEqual({ text: '2', color: '#E65100' });
    expect(badgeFor(12345, [face]).text).toBe('999+');
  });
});
