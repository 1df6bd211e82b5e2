import { defaultMatcher } from '@/lib/detect/default-matcher';
import { clipReport, onMessage, sendMessage } from '@/lib/messaging';
import { highlightHost } from '@/lib/page/highlight';
import { PageScanner, reportContext } from '@/lib/page/scanner';
import { findingFilter, isSiteDisabled, readSettings, type Settings } from '@/lib/settings-core';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Frames report on their own; the background merges them per tab.
  allFrames: true,
  async main(ctx) {
    let scanner: PageScanner | null = null;
    const report = (r: ReturnType<typeof clipReport>) => {
      // The background may be restarting; a lost report is replaced by the next scan.
      sendMessage('contentReportFindings', r).catch(() => {});
    };
    const start = (settings: Settings) => {
      scanner?.stop();
      scanner = null;
      if (isSiteDisabled(settings, location.href)) {
        report({ ...clipReport(location.href, document.title, []), disabled: true });
        return;
      }
      scanner = new PageScanner({
        doc: document,
        matcher: defaultMatcher(),
        host: highlightHost(window),
        marks: settings.marks,
        accept: findingFilter(settings, location.href),
        report: (entries, timing) => report(clipReport(location.href, document.title, entries.map((e) => e.finding), timing, reportContext(entries))),
      });
      void scanner.start();
    };
    onMessage('toContentScrollToFinding', ({ data }) => scanner?.scrollTo(data.index) ?? false);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void readSettings(browser.storage.local).then(start);
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChanged);
      scanner?.stop();
    });
    start(await readSettings(browser.storage.local));
  },
});
