/**
 * The product around the scanner, in Chromium: accessibility (axe-core, both colour
 * schemes, keyboard only), the per-site switch and "not a privacy mention", settings,
 * the stories page, and Traditional Chinese for zh-TW readers.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, FIXTURE_ORIGIN, highlightNames, launchWithExtension, openPopup, pageView, waitForReport, waitForReportWhere, type ExtensionBrowser } from '../../lib/cli/browser';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function demoTab(path = '/demo.html'): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(FIXTURE_ORIGIN + path);
  const tab = await waitForReport(ext.worker, FIXTURE_ORIGIN + path);
  return { page, tabId: tab.tabId };
}

async function axe(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
}


/** Every <details> opened, as a reader would, and its content rendered (Disclosure renders it on opening). */
async function openAllDetails(popup: Page): Promise<void> {
  await popup.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await popup.waitForFunction(() => [...document.querySelectorAll('details')].every((d) => d.children.length > 1));
}

describe('accessibility', () => {
  it('the popup with findings and stories has no axe violations, light and dark', async () => {
    const { page, tabId } = await demoTab();
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=story]');
    await openAllDetails(popup);
    expect(await axe(popup, 'light')).toEqual([]);
    expect(await axe(popup, 'dark')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the popup with a policy digest (flags, rows, checklist, app type, stories) has no axe violations, light and dark', async () => {
    for (const path of ['/policy-flags-zh-hans.html', '/policy-zh-hans.html']) {
      const page = await ext.context.newPage();
      await page.goto(FIXTURE_ORIGIN + path);
      const tab = await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + path, (t) => t.digest !== undefined);
      const popup = await openPopup(ext, tab.tabId);
      await popup.waitForSelector('[data-testid=digest-checklist]');
      await popup.waitForSelector('[data-testid=story], [data-testid=no-stories]').catch(() => {});
      await openAllDetails(popup);
      expect(await axe(popup, 'light'), path).toEqual([]);
      expect(await axe(popup, 'dark'), path).toEqual([]);
      // The mentions view of the same page too.
      await popup.locator('[data-testid=view-mentions]').click();
      await popup.waitForSelector('[data-testid=finding]');
      await openAllDetails(popup);
      expect(await axe(popup, 'light'), `${path} mentions`).toEqual([]);
      await popup.close();
      await page.close();
    }
  });

  it('the options and stories pages have no axe violations, light and dark', async () => {
    for (const path of ['options.html', 'stories.html']) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      await page.waitForSelector('main h1');
      expect(await axe(page, 'light'), path).toEqual([]);
      expect(await axe(page, 'dark'), path).toEqual([]);
      await page.close();
    }
  });

  it('works with the keyboard alone: Tab to a finding, Enter flashes it on the page', async () => {
    const { page, tabId } = await demoTab();
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=finding]');
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'finding'; i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    expect(focused).toBe('finding');
    // The focus ring is visible (an outline is drawn).
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await pageView(page)).highlights.map((h) => h.kind)).toContain('flash');
    await popup.close();
    await page.close();
  });
});

describe('settings from the popup', () => {
  it("the one-click switch stops and restarts scanning a site", async () => {
    const { page, tabId } = await demoTab();
    const url = FIXTURE_ORIGIN + '/demo.html';
    const popup = await openPopup(ext, tabId);
    await popup.click('[data-testid=site-toggle]');
    const off = await waitForReportWhere(ext.worker, url, (t) => t.disabled);
    expect(off.findings).toEqual([]);
    expect(await badgeText(ext.worker, tabId)).toBe('');
    expect(await highlightNames(page)).toEqual([]);
    await popup.reload();
    await popup.click('[data-testid=site-toggle]');
    const on = await waitForReportWhere(ext.worker, url, (t) => !t.disabled && t.counted > 0);
    expect(await badgeText(ext.worker, tabId)).toBe(String(on.counted));
    await popup.close();
    await page.close();
  });

  it('"not a privacy mention" hides that term on this site, and the options page can undo it', async () => {
    const { page, tabId } = await demoTab('/english-policy.html');
    const url = FIXTURE_ORIGIN + '/english-policy.html';
    const before = await waitForReport(ext.worker, url);
    const popup = await openPopup(ext, tabId);
    const first = popup.locator('section[data-category=face] [data-testid=dismiss]').first();
    await first.click();
    const after = await waitForReportWhere(ext.worker, url, (t) => t.counted === before.counted - 1);
    expect(after.findings.some((f) => f.category === 'face')).toBe(false);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('button', { name: /face recognition/i }).click();
    await waitForReportWhere(ext.worker, url, (t) => t.counted === before.counted);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('turning a category off in the options page removes its findings', async () => {
    const { page } = await demoTab();
    const url = FIXTURE_ORIGIN + '/demo.html';
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.click('[data-testid=cat-face]');
    const t = await waitForReportWhere(ext.worker, url, (x) => x.findings.length > 0 && x.findings.every((f) => f.category !== 'face'));
    expect(t.counted).toBeGreaterThan(0);
    await options.click('[data-testid=cat-face]');
    await waitForReportWhere(ext.worker, url, (x) => x.findings.some((f) => f.category === 'face'));
    await options.close();
    await page.close();
  });
});

describe('the stories page', () => {
  it('lists every bundled story, newest first, and searches and filters them', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/stories.html`);
    await page.waitForSelector('[data-testid=story]');
    const all = await page.locator('[data-testid=story]').count();
    expect(all).toBeGreaterThanOrEqual(15);
    const dates = await page.locator('[data-testid=story] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.fill('[data-testid=search]', 'Ningbo');
    await expect.poll(() => page.locator('[data-testid=story]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-story-id="cn-ningbo-sales-offices-2021"]').count()).toBe(1);
    await page.fill('[data-testid=search]', '宁波');
    expect(await page.locator('[data-story-id="cn-ningbo-sales-offices-2021"]').count()).toBe(1);
    await page.fill('[data-testid=search]', '');
    await page.selectOption('[data-testid=region]', 'INTL');
    const intl = await page.locator('[data-testid=story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')!));
    expect(intl.length).toBeGreaterThan(0);
    expect(intl.some((id) => id.startsWith('cn-'))).toBe(false);
    await page.close();
  });
});

describe('Traditional Chinese readers', () => {
  it('see the popup, stories and rights in Traditional characters (zh-TW)', async () => {
    const tw = await launchWithExtension({ locale: 'zh-TW' });
    try {
      const page = await tw.context.newPage();
      await page.goto(`${FIXTURE_ORIGIN}/demo.html`);
      const tab = await waitForReport(tw.worker, `${FIXTURE_ORIGIN}/demo.html`);
      const popup = await openPopup(tw, tab.tabId);
      await popup.waitForSelector('[data-story-id="cn-ningbo-sales-offices-2021"]');
      await expect.poll(() => popup.locator('[data-story-id="cn-ningbo-sales-offices-2021"] h3').textContent()).toContain('寧波');
      expect(await popup.locator('h1').textContent()).toBe('本頁隱私提示');
      // The why line is built at run time from Simplified index words, then converted.
      const why = (await popup.locator('[data-story-id="cn-ningbo-sales-offices-2021"] .why-story').textContent()) ?? '';
      expect(why).toContain('寧波');
      expect(why).not.toMatch(/[宁楼处脸样]/);
    } finally {
      await tw.close();
    }
  });
});
