/**
 * Hostile and heavy pages, each in a real Chromium with the built extension: the page
 * keeps working, the extension reports sensibly, no exception escapes, and (checked at the
 * end) the extension makes no network request.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePage } from '../../lib/bench/pages';
import { badgeText, FIXTURE_ORIGIN, highlightNames, hostOf, markedTexts, isChromiumOwnHost, launchWithExtension, openPopup, waitForReport, waitForReportWhere, type ExtensionBrowser } from '../../lib/cli/browser';

let ext: ExtensionBrowser;
const problems: string[] = [];


beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const html = (body: string, title = 'test', head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

let n = 0;
/** Serve `page` at a fresh path, open it, collect errors from every world. */
async function open(page: string, init?: () => void): Promise<{ page: Page; url: string }> {
  const path = `/hostile-${++n}.html`;
  ext.proxy.pages.set(path, page);
  const p = await ext.context.newPage();
  p.on('pageerror', (e) => problems.push(`pageerror ${path}: ${e.message}`));
  p.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) problems.push(`console ${path}: ${m.text()}`);
  });
  if (init) await p.addInitScript(init);
  await p.goto(FIXTURE_ORIGIN + path);
  return { page: p, url: FIXTURE_ORIGIN + path };
}


/** The page's own script still runs: a counter it keeps keeps moving. */
async function pageStillWorks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __ticks: number }).__ticks = 0;
    setInterval(() => (window as unknown as { __ticks: number }).__ticks++, 10);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks), { timeout: 5000 }).toBeGreaterThan(5);
}

describe('heavy pages', () => {
  it('a 10 MB text page: reported, capped, still responsive', async () => {
    const { page, url } = await open(generatePage(10_000_000, { seed: 7 }));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted > 0, 60_000);
    expect(tab.total).toBeLessThanOrEqual(2000);
    expect(tab.findings.length).toBeLessThanOrEqual(500);
    expect(await badgeText(ext.worker, tab.tabId)).toMatch(/^\d+\+?$/);
    await pageStillWorks(page);
    await page.close();
  }, 120_000);

  it('a page with 200,000 text nodes', async () => {
    const cells = Array.from({ length: 200_000 }, (_, i) => (i % 5000 === 4999 ? '<span>人脸识别</span>' : `<span>${i % 10}</span>`)).join('');
    const { page, url } = await open(html(`<div>${cells}</div>`));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted > 0, 60_000);
    expect(tab.counted).toBe(40);
    await pageStillWorks(page);
    await page.close();
  }, 120_000);

  it('a page with 10,000 mentions: capped and summarized, still responsive', async () => {
    const { page, url } = await open(html(`<p>${'商场启用人脸识别门禁。'.repeat(10_000)}</p>`));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted > 0, 60_000);
    expect(tab.counted).toBe(2000);
    expect(tab.findings.length).toBe(500);
    expect(await badgeText(ext.worker, tab.tabId)).toBe('999+');
    const popup = await openPopup(ext, tab.tabId);
    await popup.waitForSelector('[data-testid=finding-count]');
    expect(await popup.locator('[data-testid=finding-count]').textContent()).toContain('2000');
    await popup.close();
    await pageStillWorks(page);
    await page.close();
  }, 120_000);
});

describe('changing pages', () => {
  it('a mutation storm (a node every 10 ms for 10 s): the page keeps working and late mentions are found', async () => {
    const { page, url } = await open(
      html(
        '<div id="feed"></div><script>let i=0;const t=setInterval(()=>{const p=document.createElement("p");p.textContent=(++i%100===0)?"第"+i+"条：门店摄像头抓拍人脸":"消息"+i;document.getElementById("feed").append(p);if(i>=1000)clearInterval(t);},10);</script>',
      ),
    );
    await pageStillWorks(page);
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted >= 10, 40_000);
    expect(tab.counted).toBe(10);
    expect(await page.locator('#feed p').count()).toBe(1000);
    await page.close();
  }, 60_000);

  it('an infinite-scroll page: content added on scroll is scanned', async () => {
    const { page, url } = await open(
      html(
        '<div id="list" style="min-height:3000px"><p>第一屏：普通新闻。</p></div><script>let k=0;addEventListener("scroll",()=>{if(k<3){k++;const p=document.createElement("p");p.textContent="第"+(k+1)+"屏：小区门禁改为刷脸进门。";document.getElementById("list").append(p);}});</script>',
      ),
    );
    await waitForReport(ext.worker, url);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 3);
    expect(tab.findings.map((f) => f.term)).toEqual(['刷脸', '刷脸', '刷脸']);
    await page.close();
  });

  it('a single-page app that changes route and content: old findings go, new ones come', async () => {
    const { page, url } = await open(html('<main id="app"><p>首页：我们会收集您的手机号码。</p></main>'));
    await waitForReportWhere(ext.worker, url, (t) => t.findings.some((f) => f.term === '手机号码'));
    await page.evaluate(() => {
      history.pushState({}, '', '/spa-route-2');
      document.getElementById('app')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: '第二页：员工需录入指纹打卡。' }));
    });
    const tab = await waitForReportWhere(ext.worker, FIXTURE_ORIGIN + '/spa-route-2', (t) => t.findings.some((f) => f.term === '指纹打卡')).catch(() =>
      waitForReportWhere(ext.worker, url, (t) => t.findings.some((f) => f.term === '指纹打卡')),
    );
    expect(tab.findings.map((f) => f.term)).toEqual(['指纹打卡']);
    await page.close();
  });
});

describe('where text hides', () => {
  it('reads open shadow roots and same-origin iframes', async () => {
    ext.proxy.pages.set('/frame-child.html', html('<p>子框架：本App会读取您的通讯录。</p>'));
    const { page, url } = await open(
      html(
        '<p>主页面文字。</p><div id="host"></div><iframe src="/frame-child.html"></iframe><script>document.getElementById("host").attachShadow({mode:"open"}).innerHTML="<p>影子树：门店使用人脸识别摄像头。</p>";</script>',
      ),
    );
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.findings.length >= 2);
    expect(tab.findings.map((f) => f.term).sort()).toEqual(['人脸识别摄像头', '通讯录'].sort());
    expect(tab.findings.find((f) => f.term === '通讯录')!.frameId).toBeGreaterThan(0);
    await page.close();
  });

  it('never reads password, text and textarea fields or contenteditable areas', async () => {
    const { page, url } = await open(
      html(
        '<p>普通段落。</p><input type="password" value="人脸识别"><input type="text" value="我们收集您的身份证号"><textarea>刷脸支付</textarea><div contenteditable="true">指纹打卡</div>',
      ),
    );
    await page.fill('input[type=text]', '采集人脸信息');
    await page.locator('[contenteditable]').pressSequentially('录入声纹');
    await page.waitForTimeout(800);
    const tab = await waitForReport(ext.worker, url);
    expect(tab.findings).toEqual([]);
    expect(await badgeText(ext.worker, tab.tabId)).toBe('');
    await page.close();
  });

  it('finds words split by zero-width characters', async () => {
    const { page, url } = await open(html('<p>本店已启用人\u200b脸\u200d识\u200b别系统。</p>'));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 1);
    expect(tab.findings[0]!.term).toBe('人脸识别系统');
    const marked = await markedTexts(page, 'face');
    expect(marked).toEqual(['人\u200b脸\u200d识\u200b别系统']);
    await page.close();
  });
});

describe('hostile text and hostile scripts', () => {
  it('shows markup-like page text as text in the popup and never runs it', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"> javascript:alert(1) </script><script>window.__pwned=2</script>';
    const { page, url } = await open(html(`<p id="t"></p><script>document.getElementById("t").textContent = ${JSON.stringify('商场用人脸识别抓拍顾客 ' + evil).replace(/</g, '\\u003c')};</script>`));
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 1);
    expect(tab.findings[0]!.sentence).toContain('<img src=x onerror=');
    const popup = await openPopup(ext, tab.tabId);
    let dialog = false;
    popup.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await popup.waitForSelector('[data-testid=finding]');
    expect(await popup.locator('[data-testid=finding]').first().textContent()).toContain('<img src=x onerror=');
    expect(await popup.locator('main img, main script').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialog).toBe(false);
    await popup.close();
    await page.close();
  });

  it('is unaffected by pages that break Array.prototype, JSON, Node.prototype and CSS.highlights', async () => {
    const { page, url } = await open(html('<p>本小区门禁已改为人脸识别。</p>'), () => {
      Array.prototype.push = () => {
        throw new Error('page broke push');
      };
      Array.prototype.map = () => {
        throw new Error('page broke map');
      };
      (window as unknown as { JSON: unknown }).JSON = { stringify: () => 'x', parse: () => null };
      Object.defineProperty(Node.prototype, 'firstChild', { get: () => null });
      Object.defineProperty(Node.prototype, 'lastChild', { get: () => null });
      Object.defineProperty(CSS, 'highlights', { value: { set() {}, get() {}, delete() {}, keys: () => [] } });
    });
    const tab = await waitForReportWhere(ext.worker, url, (t) => t.counted === 1);
    expect(tab.findings[0]!.term).toBe('人脸识别');
    expect(await highlightNames(page).catch(() => [])).toEqual([]); // the page sees only its own fake registry
    await page.close();
  });
});

describe('after all of the above', () => {
  it('no exception escaped into any page', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the extension made no network request', () => {
    const foreign = ext.proxy.foreign.filter((r) => {
      return !isChromiumOwnHost(hostOf(r.url));
    });
    expect(foreign, JSON.stringify(foreign)).toEqual([]);
  });
});

