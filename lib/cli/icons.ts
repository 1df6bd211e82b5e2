/**
 * npm run icons: render public/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/<size>.png), with the system Chromium. Run after editing the SVG; the PNGs
 * are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, ROOT } from './browser';

const svg = readFileSync(join(ROOT, 'public/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 96, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
