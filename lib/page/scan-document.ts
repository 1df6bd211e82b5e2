import { detectSteps } from '../detect/chunked';
import type { Matcher } from '../detect/match';
import { collectSteps } from './collect';
import { MAX_FINDINGS, rangeFor, type PageFinding } from './scanner';
import { PageVisibility } from './visibility';

/** One synchronous scan of a document with the detector in place (tests and Node tools; the extension reads in the background). */
export function scanDocument(doc: Document, matcher: Matcher): PageFinding[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const steps = collectSteps(root, new PageVisibility(doc).options(), Number.MAX_SAFE_INTEGER);
  let r = steps.next();
  while (!r.done) r = steps.next();
  const collected = r.value;
  const d = detectSteps(collected.text, matcher, { limit: MAX_FINDINGS });
  let f = d.next();
  while (!f.done) f = d.next();
  return f.value.map((finding) => ({ finding, range: rangeFor(doc, collected, finding) }));
}
