import { runContentScript } from '@/lib/page/content-main';

/**
 * The content script, built as a plain script and declared in the manifest by
 * wxt.config.ts (not with defineContentScript: WXT's wrapper posts a start-up message
 * carrying the extension's id into every page, and a page that replays it switches the
 * script off). See lib/page/content-main.ts.
 */
export default defineUnlistedScript(() => {
  void runContentScript();
});
