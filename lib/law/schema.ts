import * as v from 'valibot';
import { CATEGORIES } from '../lexicon/types';

/**
 * Legal rules as data: one file per rule or checklist item in lib/law/data/, each naming
 * its law, article and source, with what it requires in our own words (zh and en). The
 * policy digest's checklist and flags cite these ids; the popup's "your rights" notes are
 * the `right` kind. Validated at build (npm run gen) and in tests.
 */
export const LAW_KINDS = [
  'checklist', // something a privacy policy must tell the reader
  'flag', // a practice a policy may show that the law restricts
  'right', // a right the reader has (shown beside findings)
] as const;

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Localized = v.strictObject({ zh: text, en: text });
const PartialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const LawRuleSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case ascii')),
  kind: v.picklist(LAW_KINDS),
  /** CN, TW, HK, EU, US-IL… */
  jurisdiction: v.pipe(v.string(), v.regex(/^[A-Z]{2}(?:-[A-Z]{2})?$/)),
  law: Localized,
  article: Localized,
  /** What the rule requires or gives, in our own words. */
  requires: Localized,
  /** For rights notes: which kinds of findings they go with. */
  categories: v.optional(v.array(v.picklist(CATEGORIES))),
  /** In force since. */
  inForce: PartialDate,
  source: v.strictObject({
    publisher: text,
    title: text,
    date: v.optional(PartialDate),
    url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//))),
  }),
  /** For maintainers: how the article was checked. Not shown. */
  notes: v.optional(v.string()),
});

export type LawRule = v.InferOutput<typeof LawRuleSchema>;

export function parseLawRule(input: unknown, file: string): LawRule {
  const result = v.safeParse(LawRuleSchema, input);
  if (!result.success) {
    const problems = result.issues.map((i) => `  ${i.path?.map((p) => String(p.key)).join('.') ?? '(root)'}: ${i.message}`);
    throw new Error(`law ${file}:\n${problems.join('\n')}`);
  }
  const expected = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (result.output.id !== expected) throw new Error(`law ${file}: id "${result.output.id}" must equal the file name "${expected}"`);
  return result.output;
}
