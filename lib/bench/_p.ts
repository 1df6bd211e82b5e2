import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startFixtureProxy, FIXTURE_ORIGIN } from '../cli/browser';
import { generatePage } from './pages';
const proxy = await startFixtureProxy();
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--no-sandbox'] });
const js = readFileSync('/tmp/inpage.js', 'utf8');
for (const size of [100_000, 1_000_000, 5_000_000]) {
  proxy.pages.set(`/g${size}.html`, generatePage(size));
  const page = await ctx.newPage();
  await page.goto(`${FIXTURE_ORIGIN}/g${size}.html`);
  await page.addScriptTag({ content: js });
  for (let i = 0; i < 3; i++) console.log(size, JSON.stringify(await page.evaluate(() => (window as any).__pnBench.phases())));
  await page.close();
}
await ctx.close(); await proxy.close();
