import { defaultMatcher } from '@/lib/detect/default-matcher';
import { clipReport, onMessage, sendMessage } from '@/lib/messaging';
import { highlightHost } from '@/lib/page/highlight';
import { PageScanner } from '@/lib/page/scanner';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Frames report on their own; the background merges them per tab.
  allFrames: true,
  main(ctx) {
    const scanner = new PageScanner({
      doc: document,
      matcher: defaultMatcher(),
      host: highlightHost(window),
      report: (entries, timing) => {
        const report = clipReport(location.href, document.title, entries.map((e) => e.finding), timing);
        // The background may be restarting; a lost report is replaced by the next scan.
        sendMessage('contentReportFindings', report).catch(() => {});
      },
    });
    void scanner.start();
    onMessage('toContentScrollToFinding', ({ data }) => scanner.scrollTo(data.index));
    ctx.onInvalidated(() => scanner.stop());
  },
});
