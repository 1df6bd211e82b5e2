import { clipReport, isMessage, sendToBackground, type PageReport } from '../messaging';
import { findingFilter, isSiteDisabled, parseStoredSettings, readSettings, SETTINGS_KEY, type Settings } from '../settings-core';
import { isTopFrame, watchFrameVisibility } from './frame';
import { highlightHost } from './highlight';
import { mayBePolicy } from '../policy/name';
import { Reporter } from './reporter';
import { createBackgroundReader } from './background-reader';
import { PageScanner } from './scanner';

/**
 * The text is read in the background, where the detector lives: this script carries no
 * lexicon and no rules, and the page's main thread pays only for collecting the text and
 * marking what was found.
 */
const readInBackground = createBackgroundReader((text, limit) => sendToBackground('contentAnalyze', { text, limit }));

/**
 * The content script: read the settings, scan, mark, report, answer the popup.
 *
 * It runs as a plain script (not WXT's content-script wrapper, whose start-up event a page
 * could replay to switch the script off, and whose message told every page the
 * extension's id). It sends nothing to the page and listens to nothing the page sends.
 */
export async function runContentScript(): Promise<void> {
  const win = window;
  const doc = document;
  const top = isTopFrame(win);
  const timeOrigin = performance.timeOrigin;
  const reporter = new Reporter<PageReport>({ send: (r) => sendToBackground('contentReportFindings', r) });
  let scanner: PageScanner | null = null;
  /** A subframe counts only once it has been seen (not 1x1, not invisible). */
  let frameVisible = top;

  const report = (r: PageReport) => reporter.submit({ ...r, timeOrigin, ...(frameVisible ? {} : { hidden: true, findings: [], total: 0, counted: 0, context: '' }) });

  const start = (settings: Settings) => {
    scanner?.stop();
    scanner = null;
    if (isSiteDisabled(settings, location.href)) {
      report({ ...clipReport(location.href, doc.title, []), disabled: true });
      return;
    }
    const s = new PageScanner({
      doc,
      read: readInBackground,
      host: highlightHost(win),
      marks: settings.marks,
      accept: findingFilter(settings, location.href),
      // Only the top frame's page can be a policy the popup digests.
      ...(top ? { mayBePolicy: (start: string) => mayBePolicy(doc.title, start) } : {}),
      report: (entries, timing, blocks, policy) =>
        report(clipReport(location.href, doc.title, entries.map((e) => e.finding), timing, s.context, [], blocks.map((b) => b.block), policy ?? undefined)),
    });
    scanner = s;
    void s.start();
  };

  const loadSettings = async (): Promise<Settings> => {
    if (browser.extension?.inIncognitoContext) {
      // A private window keeps its own changes in memory; the background holds them.
      const priv = await sendToBackground('contentGetSettings', null).catch(() => null);
      if (priv) return parseStoredSettings({ [SETTINGS_KEY]: priv }).settings;
    }
    return readSettings(browser.storage.local);
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(raw)) return undefined;
    switch (raw.type) {
      case 'toContentScrollToFinding': {
        const { index, span } = (raw.data ?? {}) as { index?: unknown; span?: { start?: unknown; end?: unknown } };
        const ok = typeof index === 'number' && (span === undefined || (typeof span.start === 'number' && typeof span.end === 'number'));
        return Promise.resolve(ok ? (scanner?.scrollTo(index as number, span as { start: number; end: number } | undefined) ?? false) : false);
      }
      case 'toContentScrollToClause': {
        const { start, end } = (raw.data ?? {}) as { start?: unknown; end?: unknown };
        const ok = Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number);
        return Promise.resolve(ok ? (scanner?.scrollToClause(start as number, end as number) ?? false) : false);
      }
      case 'toContentSettingsChanged':
        void loadSettings().then(start);
        return Promise.resolve(true);
      default:
        return undefined;
    }
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadSettings().then(start);
  });
  // The document goes away (navigation, reload, close, back/forward cache): its findings
  // go with it. A restored page reports again on pageshow (the scanner rescans).
  win.addEventListener('pagehide', () => void sendToBackground('contentFrameGone', { timeOrigin }).catch(() => {}));

  if (!top) {
    // A frame too small for a line of text is watched too: under load its size may not be
    // set yet when the script starts, and the observer measures what is on screen (a 1x1
    // ad frame never shows 40x16).
    frameVisible = await watchFrameVisibility(win, () => {
      frameVisible = true;
      // Seen at last (scrolled into view, or laid out late): report what the last scan found.
      const s = scanner;
      if (s) report(clipReport(location.href, doc.title, s.findings.map((e) => e.finding), undefined, s.context, [], s.blocks.map((b) => b.block)));
    });
  }
  start(await loadSettings());
}
