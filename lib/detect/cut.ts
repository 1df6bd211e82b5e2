/**
 * Where a long text may be cut into pieces that are read apart with the same result as
 * whole (lib/detect/chunked.ts; the content script also cuts text too long for one
 * message there): no rule looks across a line break except a lead-in and the list
 * lines under it. Pure and small: it carries no lexicon.
 */

/** Sentence and clause ends a piece may stop after: 。！？!?；; */
const ENDS = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);
/** A line that continues a list: it starts with an enumerator. */
const LIST_START = /^[\s*_#>]*(?:\d{1,2}[、.)．）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）]|[•·・‧▪◦●○■□◆\-–—*]|[a-z][.)、])/;
const LEAD_END = /(?:[:：]|包括|包含|如下|以下|例如|比如|such as|including|include|includes|following)[\s*_]*$/;

/** Where to end a piece that should end near `at`: a safe line break, else a sentence end, else at the piece size. */
export function cutAfter(text: string, at: number, chunkChars: number): number {
  const limit = Math.min(text.length, at + chunkChars);
  let nl = text.indexOf('\n', at);
  while (nl >= 0 && nl < limit) {
    const prev = text.slice(Math.max(0, nl - 40), nl);
    const next = text.slice(nl + 1, nl + 13);
    if (!LEAD_END.test(prev) && !LIST_START.test(next)) return nl + 1;
    nl = text.indexOf('\n', nl + 1);
  }
  for (let i = at; i < limit; i++) if (ENDS.has(text.charCodeAt(i))) return i + 1;
  return limit;
}

