import * as v from 'valibot';
import { DATA_TYPES } from '../lexicon/data-types';
import { STORY_ID } from './cards';

/** What kind of enforcement action a story is. */
export const STORY_KINDS = [
  'penalty', // administrative fine or sanction decided by a regulator
  'judgment', // civil or administrative court ruling
  'criminal_judgment', // criminal conviction
  'settlement', // court-approved settlement or consent decree
  'order', // regulator's order to stop, delete, remove an app, rectify
  'determination', // regulator's formal finding of a breach (e.g. OAIC determinations)
  'recommendation', // procuratorate's formal recommendation (检察建议)
  'public_interest_litigation', // public-interest suit brought by a procuratorate or body
  'notice', // regulator's published notice naming violators (通报)
] as const;

export const SECTORS = [
  'real_estate', 'retail', 'property_management', 'app', 'social_media', 'venue', 'school', 'workplace',
  'finance', 'transport', 'healthcare', 'government', 'other',
] as const;

/** Story data types are the lexicon's data taxonomy (one vocabulary for findings, claims and stories). */
export { DATA_TYPES, type DataType } from '../lexicon/data-types';

/**
 * The practice a case is about, tagged by the story's author (coverage is counted by
 * these tags; the ranking reads practices from the text itself, lib/stories/cues.ts).
 */
export const PRACTICES = [
  'face_boarding_transport', // airports, rail and metro face boarding or ticket checks
  'school', // attendance, dormitories, exams, smart campus
  'workplace_attendance', // face or fingerprint clocking in, employee monitoring
  'voice', // voiceprints and voice data: banks, call centres, voice ID, smart speakers
  'health', // clinics, hospitals, health apps, wearables
  'children', // children's apps, toys, education platforms, COPPA
  'app_permissions_sdk', // apps calling permissions, over-collection, SDK sharing (MIIT/CAC notices)
  'cross_border', // data sent abroad
  'data_sale_leak', // selling or leaking personal data (criminal cases, breaches)
  'social_media_face', // face tagging, photo scraping, face search engines
  'property_gates', // residential compounds, face-only entry
  'retail_venues', // shops, sales offices, malls, venues: capturing customers' faces
  'surveillance_public', // police and public-space cameras, face search by authorities
  'deepfake', // face swapping, synthetic faces
] as const;

export type StoryKind = (typeof STORY_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type Practice = (typeof PRACTICES)[number];

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** Text a reader sees, in Chinese and English. */
const Localized = v.strictObject({ zh: text, en: text });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return y! >= 1990 && y! <= 2100;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const dt = new Date(Date.UTC(y!, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'date is not a real calendar date'),
);

const Url = v.pipe(v.string(), v.url('url is not a URL'), v.regex(/^https?:\/\//, 'url must be http(s)'));

export const SourceSchema = v.strictObject({
  publisher: text,
  /** The title as published, in its own language. */
  title: text,
  date: v.optional(PartialDate),
  /** Only the original publisher's or an official address, never a mirror. */
  url: v.optional(Url),
  /** A secondary page (law-firm note, aggregator, vendor blog): never a story's only source. */
  commentary: v.optional(v.literal(true)),
});

export const StorySchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(STORY_ID, 'id must be kebab-case ascii')),
    kind: v.picklist(STORY_KINDS),
    title: Localized,
    /** Date of the decision, ruling or announcement (see sources). */
    date: PartialDate,
    jurisdiction: v.strictObject({
      /** ISO 3166-1 alpha-2 (CN, TW, HK, US, FR…). */
      country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code')),
      region: v.optional(Localized),
      city: v.optional(Localized),
    }),
    authority: Localized,
    /** Who was sanctioned or sued, when the sources name them. */
    target: v.optional(Localized),
    sector: v.picklist(SECTORS),
    dataTypes: v.pipe(v.array(v.picklist(DATA_TYPES)), v.minLength(1, 'dataTypes must not be empty')),
    /** What practice the case is about (coverage counts; see PRACTICES). */
    practices: v.optional(v.array(v.picklist(PRACTICES))),
    violation: Localized,
    outcome: v.strictObject({
      text: Localized,
      /** The largest single amount imposed, in `currency`'s units. */
      amount: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
      currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code'))),
    }),
    law: Localized,
    summary: Localized,
    sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a story needs at least one source')),
    /** Maintainer notes: what is uncertain, how facts were checked. Not shown to readers. */
    notes: v.optional(v.string()),
  }),
  v.check((s) => (s.outcome.amount === undefined) === (s.outcome.currency === undefined), 'outcome.amount and outcome.currency go together'),
  v.check((s) => s.sources.some((src) => !src.commentary), 'a story needs a source that is not commentary'),
);

export type Story = v.InferOutput<typeof StorySchema>;
export type StorySource = v.InferOutput<typeof SourceSchema>;

/** Validate one parsed story file; the error names the file and every problem. */
export function parseStory(input: unknown, file: string): Story {
  const result = v.safeParse(StorySchema, input);
  if (result.success) {
    const story = result.output;
    const expected = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
    if (story.id !== expected) throw new Error(`story ${file}: id "${story.id}" must equal the file name "${expected}"`);
    return story;
  }
  const problems = result.issues.map((i) => {
    const path = i.path?.map((p) => String(p.key)).join('.') ?? '(root)';
    return `  ${path}: ${i.message}`;
  });
  throw new Error(`story ${file}:\n${problems.join('\n')}`);
}
