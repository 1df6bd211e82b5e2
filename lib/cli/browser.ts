/**
 * Real-browser harness: the system Chromium with the built extension loaded, every
 * request routed through a local recording proxy. The proxy serves the fixture pages at
 * http://fixtures.test/ and records (and refuses) everything else, so a test can assert
 * that the extension made no network request at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize as normalizePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mergeFrames, type FrameReport, type StoredTabFrames } from '../background/tab-store';
import type { TabFindings, TabStories } from '../messaging';

/** The extension APIs as seen inside the service worker (evaluated there, not here). */
declare const chrome: {
  storage: { session: { get(keys: string | null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getPopup(details: { tabId: number }): Promise<string> };
};

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURE_DIR = join(ROOT, 'tests/fixtures/pages');
export const FIXTURE_ORIGIN = 'http://fixtures.test';
/** A second site, for third-party frames (ads, widgets) in tests. */
export const THIRD_ORIGIN = 'http://third.test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser to drive: CHROME_PATH, else a system Chromium; a clear error when none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install one with ` +
        '`sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

export interface RecordedRequest {
  method: string;
  url: string;
}

export interface FixtureProxy {
  port: number;
  /** Requests for anything other than the fixture pages. */
  foreign: RecordedRequest[];
  /** Fixture pages served. */
  served: string[];
  /** Extra pages served from memory, by path (fixtures.test) or by origin + path (third.test). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export async function startFixtureProxy(): Promise<FixtureProxy> {
  const foreign: RecordedRequest[] = [];
  const served: string[] = [];
  const pages = new Map<string, string>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '';
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    const thirdParty = parsed && parsed.origin === THIRD_ORIGIN ? pages.get(parsed.origin + parsed.pathname) : undefined;
    if (thirdParty !== undefined) {
      served.push(parsed!.origin + parsed!.pathname);
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(thirdParty);
      return;
    }
    if (!parsed || parsed.origin !== FIXTURE_ORIGIN) {
      foreign.push({ method: req.method ?? '?', url });
      res.writeHead(502).end();
      return;
    }
    served.push(parsed.pathname);
    if (parsed.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const extra = pages.get(parsed.pathname);
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(extra);
      return;
    }
    const file = normalizePath(join(FIXTURE_DIR, decodeURIComponent(parsed.pathname)));
    if (!file.startsWith(FIXTURE_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  // HTTPS and WebSocket attempts arrive as CONNECT: record and refuse.
  server.on('connect', (req: IncomingMessage, socket) => {
    foreign.push({ method: 'CONNECT', url: req.url ?? '' });
    // The browser may drop the tunnel first (a closed browser resets it): not an error here.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    foreign,
    served,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Chromium's own traffic: hosts it contacts with no extension loaded at all (component
 * updater, sign-in, network time, autofill, optimization hints), observed on this machine
 * with the flags below and no --load-extension. Requests to them are the browser's, not
 * the extension's; tests also check Playwright's attribution of extension requests.
 */
export function isChromiumOwnHost(host: string): boolean {
  return /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(host);
}

/** The host of a recorded request (absolute URL or CONNECT host:port). */
export function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `http://${url}`).hostname;
  } catch {
    return url;
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  proxy: FixtureProxy;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { extensionDir?: string; colorScheme?: 'light' | 'dark'; locale?: string; headless?: boolean; userDataDir?: string; direct?: boolean } = {},
): Promise<ExtensionBrowser> {
  // PN_EXTENSION_DIR: run the tests against another build (e.g. an older one, to see that a test fails there).
  const extensionDir = options.extensionDir ?? process.env.PN_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const proxy = await startFixtureProxy();
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless ?? !process.env.HEADFUL,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // `direct`: a real web address for `npm start -- URL` (no recording proxy).
      ...(options.direct ? [] : [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--no-pings',
      '--metrics-recording-only',
      // Chromium's own form-autofill server queries (seen as content-autofill.googleapis.com).
      '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,Translate',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    proxy,
    async close() {
      await context.close();
      await proxy.close();
    },
  };
}

/** A tab's merged findings, read from the service worker's session storage. */
export type StoredTab = TabFindings & { timing?: FrameReport['timing'] };

/**
 * The stories the background ranked for a tab (lib/background/story-jobs.ts), once stored;
 * null if none are stored within `timeoutMs` (an older build, or nothing to rank).
 */
export async function waitForStories(worker: Worker, tabId: number, timeoutMs = 5_000): Promise<TabStories | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const key = `tab:${tabId}`;
    const stored = (await worker.evaluate(async (k: string) => (await chrome.storage.session.get(k))[k], key)) as StoredTabFrames | undefined;
    if (stored?.stories) return stored.stories;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wait until the content script of the tab whose top frame shows `url` has reported. */
export async function waitForReport(worker: Worker, url: string, timeoutMs = 10_000): Promise<StoredTab> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = (await worker.evaluate(async () => Object.values(await chrome.storage.session.get(null)))) as StoredTabFrames[];
    const frames = stored.flatMap((t) => Object.values(t?.frames ?? {}));
    // Several tabs may show the same URL (an earlier test's tab may still be closing): take the newest.
    const top = frames.filter((f) => f && f.frameId === 0 && f.url === url).sort((a, b) => b.tabId - a.tabId)[0];
    if (top) {
      const merged = mergeFrames(top.tabId, frames.filter((f) => f.tabId === top.tabId))!;
      return { ...merged, ...(top.timing ? { timing: top.timing } : {}) };
    }
    if (Date.now() > deadline) throw new Error(`no report for ${url} after ${timeoutMs} ms (stored: ${frames.map((f) => f.url).join(', ') || 'none'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wait until the newest report for `url` satisfies `pred` (a rescan, a settings change…). */
export async function waitForReportWhere(worker: Worker, url: string, pred: (tab: StoredTab) => boolean, timeoutMs = 15_000): Promise<StoredTab> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tab = await waitForReport(worker, url, timeoutMs);
    if (pred(tab)) return tab;
    if (Date.now() > deadline) {
      throw new Error(`report for ${url} never matched: counted ${tab.counted}, disabled ${tab.disabled}, terms ${tab.findings.map((f) => f.term).join(',')}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The popup page the action opens for a tab. */
export async function popupOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
}

/** Highlight names registered on the page, as the page's own scripts see them. */
export async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]);
}

/** What a mark looks like, by its background colour (lib/page/highlight.ts). */
export const MARK_COLOURS: Record<string, string> = {
  'rgba(229, 57, 53, 0.28)': 'face',
  'rgba(251, 140, 0, 0.28)': 'biometric',
  'rgba(30, 136, 229, 0.22)': 'personal_data',
  'rgba(117, 117, 117, 0.18)': 'negated',
  'rgba(255, 235, 59, 0.9)': 'flash',
};

export interface PageView {
  /** Every registered highlight: its name, the colour the page can compute for it, its ranges' text. */
  highlights: { name: string; colour: string; kind: string; texts: string[] }[];
  /** Style sheets adopted by the document (the page can read them). */
  adoptedSheets: number;
  /** Elements in the body (the DOM is never changed). */
  elements: number;
}

/**
 * Everything about the marks that the page's own scripts can observe, read in the page's
 * main world: the attacker's view, used by tests to assert exactly what a page learns.
 */
export async function pageView(page: Page, frame?: import('playwright-core').Frame): Promise<PageView> {
  const target = frame ?? page.mainFrame();
  const view = await target.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const probe = document.body ?? document.documentElement;
    const highlights = [...reg.entries()].map(([name, h]) => ({
      name,
      colour: getComputedStyle(probe, `::highlight(${name})`).backgroundColor,
      texts: [...h].map((r) => r.toString()),
    }));
    return { highlights, adoptedSheets: document.adoptedStyleSheets.length, elements: document.body ? document.body.getElementsByTagName('*').length : 0 };
  });
  return { ...view, highlights: view.highlights.map((h) => ({ ...h, kind: MARK_COLOURS[h.colour] ?? 'unknown' })) };
}

/** The texts marked as one kind (face, biometric, personal_data, negated, flash), as the page sees them. */
export async function markedTexts(page: Page, kind: string): Promise<string[]> {
  return (await pageView(page)).highlights.filter((h) => h.kind === kind).flatMap((h) => h.texts);
}

export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Chromium with the extension allowed in private (incognito) windows: a first start
 * registers the extension in a fresh profile, the profile's preferences then allow it in
 * incognito (what the "Allow in Incognito" switch writes), and a second start uses it.
 */
export async function launchWithIncognito(): Promise<ExtensionBrowser & { dir: string }> {
  const { mkdtempSync, cpSync, readFileSync: read, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pn-private-'));
  const extensionDir = join(dir, 'ext');
  cpSync(process.env.PN_EXTENSION_DIR ?? EXTENSION_DIR, extensionDir, { recursive: true });
  const userDataDir = join(dir, 'profile');
  const first = await launchWithExtension({ extensionDir, userDataDir });
  const id = first.extensionId;
  await first.close();
  const prefsPath = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(read(prefsPath, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, unknown>> } };
  const entry = prefs.extensions?.settings?.[id];
  if (!entry) throw new Error(`launchWithIncognito: extension ${id} not found in ${prefsPath}`);
  entry.incognito = true;
  writeFileSync(prefsPath, JSON.stringify(prefs));
  return { ...(await launchWithExtension({ extensionDir, userDataDir })), dir };
}
