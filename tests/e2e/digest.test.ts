/**
 * The privacy-policy digest in a real Chromium with the built extension, on long policy
 * pages written for the repo (Simplified, Traditional, English, and one that shows the
 * practices the digest flags): the background's digest is the CLI's; its rows, checklist
 * and flags agree with what the pages say (tests/fixtures/pages/policy-facts.json); the
 * popup shows them in three UI languages, and a clause click scrolls the page to it and
 * flashes it. Pages that only talk about policies get no digest.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { isSensitive, DATA_TYPES, type DataType } from '../../lib/lexicon/data-types';
import { textFromHtml } from '../../lib/page/html-node';
import { buildDigest, type PolicyDigest } from '../../lib/policy/digest';
import { FIXTURE_DIR, FIXTURE_ORIGIN, launchWithExtension, openPopup, pageView, waitForReport, waitForReportWhere, type ExtensionBrowser } from '../../lib/cli/browser';

interface Facts {
  file: string;
  dataTypes: string[];
  notCollected: string[];
  abroad: boolean;
}
const FACTS = JSON.parse(readFileSync(join(FIXTURE_DIR, 'policy-facts.json'), 'utf8')) as Facts[];

/** `missing`: required notice items the page does not have (the English page never says whether giving data is required). */
const POLICIES = [
  { file: 'policy-zh-hans.html', jurisdiction: 'CN', missing: [] },
  { file: 'policy-zh-hant.html', jurisdiction: 'TW', missing: [] },
  { file: 'policy-en.html', jurisdiction: 'EU', missing: ['consequences'] },
] as const;

function cliDigest(file: string): PolicyDigest {
  const { text, title } = textFromHtml(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const { digest } = buildDigest(text, title, defaultMatcher());
  if (!digest) throw new Error(`${file}: the CLI does not take it for a policy`);
  return digest;
}

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function visitPolicy(file: string): Promise<{ page: Page; tabId: number; digest: PolicyDigest }> {
  const page = await ext.context.newPage();
  await page.goto(`${FIXTURE_ORIGIN}/${file}`);
  const tab = await waitForReportWhere(ext.worker, `${FIXTURE_ORIGIN}/${file}`, (t) => t.digest !== undefined);
  return { page, tabId: tab.tabId, digest: tab.digest! };
}

describe.each(POLICIES)('the digest of $file', ({ file, jurisdiction, missing }) => {
  let page: Page;
  let tabId: number;
  let digest: PolicyDigest;
  const facts = FACTS.find((f) => f.file === file)!;

  beforeAll(async () => {
    ({ page, tabId, digest } = await visitPolicy(file));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('is the one the CLI builds from the same page', () => {
    expect(digest).toEqual(cliDigest(file));
    expect(digest.jurisdiction).toBe(jurisdiction);
  });

  it('has a row, sensitive types first, for most data types the page collects, and none collecting what it says it does not', () => {
    const rows = digest.dataTypes.filter((r) => r.actions.length > 0).map((r) => r.type);
    const expected = facts.dataTypes.filter((t) => t !== 'other');
    const found = expected.filter((t) => rows.includes(t as DataType));
    expect(found.length / expected.length, `rows ${rows.join(',')} vs ${expected.join(',')}`).toBeGreaterThanOrEqual(0.7);
    const sensitiveFlags = digest.dataTypes.map((r) => r.sensitive);
    expect(sensitiveFlags).toEqual([...sensitiveFlags].sort((a, b) => Number(b) - Number(a)));
    const notCollected = facts.notCollected.filter((t): t is DataType => (DATA_TYPES as readonly string[]).includes(t) && isSensitive(t as DataType));
    for (const t of notCollected) {
      const row = digest.dataTypes.find((r) => r.type === t);
      expect(row?.actions ?? [], `${t} is not collected`).not.toContain('collect');
    }
    expect(digest.summary.abroad).toBe(facts.abroad ? 'yes' : 'no');
  });

  it('finds the notice items the page has, each with a clause inside the page text', () => {
    const { text } = textFromHtml(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
    const present = new Set(digest.checklist.filter((c) => c.present).map((c) => c.item));
    for (const item of ['controller', 'contact', 'data-types', 'purposes', 'retention', 'rights', 'children', 'changes'] as const) expect(present, item).toContain(item);
    for (const c of digest.checklist.flatMap((x) => x.clauses)) expect(text.slice(c.start, c.end).replace(/\s+/g, ' ')).toContain(c.text.replace(/…$/, '').replace(/\s+/g, ' ').slice(0, 30));
    // Every required item of the page's law that the page has is found.
    expect(digest.checklist.filter((c) => c.required && !c.present).map((c) => c.item)).toEqual(missing);
  });

  it('raises no flag (a mainland policy that does what the law asks; flags are read against mainland law only)', () => {
    expect(digest.flags.map((f) => f.id)).toEqual([]);
  });

  it('shows the digest in the popup: summary, a row per type, the checklist; a clause click scrolls the page and flashes it', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=digest]');
    const summary = await popup.locator('[data-testid=digest-summary]').innerText();
    expect(summary).toContain(String(digest.summary.types));
    expect(await popup.locator('[data-testid=digest-row]').count()).toBe(digest.dataTypes.length);
    expect(await popup.locator('[data-testid=check]').count()).toBeGreaterThanOrEqual(5);
    expect(await popup.locator('[data-testid=check][data-status=missing]').count()).toBe(missing.length);
    const before = await page.evaluate(() => window.scrollY);
    // The row whose first clause is furthest down the page: open it, click that clause.
    const rows = digest.dataTypes.map((r, i) => ({ i, start: r.clauses[0]?.start ?? -1 }));
    const far = rows.reduce((a, b) => (b.start > a.start ? b : a));
    const row = popup.locator('[data-testid=digest-row]').nth(far.i);
    if (far.i !== 0) await row.locator('summary').click();
    await row.locator('[data-testid=clause]').first().click();
    await expect.poll(async () => (await pageView(page)).highlights.map((h) => h.kind)).toContain('flash');
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
    await popup.close();
  });
});

describe('a policy with the practices the digest flags', () => {
  it('gets each flag, with its article in the popup', async () => {
    const { page, tabId, digest } = await visitPolicy('policy-flags-zh-hans.html');
    expect(digest).toEqual(cliDigest('policy-flags-zh-hans.html'));
    expect(digest.flags.map((f) => f.id).sort()).toEqual(
      [
        'cn-consent-by-use',
        'cn-device-data-is-pi',
        'cn-face-2025-alternative',
        'cn-necessary-scope-bundling',
        'cn-pipl-17-no-controller',
        'cn-pipl-19-retention',
        'cn-pipl-29-separate-consent',
        'cn-pipl-30-necessity-impact',
        'cn-pipl-38-abroad-conditions',
        'cn-sdk-list',
      ].sort(),
    );
    expect(digest.flags.find((f) => f.id === 'cn-pipl-19-retention')?.finding).toBe('vague');
    expect(digest.appType?.type).toBe('photo-beautification');
    expect(digest.beyondNecessary).toEqual(expect.arrayContaining(['face', 'location', 'contacts', 'phone']));
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid=digest-flags]');
    expect(await popup.locator('[data-testid=flag]').count()).toBe(digest.flags.length);
    const face = popup.locator('[data-flag=cn-face-2025-alternative]');
    await face.locator('summary').click();
    expect(await face.locator('[data-testid=law]').innerText()).toContain('Art. 10');
    expect(await popup.locator('[data-testid=app-type]').inputValue()).toBe('photo-beautification');
    expect(await popup.locator('[data-testid=beyond]').innerText()).toMatch(/Face|face/);
    // The reader picks another type: what is beyond its necessary scope changes.
    await popup.locator('[data-testid=app-type]').selectOption('instant-messaging');
    expect(await popup.locator('[data-testid=beyond]').innerText()).not.toMatch(/Contacts/);
    await popup.close();
    await page.close();
  });
});

describe('pages that are not policies', () => {
  for (const file of ['demo.html', 'nonpolicy-news-zh-hans.html', 'nonpolicy-shop-en.html']) {
    it(`${file}: no digest, the mentions view`, async () => {
      const page = await ext.context.newPage();
      await page.goto(`${FIXTURE_ORIGIN}/${file}`);
      const tab = await waitForReport(ext.worker, `${FIXTURE_ORIGIN}/${file}`);
      expect(tab.digest).toBeUndefined();
      const popup = await openPopup(ext, tab.tabId);
      await popup.waitForSelector('[data-testid=finding-count], [data-testid=no-findings]');
      expect(await popup.locator('[data-testid=digest]').count()).toBe(0);
      await popup.close();
      await page.close();
    });
  }
});

describe('the digest in the three UI languages', () => {
  for (const [locale, word] of [
    ['zh-CN', '收集'],
    ['zh-TW', '蒐集'],
    ['en-US', 'Kinds of data collected'],
  ] as const) {
    it(`${locale}: the summary line and the checklist are in the UI language`, async () => {
      const b = await launchWithExtension({ locale });
      try {
        const page = await b.context.newPage();
        await page.goto(`${FIXTURE_ORIGIN}/policy-zh-hans.html`);
        const tab = await waitForReportWhere(b.worker, `${FIXTURE_ORIGIN}/policy-zh-hans.html`, (t) => t.digest !== undefined);
        const popup = await openPopup(b, tab.tabId);
        await popup.waitForSelector('[data-testid=digest-summary]');
        expect(await popup.locator('[data-testid=digest-summary]').innerText()).toContain(word);
        const heads = await popup.locator('[data-testid=digest-checklist] h3').innerText();
        expect(heads).toBe(locale === 'en-US' ? 'What the law says a policy must tell you' : locale === 'zh-CN' ? '法律要求政策告诉你的事项' : '法律要求政策告訴你的事項');
      } finally {
        await b.close();
      }
    });
  }
});
