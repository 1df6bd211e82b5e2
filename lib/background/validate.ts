import * as v from 'valibot';
import { ACTIONS, CATEGORIES, DATA_TYPES } from '../lexicon/types';
import { LIMITS, type PageReport } from '../messaging';

/** Every content-script report is checked against this before it is stored (hostile pages). */
const FindingSchema = v.strictObject({
  category: v.picklist(CATEGORIES),
  term: v.pipe(v.string(), v.maxLength(LIMITS.termChars)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sentence: v.pipe(v.string(), v.maxLength(LIMITS.sentenceChars)),
  negated: v.boolean(),
  verb: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.termChars))),
  match: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.termChars))),
  type: v.picklist(DATA_TYPES),
  generic: v.optional(v.boolean()),
  definition: v.optional(v.boolean()),
});

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const SpanSchema = v.strictObject({ text: v.pipe(v.string(), v.maxLength(LIMITS.spanChars)), start: Offset, end: Offset });
/** Claims as stored (the background reads them from the blocks; no page sends claims). */
export const ClaimSchema = v.strictObject({
  action: v.picklist(ACTIONS),
  negated: v.boolean(),
  data: v.pipe(
    v.array(v.strictObject({ text: v.pipe(v.string(), v.maxLength(LIMITS.spanChars)), start: Offset, end: Offset, type: v.picklist(DATA_TYPES), sensitive: v.boolean(), generic: v.optional(v.boolean()) })),
    v.maxLength(LIMITS.claimData),
  ),
  actor: v.optional(SpanSchema),
  recipient: v.optional(SpanSchema),
  purpose: v.optional(SpanSchema),
  condition: v.optional(SpanSchema),
  abroad: v.optional(v.boolean()),
  sentence: v.pipe(v.string(), v.maxLength(LIMITS.claimSentenceChars)),
  start: Offset,
  end: Offset,
  reason: v.picklist(['action-list', 'object-first', 'noun-form', 'permission']),
  block: v.optional(Offset),
});

export const PageReportSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(LIMITS.urlChars)),
  title: v.pipe(v.string(), v.maxLength(LIMITS.titleChars)),
  /** Capped at LIMITS.findings; `total` says how many there were. */
  findings: v.pipe(v.array(FindingSchema), v.maxLength(LIMITS.findings)),
  blocks: v.optional(
    v.pipe(
      v.array(v.strictObject({ start: Offset, end: Offset, listStart: Offset, text: v.pipe(v.string(), v.maxLength(LIMITS.blockChars)) })),
      v.maxLength(LIMITS.blocks),
      v.check((bs) => bs.reduce((n, b) => n + b.text.length, 0) <= LIMITS.blocksTotalChars, 'blocks too long in all'),
    ),
  ),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Findings that count (not negated), over all of them, not only the capped list. */
  counted: v.pipe(v.number(), v.integer(), v.minValue(0)),
  disabled: v.optional(v.boolean()),
  hidden: v.optional(v.boolean()),
  timeOrigin: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  context: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.contextChars))),
  policy: v.optional(v.strictObject({ text: v.pipe(v.string(), v.maxLength(LIMITS.policyChars)), truncated: v.optional(v.boolean()) })),
  timing: v.optional(
    v.strictObject({ start: v.number(), end: v.number(), busy: v.number(), longestSlice: v.number(), longestStep: v.optional(v.pipe(v.string(), v.maxLength(16))),
      byStep: v.optional(v.pipe(v.record(v.pipe(v.string(), v.maxLength(16)), v.number()), v.check((o) => Object.keys(o).length <= 12, 'too many steps'))),
      wait: v.optional(v.number()),
      worker: v.optional(v.number()),
    }),
  ),
});


/** The validated report, or null for anything malformed or oversized. */
export function parsePageReport(raw: unknown): PageReport | null {
  const result = v.safeParse(PageReportSchema, raw);
  return result.success ? result.output : null;
}
