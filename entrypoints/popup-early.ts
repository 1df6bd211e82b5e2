import { startEarlyRead } from '@/lib/ui/first-read';

/**
 * A classic script in the popup's <head>: it starts reading the tab's findings from session
 * storage as the page is parsed, before the popup's modules have loaded (see
 * lib/ui/first-read.ts). Built as a plain script, listed in no manifest key.
 */
export default defineUnlistedScript(() => {
  startEarlyRead();
});
