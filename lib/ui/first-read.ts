import type { TabFindings } from '../messaging';
import { inPrivateWindow } from '../private-window';
import { uiScript } from './i18n';
import { readTabFindings, shownStories, storedStories, type ShownStory } from './tab-report';

/**
 * The popup's first read of its tab's findings, started by a small classic script in the
 * popup's <head> (entrypoints/popup-early.ts) while the browser still fetches the popup's
 * modules, and taken over by the popup when it runs (or started then, if the early script
 * did not run).
 */
export interface FirstRead {
  tabId: number | null;
  tab: TabFindings | null;
  /** The cards of the stories the background ranked for the tab, being fetched (none stored: undefined). */
  stories?: Promise<ShownStory[]>;
}

const EARLY_KEY = '__pnFirstRead';

/** The tab this popup is about: `?tab=<id>` when opened as a page, else the active tab. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab id and its findings: the storage read starts before the window's private flag is known. */
export async function readPopupFindings(): Promise<FirstRead> {
  const privateWindow = inPrivateWindow();
  const tabId = await resolveTabId();
  if (tabId === null) return { tabId, tab: null };
  const tab = await readTabFindings(browser.storage.session, tabId, privateWindow);
  // The stories the background ranked: their five cards are fetched at once, while the
  // popup's modules are still loading.
  const list = tab ? storedStories(tab, uiScript()) : null;
  if (!list) return { tabId, tab };
  const stories = shownStories(list, uiScript() === 'zh-Hant');
  stories.catch(() => undefined); // the popup awaits it and shows the error
  return { tabId, tab, stories };
}

/** Run by the early script: start the read and leave its promise for the popup. */
export function startEarlyRead(): void {
  performance.mark('pn:early-read'); // seen by the e2e test: the early script ran
  const read = readPopupFindings();
  read.catch(() => undefined); // the popup awaits it and shows the error
  (globalThis as Record<string, unknown>)[EARLY_KEY] = read;
}

/** The early read when there is one (taken once), else a new read. */
export function takeFirstRead(): Promise<FirstRead> {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_KEY];
  delete g[EARLY_KEY];
  return early instanceof Promise ? (early as Promise<FirstRead>) : readPopupFindings();
}
