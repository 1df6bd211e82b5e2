/**
 * A page as an attacker, in a real Chromium with the built extension: it must neither
 * switch the extension off, nor learn what it found, nor starve other tabs, nor make it
 * read what a person types or report what nobody can see, nor lose findings or settings,
 * nor cause long tasks. One test per attack of the security review (issue "A page can
 * neither switch us off…"); each failed on the code before the fix (run with
 * PN_EXTENSION_DIR=<old build> to see it).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  EXTENSION_DIR,
  FIXTURE_ORIGIN,
  launchWithExtension,
  launchWithIncognito,
  markedTexts,
  openPopup,
  pageView,
  THIRD_ORIGIN,
  waitForReport,
  waitForReportWhere,
  type ExtensionBrowser,
  type StoredTab,
} from '../../lib/cli/browser';

declare const chrome: {
  storage: {
    session: { get(keys: null): Promise<Record<string, unknown>>; getBytesInUse?(keys: null): Promise<number> };
    local: { get(keys: null | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> };
  };
};

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const html = (body: string, title = 'attack', head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

let n = 0;
async function open(body: string, init?: () => void, loadTimeout = 30_000): Promise<{ page: Page; url: string }> {
  const path = `/attack-${++n}.html`;
  ext.proxy.pages.set(path, body);
  const page = await ext.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(FIXTURE_ORIGIN + path, { timeout: loadTimeout });
  return { page, url: FIXTURE_ORIGIN + path };
}

/** Every text the extension stored for a tab: findings' sentences and terms, and the context. */
function storedText(tab: StoredTab): string {
  return [...tab.findings.flatMap((f) => [f.sentence, f.term]), tab.context].join('\n');
}

/** The whole session storage, as the service worker holds it. */
async function sessionDump(): Promise<string> {
  return JSON.stringify(await ext.worker.evaluate(() => chrome.storage.session.get(null)));
}

describe('a page cannot switch the extension off', () => {
  it('replaying a start-up event, once or every 20 ms, neither stops the scan nor removes marks, and no message tells the page our id', async () => {
    const id = ext.extensionId;
    const { page, url } = await open(
      html(
        '<p>本店入口已启用人脸识别。</p><div id="late"></div>' +
          `<script>
          window.__messages = [];
          addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
          const fire = (type) => document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
          // Whatever start-up message arrives is replayed; so are the names WXT would use.
          addEventListener('message', (e) => { if (e.data && typeof e.data.type === 'string') fire(e.data.type); });
          const names = ['content', 'scan'].map((n) => '${id}:' + n + ':wxt:content-script-started');
          names.forEach(fire);
          setInterval(() => names.forEach(fire), 20);
          setTimeout(() => { document.getElementById('late').textContent = '后来：小区门禁改为刷脸进门。'; }, 1500);
          </script>`,
      ),
    );
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 2, 10_000);
    expect(tab.findings.map((f) => f.term).sort()).toEqual(['人脸识别', '刷脸'].sort());
    await page.waitForTimeout(500);
    expect((await markedTexts(page, 'face')).sort()).toEqual(['人脸识别', '刷脸'].sort());
    const messages = (await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)) ?? [];
    expect(messages.filter((m) => m.includes(id) || m.includes('wxt'))).toEqual([]);
    await page.close();
  });
});

describe('a page learns as little as possible', () => {
  it('with nothing found: no highlight, no style sheet, no style for any name it could probe, no message, no DOM change', async () => {
    const { page, url } = await open(
      html('<p>今天天气很好，我们去公园散步。</p><script>window.__m=0;addEventListener("message",()=>window.__m++);</script>'),
    );
    await waitForReport(ext.worker, url);
    await page.waitForTimeout(300);
    const view = await pageView(page);
    expect(view.highlights).toEqual([]);
    expect(view.adoptedSheets).toBe(0);
    const probed = await page.evaluate(() =>
      ['pn-face', 'pn-biometric', 'pn-personal', 'pn-negated', 'pn-flash'].map((name) => getComputedStyle(document.body, `::highlight(${name})`).backgroundColor),
    );
    expect(new Set(probed)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
    expect(await page.evaluate(() => (window as unknown as { __m: number }).__m)).toBe(0);
    expect(view.elements).toBe(2); // <p> and <script>, as written
    await page.close();
  });

  it('with findings: random names that say nothing of the kind, new for every page load; a flash has a name of its own and goes away', async () => {
    const body = html('<p>售楼处用人脸识别抓拍访客，并登记手机号码。</p><p>我们不会收集您的指纹。</p>');
    const first = await open(body);
    const tab = await waitForReportWhere(ext.worker, first.url, (t) => t.counted > 0);
    const view = await pageView(first.page);
    // Exactly what the page can observe: one adopted sheet, and a highlight per kind shown
    // (face, personal data, negated), each under a random name, holding the marked words.
    expect(view.adoptedSheets).toBe(1);
    expect(view.highlights.map((h) => h.kind).sort()).toEqual(['face', 'negated', 'personal_data']);
    for (const h of view.highlights) {
      expect(h.name).toMatch(/^h[0-9a-z]{10}$/);
      expect(h.name).not.toMatch(/face|bio|person|neg|flash|pn-/);
    }
    expect(view.highlights.find((h) => h.kind === 'face')!.texts).toEqual(['人脸识别']);
    const second = await open(body);
    await waitForReportWhere(ext.worker, second.url, (t) => t.counted > 0);
    const names2 = (await pageView(second.page)).highlights.map((h) => h.name);
    expect(names2.some((x) => view.highlights.some((h) => h.name === x))).toBe(false);
    // The flash after a click in the popup: a new name, gone after 1.6 s.
    const popup = await openPopup(ext, tab.tabId);
    await popup.locator('[data-testid=finding]').first().click();
    await expect.poll(async () => (await pageView(first.page)).highlights.length).toBe(4);
    const flash = (await pageView(first.page)).highlights.find((h) => h.kind === 'flash')!;
    expect(flash.name).toMatch(/^h[0-9a-z]{10}$/);
    await expect.poll(async () => (await pageView(first.page)).highlights.length, { timeout: 4000 }).toBe(3);
    await popup.close();
    await first.page.close();
    await second.page.close();
  });
});

describe('a page cannot starve other tabs', () => {
  it('93 visible frames full of findings stay within one tab budget, and a normal page in another tab is stored', async () => {
    const frameBody = html(`<p>${'商场启用人脸识别门禁，登记顾客手机号码。'.repeat(260)}</p>`);
    for (let i = 0; i < 93; i++) ext.proxy.pages.set(`/flood-${i}.html`, frameBody);
    const frames = Array.from({ length: 93 }, (_, i) => `<iframe src="/flood-${i}.html" style="width:96px;height:48px;border:0;margin:1px"></iframe>`).join('');
    const flood = await open(html(`<div style="width:1000px">${frames}</div>`));
    const floodTab = await waitForReportWhere(ext.worker, flood.url, (t) => t.counted > 40_000, 60_000);
    const normal = await open(html('<p>本小区门禁已改为人脸识别。</p>'));
    const tab = await waitForReportWhere(ext.worker, normal.url, (t) => t.counted === 1);
    expect(await badgeText(ext.worker, tab.tabId)).toBe('1');
    const bytes = (await sessionDump()).length;
    expect(bytes).toBeLessThan(2_000_000); // the quota is 10 MB; one tab's budget is 640 KB
    // The flooded tab says it kept only part of its findings.
    expect(floodTab.trimmed).toBe(true);
    const popup = await openPopup(ext, floodTab.tabId);
    await expect.poll(() => popup.locator('[data-testid=trimmed]').count()).toBe(1);
    await popup.close();
    await normal.page.close();
    await flood.page.close();
  }, 120_000);
});

describe('a page that never stops changing', () => {
  it('a clock ticking every 100 ms does not stop later content from being scanned', async () => {
    const { page, url } = await open(
      html(
        '<p>时间：<span id="clock">0</span></p><div id="feed"></div><script>setInterval(() => { document.getElementById("clock").textContent = performance.now().toFixed(1); }, 100);setTimeout(() => { const p = document.createElement("p"); p.textContent = "小区门禁改为刷脸"; document.getElementById("feed").append(p); }, 2500);</script>',
      ),
    );
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 1, 8000);
    expect(tab.findings[0]!.term).toBe('刷脸');
    await page.close();
  });
});

describe('text a person types is never read', () => {
  const typed = '我们会记录您的身份证号码和指纹信息';
  it('in a designMode frame, a -webkit-user-modify area, a mirror editor fed by a hidden textarea, and a role=textbox div', async () => {
    ext.proxy.pages.set('/design-frame.html', html('<p>留言</p><script>document.designMode = "on";</script>'));
    const { page, url } = await open(
      html(
        '<p>普通段落。</p>' +
          '<iframe id="df" src="/design-frame.html" style="width:400px;height:100px"></iframe>' +
          '<div id="um" style="-webkit-user-modify: read-write; min-height: 20px"></div>' +
          '<div class="CodeMirror"><div style="overflow:hidden;position:relative;width:3px;height:0"><textarea id="cm-input"></textarea></div><div class="CodeMirror-code" id="cm-mirror"></div></div>' +
          '<div role="textbox" tabindex="0" id="tb"></div>' +
          '<script>document.getElementById("cm-input").addEventListener("input", (e) => { document.getElementById("cm-mirror").textContent = e.target.value; });' +
          'document.getElementById("tb").addEventListener("keydown", (e) => { if (e.key.length === 1) e.currentTarget.textContent += e.key; });</script>',
      ),
    );
    await waitForReport(ext.worker, url);
    const frame = page.frames().find((f) => f.url().endsWith('/design-frame.html'))!;
    await frame.locator('body').click();
    await page.keyboard.insertText(typed);
    await page.locator('#um').click();
    await page.keyboard.insertText(typed);
    await page.locator('#cm-input').focus();
    await page.keyboard.insertText(typed);
    await page.locator('#tb').focus();
    await page.evaluate((t) => {
      const tb = document.getElementById('tb')!;
      for (const ch of t) tb.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
    }, typed);
    expect(await page.locator('#tb').textContent()).toBe(typed);
    expect(await frame.locator('body').textContent()).toContain(typed);
    await page.waitForTimeout(2500); // past the debounce and the maximum wait
    const tab = await waitForReport(ext.worker, url);
    expect(tab.findings.map((f) => `${f.frameId}:${f.term}:${f.sentence}`)).toEqual([]);
    expect(await sessionDump()).not.toContain('身份证号码');
    await page.close();
  });
});

describe('what a person can see is what counts', () => {
  it('invisible text is not reported: sr-only, opacity 0, transparent, font-size 0, off-screen, height 0, closed details, content-visibility hidden', async () => {
    const { page, url } = await open(
      html(
        '<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>' +
          '<p>可见：门店使用人脸识别摄像头。</p>' +
          '<span class="sr-only">一：我们收集您的指纹。</span>' +
          '<p style="opacity:0">二：我们收集您的身份证号码。</p>' +
          '<p style="color:transparent">三：我们收集您的手机号码。</p>' +
          '<p style="font-size:0">四：我们收集您的位置信息。</p>' +
          '<p style="position:absolute;left:-9999px">五：我们收集您的通讯录。</p>' +
          '<div style="height:0;overflow:hidden"><p>六：我们收集您的银行卡号。</p></div>' +
          '<details><summary>更多</summary><p>七：我们收集您的声纹。</p></details>' +
          '<div style="content-visibility:hidden"><p>八：我们收集您的虹膜信息。</p></div>',
      ),
    );
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted >= 1);
    await page.waitForTimeout(300);
    const again = await waitForReport(ext.worker, url);
    expect(again.findings.map((f) => f.term)).toEqual(['人脸识别摄像头']);
    expect(storedText(tab)).not.toMatch(/[一二三四五六七八]：/);
    await page.close();
  });

  it('visible text is found: closed shadow roots, srcdoc, script-filled about:blank and data: frames, words split by an inline element or a font-size 0 filler, homoglyphs', async () => {
    const { page, url } = await open(
      html(
        '<div id="closed"></div>' +
          '<iframe srcdoc="<p>框架一：本App会读取您的通讯录。</p>" style="width:400px;height:60px"></iframe>' +
          '<iframe id="blank" style="width:400px;height:60px"></iframe>' +
          `<iframe src="data:text/html;charset=utf-8,${encodeURIComponent('<p>框架三：我们会收集您的声纹信息。</p>')}" style="width:400px;height:60px"></iframe>` +
          '<div>拆开：本站支持刷<div style="display:inline">脸</div>进站。</div>' +
          '<p>夹字：门店使用人<span style="font-size:0">广告位招租</span>脸识别。</p>' +
          '<p>The store uses facial recognitіоn at its doors.</p>' +
          '<script>document.getElementById("closed").attachShadow({mode:"closed"}).innerHTML = "<p>封闭影子树：本店使用刷脸支付。</p>";' +
          'const d = document.getElementById("blank").contentDocument; d.body.innerHTML = "<p>框架二：请录入指纹打卡。</p>";</script>',
      ),
    );
    const want = ['刷脸支付', '通讯录', '指纹打卡', '声纹信息', '刷脸进站', '人脸识别', 'facial recognition'];
    const tab = await waitForReportWhere(ext.worker, url, (t) => want.every((w) => t.findings.some((f) => f.term === w)), 15_000).catch(async () => {
      const t = await waitForReport(ext.worker, url);
      throw new Error(`found ${JSON.stringify(t.findings.map((f) => f.term))}, want ${JSON.stringify(want)}`);
    });
    expect(tab.counted).toBe(want.length);
    await page.close();
  });
});

describe('a third-party frame does not speak for the site', () => {
  it('an invisible 1x1 ad frame is not counted; a visible one is shown as embedded content with its origin', async () => {
    ext.proxy.pages.set(`${THIRD_ORIGIN}/pixel.html`, html('<p>BANK.TEST uses facial recognition on every customer and sells your fingerprint data.</p>'));
    ext.proxy.pages.set(`${THIRD_ORIGIN}/widget.html`, html('<p>This widget uses facial recognition to verify you.</p>'));
    const bank = await open(html(`<h1>Bank</h1><p>Welcome to online banking.</p><iframe src="${THIRD_ORIGIN}/pixel.html" style="width:1px;height:1px;border:0"></iframe>`, 'bank.test'));
    await waitForReport(ext.worker, bank.url);
    await bank.page.waitForTimeout(2500);
    const tab = await waitForReport(ext.worker, bank.url);
    expect(tab.counted).toBe(0);
    expect(tab.findings).toEqual([]);
    expect(await badgeText(ext.worker, tab.tabId)).toBe('');
    const shop = await open(html(`<p>Welcome.</p><iframe src="${THIRD_ORIGIN}/widget.html" style="width:500px;height:120px"></iframe>`));
    const shopTab = await waitForReportWhere(ext.worker, shop.url, (t) => t.counted === 1, 15_000);
    expect(shopTab.findings[0]!.origin).toBe(THIRD_ORIGIN);
    const popup = await openPopup(ext, shopTab.tabId);
    await popup.waitForSelector('[data-testid=finding]');
    expect(await popup.locator('[data-testid=embedded-origin]').first().textContent()).toContain('third.test');
    await popup.close();
    await bank.page.close();
    await shop.page.close();
  });
});

describe('findings are not lost', () => {
  it('an ad frame that navigates itself does not take the page’s findings and badge with it', async () => {
    ext.proxy.pages.set(`${THIRD_ORIGIN}/ad-1.html`, html('<p>广告一</p><script>setTimeout(() => { location.href = "/ad-2.html"; }, 800);</script>'));
    ext.proxy.pages.set(`${THIRD_ORIGIN}/ad-2.html`, html('<p>广告二：本产品支持指纹解锁。</p>'));
    const { page, url } = await open(html(`<p>本小区门禁已改为人脸识别。</p><iframe src="${THIRD_ORIGIN}/ad-1.html" style="width:400px;height:80px"></iframe>`));
    await waitForReportWhere(ext.worker, url, (t) => t.counted === 1);
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 2, 10_000);
    expect(tab.findings.map((f) => f.term).sort()).toEqual(['人脸识别', '指纹解锁'].sort());
    expect(await badgeText(ext.worker, tab.tabId)).toBe('2');
    await page.close();
  });

  it('reports sent while the service worker is stopped again and again (10 to 15 times) are all stored in the end', async () => {
    for (let i = 0; i < 21; i++) ext.proxy.pages.set(`/burst-${i}.html`, html(`<p>第${i}号框架：门店使用人脸识别摄像头。</p>`));
    const frames = Array.from({ length: 21 }, (_, i) => `<iframe src="/burst-${i}.html" style="width:180px;height:40px;border:0"></iframe>`).join('');
    ext.proxy.pages.set('/burst.html', html(`<p>顶层：我们会收集您的手机号码。</p>${frames}`));
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    // Stopped each time it runs (up to 15 times, as long as the page's messages start it
    // again), never while it starts: Chromium then sometimes never starts the worker again,
    // whatever the extension does (seen with builds before and after the detector moved to
    // the worker, 1 run in 4), and nothing can be stored at all.
    const running = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) running.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const goto = page.goto(FIXTURE_ORIGIN + '/burst.html');
    let stops = 0;
    for (let waited = 0; stops < 15 && waited < 20_000; waited += 20) {
      if ([...running.values()].includes('running')) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
        running.clear();
        stops++;
        await new Promise((r) => setTimeout(r, 60));
      } else await new Promise((r) => setTimeout(r, 20));
    }
    await goto;
    await cdp.detach();
    expect(stops, 'the page\'s messages started the worker fewer than 10 times').toBeGreaterThanOrEqual(10);
    ext.worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
    // A frame whose message went to a worker stopped under it gives up on the answer after
    // 30 s and sends again (lib/page/background-reader.ts, reporter.ts): wait for that too.
    const tab = await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + '/burst.html', (t) => t.counted === 22, 60_000);
    expect(new Set(tab.findings.map((f) => f.frameId)).size).toBe(22);
    await page.close();
  }, 120_000);
});

describe('settings survive updates and damage', () => {
  it('a v2 value without its version marker keeps every choice across an update', async () => {
    // An update, for real: the same profile and extension folder, started again with a higher version.
    const dir = mkdtempSync(join(tmpdir(), 'pn-update-'));
    const extDir = join(dir, 'ext');
    cpSync(process.env.PN_EXTENSION_DIR ?? EXTENSION_DIR, extDir, { recursive: true });
    const v2 = { categories: { face: true, biometric: false, personal_data: true }, marks: false, disabledSites: ['example.org'], dismissed: [{ site: 'fixtures.test', term: '手机号码' }] };
    const before = await launchWithExtension({ extensionDir: extDir, userDataDir: join(dir, 'profile') });
    // What an old version could leave: the value, and no "settings$" marker (a popup closed between two writes).
    await before.worker.evaluate((v) => chrome.storage.local.set({ settings: v }), v2);
    await before.close();
    const manifestPath = join(extDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    const after = await launchWithExtension({ extensionDir: extDir, userDataDir: join(dir, 'profile') });
    try {
      const read = async () => (await after.worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, Record<string, unknown>>;
      await expect.poll(async () => (await read())['settings']?.['version'], { timeout: 10_000 }).toBe(3);
      expect((await read())['settings']).toEqual({ version: 3, ...v2 });
    } finally {
      await after.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('damaged settings (dismissed: [null], "false" strings, a string of sites) are repaired: pages are still scanned and the options page works', async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { version: 3, categories: { face: 'true', biometric: 'false', personal_data: true }, marks: true, disabledSites: 'blocked.example', dismissed: [null, { site: 'fixtures.test', term: '手机号码' }] } }),
    );
    const { page, url } = await open(html('<p>售楼处用人脸识别抓拍访客，并登记手机号码。员工录入指纹打卡。</p>'));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted > 0);
    expect(tab.findings.map((f) => f.term)).toEqual(['人脸识别']); // 手机号码 dismissed, biometrics off
    const options = await ext.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=cat-face]');
    expect(await options.locator('[data-testid=cat-biometric]').isChecked()).toBe(false);
    expect(await options.locator('main').textContent()).toContain('blocked.example');
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
    await ext.worker.evaluate(() => chrome.storage.local.clear());
  });
});

describe('no long task from the extension', () => {
  it('a depth-1,000 tree receiving 999-node batches every 400 ms', async () => {
    const { page, url } = await open(
      html(
        '<div id="root"></div><script>let el = document.getElementById("root"); for (let i = 0; i < 1000; i++) { const d = document.createElement("div"); el.append(d); el = d; } window.__leaf = el;' +
          'let k = 0; const t = setInterval(() => { const f = document.createDocumentFragment(); for (let i = 0; i < 999; i++) { const s = document.createElement("span"); s.textContent = i === 500 ? "门店使用人脸识别" : "文字" + i; f.append(s); } window.__leaf.append(f); if (++k >= 5) clearInterval(t); }, 400);</script>',
      ),
    );
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 5, 20_000);
    // The budget is 50 ms (measured: README); the old code took one 8,255 ms task here.
    // The bound only guards against multi-second tasks: machines are noisy.
    expect(tab.timing!.longestSlice).toBeLessThan(1000);
    await page.close();
  }, 40_000);

  it('a single 50-million-character text node, and a page of 1,000,000 nodes', async () => {
    for (const build of [
      'const t = "今天天气很好。".repeat(8_000_000) + "门店使用人脸识别"; document.body.append(document.createTextNode(t));',
      'const f = document.createDocumentFragment(); for (let i = 0; i < 1_000_000; i++) { const s = document.createElement("i"); s.textContent = i === 999_000 ? "门店使用人脸识别" : "字"; f.append(s); } document.body.append(f);',
    ]) {
      // The page's own script builds 56 M characters before its load event: on a busy
      // 2-core machine that alone took over 30 s once, so the load may take up to 90 s.
      const { page, url } = await open(html(`<script>${build}</script>`), undefined, 90_000);
      const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 1, 90_000);
      expect(tab.timing!.longestSlice).toBeLessThan(1000);
      await page.close();
    }
  }, 200_000);
});

describe('private windows', () => {
  it('nothing from a private tab reaches disk, and its findings are not shown to normal windows', async () => {
    const priv = await launchWithIncognito();
    try {
      const page = html('<p>我们会收集您的指纹信息。</p>');
      priv.proxy.pages.set('/normal.html', page);
      priv.proxy.pages.set('/private.html', page);
      const normal = await priv.context.newPage();
      await normal.goto(FIXTURE_ORIGIN + '/normal.html');
      const normalTab = await waitForReportWhere(priv.worker, FIXTURE_ORIGIN + '/normal.html', (t) => t.counted === 1);
      // A private window, opened by the extension itself (split mode: a second, private instance).
      await priv.worker.evaluate((url) => void (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ incognito: true, url }), FIXTURE_ORIGIN + '/private.html');
      const privateTab = await waitForReportWhere(priv.worker, FIXTURE_ORIGIN + '/private.html', (t) => t.counted === 1);
      const stored = JSON.parse(await priv.worker.evaluate(async (id) => JSON.stringify((await chrome.storage.session.get(null))[`tab:${id}`]), privateTab.tabId)) as { incognito?: boolean };
      expect(stored.incognito).toBe(true);
      // A normal window's popup asked for the private tab shows nothing of it.
      const nosy = await openPopup(priv, privateTab.tabId);
      await nosy.waitForSelector('main p.status');
      expect(await nosy.locator('[data-testid=finding]').count()).toBe(0);
      await nosy.close();
      // The private window's own popup: dismissing the word there keeps it in memory only.
      const workers = priv.context.serviceWorkers();
      const privateWorker = await (async () => {
        for (const w of workers) if (await w.evaluate(() => (globalThis as unknown as { chrome: { extension: { inIncognitoContext: boolean } } }).chrome.extension.inIncognitoContext)) return w;
        throw new Error(`no private service worker among ${workers.length}`);
      })();
      const popupOpened = priv.context.waitForEvent('page', (p) => p.url().includes('popup.html'));
      await privateWorker.evaluate((u) => void (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } }).chrome.tabs.create({ url: u }), `chrome-extension://${priv.extensionId}/popup.html?tab=${privateTab.tabId}`);
      const popup = await popupOpened;
      await popup.locator('[data-testid=dismiss]').first().click();
      await waitForReportWhere(priv.worker, FIXTURE_ORIGIN + '/private.html', (t) => t.counted === 0);
      expect(await priv.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
      // The normal tab keeps its finding: the private choice stays in the private window.
      await normal.reload();
      expect((await waitForReportWhere(priv.worker, FIXTURE_ORIGIN + '/normal.html', (t) => t.counted === 1)).tabId).toBe(normalTab.tabId);
    } finally {
      await priv.close();
      rmSync(priv.dir, { recursive: true, force: true });
    }
  }, 90_000);
});
