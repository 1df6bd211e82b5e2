import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingContext } from '../../lib/detect/context';
import { readText } from '../../lib/detect/read';
import { clipClaims } from '../../lib/messaging';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { textFromHtml } from '../../lib/page/html-node';
import {
  badgeText,
  popupOf,
  FIXTURE_DIR,
  FIXTURE_ORIGIN,
  highlightNames,
  hostOf,
  isChromiumOwnHost,
  launchWithExtension,
  markedTexts,
  openPopup,
  pageView,
  waitForReport,
  waitForStories,
  type ExtensionBrowser,
} from '../../lib/cli/browser';



let ext: ExtensionBrowser;
/** Requests Playwright attributes to an extension page or the extension's service worker. */
const extensionRequests: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.context.on('request', (req: Request) => {
    const fromWorker = req.serviceWorker()?.url().startsWith(`chrome-extension://${ext.extensionId}/`) ?? false;
    let fromExtensionPage = false;
    try {
      fromExtensionPage = req.frame().url().startsWith('chrome-extension://');
    } catch {
      // requests of service workers have no frame
    }
    if ((fromWorker || fromExtensionPage) && !req.url().startsWith('chrome-extension://')) extensionRequests.push(req.url());
  });
});

afterAll(async () => {
  await ext?.close();
});

async function visit(path: string): Promise<{ page: Page; tabId: number; counted: number }> {
  const page = await ext.context.newPage();
  await page.goto(FIXTURE_ORIGIN + path);
  const tab = await waitForReport(ext.worker, FIXTURE_ORIGIN + path);
  return { page, tabId: tab.tabId, counted: tab.counted };
}

describe('a sales-office face-capture page', () => {
  let page: Page;
  let tabId: number;
  let counted: number;

  beforeAll(async () => {
    ({ page, tabId, counted } = await visit('/demo.html'));
  });

  it('shows the number of findings on the badge', async () => {
    expect(counted).toBeGreaterThanOrEqual(5);
    expect(await badgeText(ext.worker, tabId)).toBe(String(counted));
  });

  it('gives the tab a popup that knows its tab, so it reads the findings without asking which tab is active', async () => {
    const popup = await popupOf(ext.worker, tabId);
    expect(popup).toBe(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  });

  it('marks mentions with the Highlight API, without changing the DOM', async () => {
    const view = await pageView(page);
    expect(view.highlights.map((h) => h.kind)).toEqual(expect.arrayContaining(['face', 'personal_data', 'negated']));
    const marked = await markedTexts(page, 'face');
    expect(marked).toContain('人脸识别');
    expect(marked).toContain('人脸信息');
    // No element was added to the page: the body holds only what the fixture wrote.
    expect(await page.locator('mark').count()).toBe(0);
  });

  it('lists findings and the Ningbo story in the popup, with its facts and sources', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=story]');
    expect(await popup.locator('[data-testid=finding-count]').textContent()).toContain(String(counted));
    expect(await popup.locator('section[data-category=face] [data-testid=finding]').count()).toBeGreaterThan(0);
    const ids = await popup.locator('[data-testid=story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')));
    expect(ids.slice(0, 3)).toContain('cn-ningbo-sales-offices-2021');
    const card = popup.locator('[data-story-id="cn-ningbo-sales-offices-2021"]');
    const text = await card.textContent();
    expect(text).toContain('2021-04');
    expect(text).toContain('Ningbo');
    expect(text).toMatch(/CN¥250,000|¥250,000/);
    // The sources open on a click (their list is rendered then).
    expect(await card.locator('.sources li').count()).toBe(0);
    await card.locator('.sources summary').click();
    // <details> fires its toggle event a task later: the list renders then.
    await expect.poll(() => card.locator('.sources li').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('shows the stories the background ranked for the tab, fetching only their five cards (no story index)', async () => {
    const stored = await waitForStories(ext.worker, tabId);
    expect(stored, 'the background stored no stories for the demo tab').not.toBeNull();
    expect(stored!.script).toBe('en');
    expect(stored!.list.length).toBe(5);
    expect(stored!.list.map((s) => s.id)).toContain('cn-ningbo-sales-offices-2021');
    const popup = await ext.context.newPage();
    const loaded: string[] = [];
    popup.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid=story]');
    const ids = await popup.locator('[data-testid=story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')));
    expect(ids).toEqual(stored!.list.map((s) => s.id));
    // The recorder sees the popup's own files (so the checks below can fail).
    expect(loaded, loaded.join(' ')).toContain('/popup.html');
    expect(loaded.filter((p) => p.startsWith('/story-cards/')).sort(), loaded.join(' ')).toEqual(stored!.list.map((s) => `/story-cards/${s.id}.json`).sort());
    expect(loaded.some((p) => /popup-stories|index\.gen/.test(p)), loaded.join(' ')).toBe(false);
    await popup.close();
  });

  it("the popup's first render already shows the findings (read by the early script in its <head>)", async () => {
    const popup = await ext.context.newPage();
    await popup.addInitScript(() => {
      const w = window as unknown as { __pnFirst?: boolean };
      new MutationObserver((_, obs) => {
        const app = document.getElementById('app');
        if (!app || app.childElementCount === 0) return;
        w.__pnFirst = app.querySelector('[data-testid=finding-count]') !== null;
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid=finding-count]');
    expect(await popup.evaluate(() => (window as unknown as { __pnFirst?: boolean }).__pnFirst)).toBe(true);
    expect(await popup.evaluate(() => performance.getEntriesByName('pn:early-read').length)).toBe(1);
    await popup.close();
  });

  it('scrolls to and flashes a finding when it is clicked in the popup', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.locator('[data-testid=finding]').first().click();
    await expect.poll(async () => (await pageView(page)).highlights.map((h) => h.kind)).toContain('flash');
    await popup.close();
  });
});

describe('pages without such mentions', () => {
  for (const path of ['/negative-public-services.html', '/negative-school-talk.html', '/negative-bees.html']) {
    it(`${path}: no badge and no marks`, async () => {
      const { page, tabId, counted } = await visit(path);
      expect(counted).toBe(0);
      // Nothing counted, so no page text is kept for the story query either.
      expect((await waitForReport(ext.worker, FIXTURE_ORIGIN + path)).context).toBe('');
      expect(await badgeText(ext.worker, tabId)).toBe('');
      expect(await highlightNames(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('a page that names a practice its cases are about, with no data word', () => {
  it('gets those cases in the popup, with no badge and no marks', async () => {
    const { page, tabId, counted } = await visit('/practice-hacked-camera.html');
    expect(counted).toBe(0);
    expect(await badgeText(ext.worker, tabId)).toBe('');
    expect(await highlightNames(page)).toEqual([]);
    // The report carries the text around the practice's words (the story query reads it).
    expect((await waitForReport(ext.worker, FIXTURE_ORIGIN + '/practice-hacked-camera.html')).context).toContain('默认密码');
    const stored = await waitForStories(ext.worker, tabId);
    expect(stored, 'the background stored no stories for the practice page').not.toBeNull();
    expect(stored!.list.map((s) => s.id)).toContain('cn-spc-home-camera-hacking-2025');
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=practice-only]');
    expect(await popup.locator('[data-testid=no-findings]').count()).toBe(0);
    await popup.waitForSelector('[data-story-id="cn-spc-home-camera-hacking-2025"]');
    await popup.close();
    await page.close();
  });
});

describe('the CLI and the extension', () => {
  it('give the same findings for the same page', async () => {
    for (const name of ['demo.html', 'english-policy.html', 'negative-bees.html', 'policy-zh-hans.html', 'policy-zh-hant.html', 'policy-en.html']) {
      const { page } = await visit(`/${name}`);
      const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/${name}`);
      const html = readFileSync(join(FIXTURE_DIR, name), 'utf8');
      const read = readText(textFromHtml(html).text, defaultMatcher());
      const cli = read.findings;
      const pick = (f: { category: string; term: string; start: number; end: number; negated: boolean; sentence: string }) =>
        [f.category, f.term, f.start, f.end, f.negated, f.sentence].join('|');
      expect(tab.findings.map(pick), name).toEqual(cli.slice(0, 500).map(pick));
      // The same claims: action, negation, offsets and data.
      const claim = (c: { action: string; negated: boolean; start: number; end: number; data: { text: string; type: string; start: number; end: number }[] }) =>
        [c.action, c.negated, c.start, c.end, c.data.map((d) => `${d.text}/${d.type}@${d.start}`).join(',')].join('|');
      expect(tab.claims.map(claim), name).toEqual(clipClaims(read.claims).map(claim));
      // The text around the counted findings that the story query reads: the same on both sides.
      expect(tab.context, name).toBe(findingContext(textFromHtml(html).text, cli));
      if (cli.some((f) => !f.negated)) expect(tab.context.length, name).toBeGreaterThan(0);
      await page.close();
    }
  });
});

describe('network', () => {
  it('the recorder sees requests to other hosts (so the check below can fail)', async () => {
    const page = await ext.context.newPage();
    await page.goto(FIXTURE_ORIGIN + '/negative-bees.html');
    await page.evaluate(() => fetch('http://recorder-check.invalid/ping').catch(() => null));
    expect(ext.proxy.foreign.map((r) => hostOf(r.url))).toContain('recorder-check.invalid');
    await page.close();
  });

  it('the extension made no network request at all', () => {
    const foreign = ext.proxy.foreign.filter((r) => {
      const host = hostOf(r.url);
      return host !== 'recorder-check.invalid' && !isChromiumOwnHost(host);
    });
    expect(foreign).toEqual([]);
    expect(extensionRequests).toEqual([]);
  });
});
