import { analyzeText } from './chunked';
import { claimsFromBlocks, type Claim } from './claims';
import type { Analysis } from './detect';
import type { Matcher } from './match';

/**
 * Findings and claims of a text, the way the extension reads a page: the content script's
 * pieces and blocks, then the background's claims from the blocks. The CLI and the
 * evaluations use this, so they measure what the extension shows.
 */
export function readText(text: string, matcher: Matcher): Analysis & { claims: Claim[] } {
  const analysis = analyzeText(text, matcher);
  return { ...analysis, claims: claimsFromBlocks(analysis.blocks, matcher) };
}
