/**
 * Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * the Firefox MV3 build installed as a temporary add-on. BiDi refuses to open
 * moz-extension:// pages, so the popup is tested in Chromium only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ORIGIN, MARK_COLOURS, ROOT, startFixtureProxy, type FixtureProxy } from '../../lib/cli/browser';

// PN_FIREFOX_DIR: run against another build (e.g. an older one, to see that a test fails there).
const FIREFOX_BUILD = process.env.PN_FIREFOX_DIR ?? join(ROOT, '.output/firefox-mv3');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function findFirefox(): string {
  const env = process.env.FIREFOX_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`FIREFOX_PATH is set to ${env}, but no file is there.`);
    return env;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`No Firefox found (looked at ${CANDIDATES.join(', ')}). Install it with \`sudo apt-get install -y firefox-esr\` or set FIREFOX_PATH.`);
  return found;
}

let browser: Browser;
let proxy: FixtureProxy;

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  proxy = await startFixtureProxy();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

/** The kinds of marks on a page, told by the colour the page itself can compute for each highlight. */
async function highlightsOn(path: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(FIXTURE_ORIGIN + path);
  // The scan runs after the first paint; give it a moment, then read the registry as the page sees it.
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 3000 }).catch(() => {});
  const colours = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].map((name) => getComputedStyle(document.body, `::highlight(${name})`).backgroundColor),
  );
  await page.close();
  return colours.map((c) => MARK_COLOURS[c] ?? `unknown ${c}`);
}

describe('Firefox (firefox-esr, BiDi)', () => {
  it('marks mentions on a positive page', async () => {
    expect(await highlightsOn('/demo.html')).toEqual(expect.arrayContaining(['face', 'personal_data']));
  }, 30_000);

  it('leaves a negative page unmarked', async () => {
    expect(await highlightsOn('/negative-bees.html')).toEqual([]);
  }, 30_000);
});

describe('Firefox: a page can neither switch us off nor watch us', () => {
  async function openPage(body: string): Promise<import('puppeteer-core').Page> {
    const path = `/ff-attack-${Math.random().toString(36).slice(2)}.html`;
    proxy.pages.set(path, `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
    const page = await browser.newPage();
    await page.goto(FIXTURE_ORIGIN + path);
    return page;
  }
  const markedKinds = (page: import('puppeteer-core').Page) =>
    page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()].map(([name, h]) => ({
        name,
        colour: getComputedStyle(document.body, `::highlight(${name})`).backgroundColor,
        texts: [...h].map((r) => r.toString()),
      })),
    );

  it('replayed start-up events do not stop the scan, and no message names the extension', async () => {
    const page = await openPage(
      '<p>本店入口已启用人脸识别。</p><div id="late"></div><script>window.__messages=[];addEventListener("message",(e)=>{window.__messages.push(JSON.stringify(e.data));if(e.data&&typeof e.data.type==="string")document.dispatchEvent(new CustomEvent(e.data.type,{detail:{contentScriptName:"content",messageId:"x"}}));});setTimeout(()=>{document.getElementById("late").textContent="后来：小区门禁改为刷脸进门。";},1500);</script>',
    );
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0) >= 2, { timeout: 10_000 });
    const marks = await markedKinds(page);
    expect(marks.flatMap((m) => m.texts).sort()).toEqual(['人脸识别', '刷脸'].sort());
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages.filter((m) => /wxt|moz-extension|privacy-notices/.test(m)))).toEqual([]);
    await page.close();
  }, 30_000);

  it('sees nothing on a page with nothing found; random, category-free names where something is marked', async () => {
    const empty = await openPage('<p>今天天气很好。</p>');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await empty.evaluate(() => [(CSS as unknown as { highlights: Map<string, unknown> }).highlights.size, document.adoptedStyleSheets.length])).toEqual([0, 0]);
    await empty.close();
    const page = await openPage('<p>售楼处用人脸识别抓拍访客。</p>');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 5000 });
    const marks = await markedKinds(page);
    expect(marks.map((m) => MARK_COLOURS[m.colour])).toEqual(['face']);
    expect(marks[0]!.name).toMatch(/^h[0-9a-z]{10}$/);
    await page.close();
  }, 30_000);

  it('a clock ticking every 100 ms does not stop later content from being scanned', async () => {
    const page = await openPage(
      '<p>时间：<span id="clock">0</span></p><div id="feed"></div><script>setInterval(()=>{document.getElementById("clock").textContent=performance.now().toFixed(1);},100);setTimeout(()=>{const p=document.createElement("p");p.textContent="小区门禁改为刷脸";document.getElementById("feed").append(p);},2500);</script>',
    );
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 8000 });
    expect((await markedKinds(page)).flatMap((m) => m.texts)).toEqual(['刷脸']);
    await page.close();
  }, 30_000);
});
