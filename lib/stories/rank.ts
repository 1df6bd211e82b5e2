import { CATEGORIES, type Category } from '../lexicon/types';
import { CATEGORY_DATA_TYPES, COUNTRY_CUES, cueCount, cueTest, DATA_TYPE_CUES, KIND_CUES, PRACTICE_CUES, type Practice, SECTOR_CUES, SECTOR_LABELS, TAG_LABELS } from './cues';
import { pairsConverter } from './hant';
import { placeKeys, type StoryIndex } from './index-build';
import type { DataType, Practice as StoryTag, Sector, Story } from './schema';
import { tokenizeQuery } from './tokenize';

/** What the ranking knows about a page. */
export interface StoryQuery {
  /** Finding sentences and the page title. */
  text: string;
  /** Categories of the page's non-negated findings. */
  categories: readonly Category[];
  /** 'zh' or 'en' when known; a small boost for stories from the same language area. */
  lang?: 'zh' | 'en';
  /** What the page's claims and policy digest say (lib/stories/signals.ts). */
  signals?: { dataTypes: readonly DataType[]; tags: readonly StoryTag[]; sectors: readonly Sector[] };
}

/** Why a story was picked, in data form; the popup and CLI render it. */
export interface StoryWhy {
  words: string[];
  categories: Category[];
  sector?: Sector;
  place?: string;
  /** Practices (how the data is used) the page and the story share. */
  practices?: Practice[];
  /** The best-matching story, when this one is a close relative of it (same company, same kind of case). */
  related?: string;
  /** Story tags the page's claims or digest point to (cross-border, children's data…). */
  tags?: StoryTag[];
}

export interface RankedStory {
  id: string;
  score: number;
  why: StoryWhy;
}

const K1 = 1.2;
const B = 0.75;
/** Boost weights, tuned on the dev queries (tests/fixtures/story-queries). */
export const DEFAULT_BOOSTS = { bm25: 0.6, category: 1.5, sector: 6, place: 5, region: 5, practice: 6, country: 1, kind: 0, dataType: 2, lang: 0.5, recencyPerYear: 0.05, related: 20, placeAlone: 0.5, tag: 4 };
export type Boosts = typeof DEFAULT_BOOSTS;
/** Cosine similarity above which a story counts as a close relative of the top story (for "why"). */
const RELATED_MIN = 0.3;
/** The share of the sector boost a story gets on a page that names a practice the story does not share. */
const SECTOR_WITHOUT_PRACTICE = 0.25;
/** The story tag (schema PRACTICES) each practice of the page's words belongs to, where one does. */
const TAG_OF_PRACTICE: Partial<Record<Practice, StoryTag>> = { period_tracking: 'health', voice_id: 'voice', genetic_data: 'health', smart_toys: 'children', attendance: 'workplace_attendance', worker_monitoring: 'workplace_attendance', travel_checks: 'face_boarding_transport', deepfake: 'deepfake', tagging: 'social_media_face', face_search: 'social_media_face', voice_devices: 'voice', voice_clone: 'voice', waybill: 'data_sale_leak', data_sale: 'data_sale_leak', order_scam: 'data_sale_leak', doxxing: 'data_sale_leak', transfer_abroad: 'cross_border', customer_analytics: 'retail_venues', watchlist: 'retail_venues', buyer_source: 'retail_venues' };
/** A story needs at least this score to be shown at all. */
const MIN_SCORE = 1;

export interface Ranker {
  rank(query: StoryQuery, limit?: number): RankedStory[];
  queryTokens(text: string): string[];
  /** The practices a text's words name (PRACTICE_CUES), as rank reads them. */
  practices(text: string): Practice[];
}

type CueTests<K extends string> = [K, (text: string) => boolean][];
const compile = <K extends string>(lists: Partial<Record<K, readonly string[]>>): CueTests<K> =>
  (Object.entries(lists) as [K, readonly string[]][]).map(([k, cues]) => [k, cueTest(cues)]);
const SECTOR_COUNTS = (Object.entries(SECTOR_CUES) as [Sector, readonly string[]][]).map(([k, cues]) => [k, cueCount(cues)] as const);
/**
 * The sectors a page is about: those whose words occur at least half as often as the most
 * frequent sector's (a shopping scam that mentions the bank once is not a bank page).
 */
function pageSectors(text: string): Set<Sector> {
  const counts = SECTOR_COUNTS.map(([k, count]) => [k, count(text)] as const).filter(([, n]) => n > 0);
  const max = Math.max(0, ...counts.map(([, n]) => n));
  return new Set(counts.filter(([, n]) => 2 * n >= max).map(([k]) => k));
}
const COUNTRY_TESTS = compile(COUNTRY_CUES);
const DATA_TYPE_TESTS = compile(DATA_TYPE_CUES);
const PRACTICE_TESTS: CueTests<Practice> = (Object.keys(PRACTICE_CUES) as Practice[]).map((k) => [k, cueTest(PRACTICE_CUES[k].cues)]);
const KIND_TESTS = KIND_CUES.map((k) => [k.kinds, cueTest(k.cues)] as const);
/** The keys whose cues occur in lower-cased, folded text. */
const present = <K extends string>(tests: CueTests<K>, text: string) => new Set(tests.filter(([, test]) => test(text)).map(([k]) => k));

/** Practices a story describes, from its own title, summary and violation. */
export function storyPractices(story: Pick<Story, 'title' | 'summary' | 'violation'>): Set<Practice> {
  const text = [story.title, story.summary, story.violation].flatMap((t) => [t.zh, t.en]).join('\n').toLowerCase();
  return present(PRACTICE_TESTS, text);
}

/**
 * What the ranker reads of a story: its facts for the boosts, and the practices its text
 * describes (computed at build time for the popup's compact index, lib/cli/gen-stories.ts).
 */
export type StoryMeta = Pick<Story, 'id' | 'dataTypes' | 'sector' | 'practices' | 'jurisdiction' | 'date' | 'kind'> & { textPractices: Practice[] };

export function storyMeta(s: Story): StoryMeta {
  const { id, dataTypes, sector, practices, jurisdiction, date, kind } = s;
  return { id, dataTypes, sector, ...(practices ? { practices } : {}), jurisdiction, date, kind, textPractices: [...storyPractices(s)] };
}

export function createRanker(index: StoryIndex, input: readonly (Story | StoryMeta)[], BOOST: Boosts = DEFAULT_BOOSTS): Ranker {
  const stories: StoryMeta[] = input.map((s) => ('textPractices' in s ? s : storyMeta(s)));
  const toSimplified = pairsConverter(index.queryFolds);
  /** Lower-case, and Traditional characters to the index's Simplified ones. */
  const foldQuery = (text: string) => toSimplified(text.toLowerCase());
  const vocab = new Map(index.vocab.map((w, i) => [w, i]));
  const vocabSet = new Set(index.vocab);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const n = index.docs.length;
  const idf = index.df.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const newestYear = stories.reduce((y, s) => Math.max(y, Number(s.date.slice(0, 4))), 0);
  // A word in at most a sixth of the stories (and at most 12) is "telling".
  const tellingDf = Math.max(1, Math.min(12, Math.floor(n / 6)));
  const tellingIdf = Math.log(1 + (n - tellingDf + 0.5) / (tellingDf + 0.5));

  const storyPracticeSets = new Map(stories.map((s) => [s.id, new Set(s.textPractices)]));
  // City -> its province/state, from the stories' own jurisdictions (宁波 -> 浙江).
  const regionsOfPlace = new Map<string, Set<string>>();
  const storyRegions = new Map<string, string[]>();
  for (const s of stories) {
    const regions = placeKeys(s.jurisdiction.region);
    storyRegions.set(s.id, regions);
    for (const city of placeKeys(s.jurisdiction.city)) for (const r of regions) (regionsOfPlace.get(city) ?? regionsOfPlace.set(city, new Set()).get(city)!).add(r);
  }
  // Cosine of two stories' tf-idf vectors, for "close relatives of the best match". Made
  // per query against the best match only (a popup ranks once: building every story's
  // vector up front, or one per candidate, cost more than the rest of the query).
  const weightsOf = (d: number) => {
    const doc = index.docs[d]!;
    return doc.terms.map((t, i) => idf[t]! * Math.log(1 + doc.tfs[i]!));
  };
  const similarTo = (best: number): ((d: number) => number) => {
    const dense = new Float64Array(index.vocab.length);
    const w = weightsOf(best);
    const norm = Math.sqrt(w.reduce((a, x) => a + x * x, 0)) || 1;
    index.docs[best]!.terms.forEach((t, i) => (dense[t] = w[i]! / norm));
    return (d) => {
      const doc = index.docs[d]!;
      let dot = 0;
      let sq = 0;
      doc.terms.forEach((t, i) => {
        const x = idf[t]! * Math.log(1 + doc.tfs[i]!);
        sq += x * x;
        dot += x * dense[t]!;
      });
      return dot / (Math.sqrt(sq) || 1);
    };
  };

  // Place names score through the place boost, not also as BM25 words (they counted twice).
  const placeWords = new Set([...Object.keys(index.places), ...Object.values(COUNTRY_CUES).flat()]);
  const queryTokens = (text: string) => tokenizeQuery(foldQuery(text), vocabSet, index.maxWordLength);

  function rank(query: StoryQuery, limit = 5): RankedStory[] {
    const text = foldQuery(query.text);
    const terms = new Set<number>();
    for (const w of queryTokens(text)) {
      const id = vocab.get(w);
      if (id !== undefined && !placeWords.has(w)) terms.add(id);
    }
    const sectors = pageSectors(text);
    for (const s of query.signals?.sectors ?? []) sectors.add(s);
    const placesHere = Object.keys(index.places).filter((p) => text.includes(p));
    const regionsHere = new Set(placesHere.flatMap((p) => [p, ...(regionsOfPlace.get(p) ?? [])]));
    const countriesHere = present(COUNTRY_TESTS, text);
    const typesHere = present(DATA_TYPE_TESTS, text);
    for (const t of query.signals?.dataTypes ?? []) typesHere.add(t);
    const tagsHere = new Set(query.signals?.tags ?? []);
    const practicesHere = present(PRACTICE_TESTS, text);
    // The practices the page's words name point to the story tags they belong to, as claims do.
    for (const p of practicesHere) {
      const tag = TAG_OF_PRACTICE[p];
      if (tag) tagsHere.add(tag);
    }
    // Kind cues (court, fine, prosecutor) carry no weight by default (a grid over the dev set gave them none): skip them then.
    const kindsHere = new Set(BOOST.kind ? KIND_TESTS.filter(([, test]) => test(text)).flatMap(([kinds]) => kinds) : []);
    // Each query word's place in the query: a story's shared words are summed in that order.
    const queryOrder = new Map([...terms].map((t, k) => [t, k]));
    const out: (RankedStory & { doc: number })[] = [];
    index.docs.forEach((doc, d) => {
      const story = byId.get(doc.id);
      if (!story) return;
      const shared: [order: number, term: number, tf: number][] = [];
      doc.terms.forEach((t, i) => {
        const k = queryOrder.get(t);
        if (k !== undefined && doc.tfs[i]) shared.push([k, t, doc.tfs[i]!]);
      });
      shared.sort((a, b) => a[0] - b[0]);
      const contributions: [string, number][] = [];
      let score = 0;
      for (const [, t, f] of shared) {
        const c = (BOOST.bm25 * idf[t]! * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.len) / index.avgdl));
        score += c;
        contributions.push([index.vocab[t]!, c]);
      }
      const why: StoryWhy = { words: [], categories: [] };
      for (const c of CATEGORIES) {
        if (query.categories.includes(c) && story.dataTypes.some((t) => CATEGORY_DATA_TYPES[c].includes(t))) {
          why.categories.push(c);
        }
      }
      score += BOOST.category * why.categories.length;
      const practices = [...storyPracticeSets.get(doc.id)!].filter((p) => practicesHere.has(p));
      if (sectors.has(story.sector)) {
        // On a page that names a practice, the sector alone counts a quarter: a voice-clone scam
        // that names a bank account is not about banks.
        score += BOOST.sector * (practicesHere.size > 0 && practices.length === 0 ? SECTOR_WITHOUT_PRACTICE : 1);
        why.sector = story.sector;
      }
      if (countriesHere.has(story.jurisdiction.country)) {
        score += BOOST.country;
        why.place ??= story.jurisdiction.country;
      }
      if (kindsHere.has(story.kind)) score += BOOST.kind;
      if (practices.length) {
        score += BOOST.practice * Math.min(2, practices.length);
        why.practices = practices;
      }
      // The same place counts fully only for a story about the same sector or practice: a
      // Shanghai supermarket page is not about a Shanghai sales office.
      const placeWeight = why.sector || practices.length ? 1 : BOOST.placeAlone;
      const place = placesHere.find((p) => index.places[p]!.includes(doc.id));
      if (place) {
        score += BOOST.place * placeWeight;
        why.place = place;
      } else {
        const region = storyRegions.get(doc.id)!.find((r) => regionsHere.has(r));
        if (region) {
          score += BOOST.region * placeWeight;
          why.place = region;
        }
      }
      const tags = (story.practices ?? []).filter((t) => tagsHere.has(t));
      if (tags.length && BOOST.tag) {
        score += BOOST.tag * Math.min(2, tags.length);
        why.tags = tags;
      }
      const sharedTypes = story.dataTypes.filter((t) => typesHere.has(t)).length;
      score += BOOST.dataType * Math.min(2, sharedTypes);
      const local = ['CN', 'TW', 'HK', 'MO'].includes(story.jurisdiction.country);
      if (query.lang && (query.lang === 'zh') === local) score += BOOST.lang;
      score += BOOST.recencyPerYear * Math.max(0, 5 - (newestYear - Number(story.date.slice(0, 4))));
      // Only telling words explain a pick: ones that few stories share.
      why.words = contributions
        .filter(([w]) => idf[vocab.get(w)!]! >= tellingIdf)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map((c) => c[0]);
      // Without a telling shared word or a matching category, a story is noise for this page.
      if (score >= MIN_SCORE && (why.words.length > 0 || why.categories.length > 0)) {
        out.push({ id: doc.id, score, why, doc: d });
      }
    });
    // Close relatives of the best match (the same company's other cases, the same kind of case
    // elsewhere) move up: a reader of a page that fits one Clearview decision wants the others.
    const best = out.reduce<(typeof out)[number] | undefined>((b, r) => (!b || r.score > b.score ? r : b), undefined);
    if (best && BOOST.related > 0) {
      const cosine = similarTo(best.doc);
      for (const r of out) {
        if (r === best) continue;
        const sim = cosine(r.doc);
        r.score += BOOST.related * sim;
        if (sim >= RELATED_MIN) r.why.related = best.id;
      }
    }
    out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    // The best match stays first whatever its relatives gained: they line up behind it.
    if (best && out[0] !== best) out.splice(0, 0, ...out.splice(out.indexOf(best), 1));
    return out.slice(0, limit).map(({ id, score, why }) => ({ id, score: Math.round(score * 1000) / 1000, why }));
  }

  return { rank, queryTokens, practices: (text) => [...present(PRACTICE_TESTS, foldQuery(text))] };
}

const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
  face: { zh: '人脸', en: 'face data' },
  biometric: { zh: '生物识别', en: 'biometrics' },
  personal_data: { zh: '个人信息', en: 'personal data' },
};

/** Every fixed Chinese label a why line can use (for the build-time Traditional character pairs). */
export function whyLabels(): string[] {
  const sectors = Object.values(SECTOR_LABELS).map((l) => l.zh);
  const all: StoryWhy = { words: ['x'], categories: [...CATEGORIES], practices: Object.keys(PRACTICE_CUES) as Practice[], sector: 'other', place: 'x', related: 'x', tags: Object.keys(TAG_LABELS) as StoryTag[] };
  return [describeWhy(all, 'zh'), ...sectors];
}

/** One line of "why this story" for people. */
export function describeWhy(why: StoryWhy, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (why.words.length) parts.push((zh ? '共同的词：' : 'shared words: ') + why.words.join(zh ? '、' : ', '));
  if (why.categories.length) parts.push((zh ? '同样涉及' : 'also about ') + why.categories.map((c) => CATEGORY_NAMES[c][lang]).join(zh ? '、' : ', '));
  if (why.sector) parts.push((zh ? '同一行业：' : 'same sector: ') + SECTOR_LABELS[why.sector][lang]);
  if (why.practices?.length) parts.push((zh ? '同样的做法：' : 'same practice: ') + why.practices.map((p) => PRACTICE_CUES[p][lang]).join(zh ? '、' : ', '));
  if (why.tags?.length) parts.push((zh ? '页面所述做法：' : 'what the page describes: ') + why.tags.map((t) => TAG_LABELS[t][lang]).join(zh ? '、' : ', '));
  if (why.place) parts.push((zh ? '同一地方：' : 'same place: ') + why.place);
  if (why.related) parts.push(zh ? '与第一条案例相近' : 'close to the first case');
  return parts.join(zh ? '；' : '; ');
}
