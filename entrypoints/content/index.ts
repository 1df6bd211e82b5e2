import { defaultMatcher } from '@/lib/detect/default-matcher';
import { clipReport, onMessage, sendMessage } from '@/lib/messaging';
import { highlightHost } from '@/lib/page/highlight';
import { PageScanner } from '@/lib/page/scanner';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const scanner = new PageScanner({
      doc: document,
      matcher: defaultMatcher(),
      host: highlightHost(window),
      report: (result, doc) => {
        // The background may be restarting; a lost report is replaced by the next scan.
        sendMessage('contentReportFindings', clipReport(location.href, doc.title, result.findings)).catch(() => {});
      },
    });
    scanner.start();
    onMessage('toContentScrollToFinding', ({ data }) => scanner.scrollTo(data.index));
    ctx.onInvalidated(() => scanner.stop());
  },
});
