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

const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
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
