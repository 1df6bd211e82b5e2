import type { Matcher } from '../detect/match';
import { fold } from '../detect/normalize';
import { standaloneCueSpans } from './cues';

/** Characters read for the words of a standalone practice: a page names its practice early (its headline, its first paragraphs). */
export const STANDALONE_CUE_CHARS = 20_000;

/**
 * Where a text with no finding names a standalone practice (cues.ts: STANDALONE_PRACTICES),
 * in its first STANDALONE_CUE_CHARS characters, folded as the detector folds (offsets are
 * the text's own: the fold maps one code unit to one). The background reads them for the
 * content script, which reports the text around them as the page's story context.
 */
export function standaloneCues(text: string, matcher: Pick<Matcher, 'fold'>): [number, number][] {
  const head = text.length > STANDALONE_CUE_CHARS ? text.slice(0, STANDALONE_CUE_CHARS) : text;
  return standaloneCueSpans(fold(head, 0, head.length, matcher.fold));
}
