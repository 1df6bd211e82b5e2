import { CATEGORIES, type Category } from '../lexicon/types';
import { CATEGORY_DATA_TYPES, COUNTRY_CUES, DATA_TYPE_CUES, KIND_CUES, SECTOR_CUES, SECTOR_LABELS } from './cues';
import type { StoryIndex } from './index-build';
import type { DataType, Sector, Story } from './schema';
import { tokenizeQuery } from './tokenize';

/** What the ranking knows about a page. */
export interface StoryQuery {
  /** Finding sentences and the page title. */
  text: string;
  /** Categories of the page's non-negated findings. */
  categories: readonly Category[];
  /** 'zh' or 'en' when known; a small boost for stories from the same language area. */
  lang?: 'zh' | 'en';
}

/** Why a story was picked, in data form; the popup and CLI render it. */
export interface StoryWhy {
  words: string[];
  categories: Category[];
  sector?: Sector;
  place?: string;
}

export interface RankedStory {
  id: string;
  score: number;
  why: StoryWhy;
}

const K1 = 1.2;
const B = 0.75;
/** Boost weights, tuned on the dev queries (tests/fixtures/story-queries). */
export const DEFAULT_BOOSTS = { bm25: 0.6, category: 1.5, sector: 6, place: 5, country: 1, kind: 0, dataType: 2, lang: 0.5, recencyPerYear: 0.05 };
export type Boosts = typeof DEFAULT_BOOSTS;
/** A story needs at least this score to be shown at all. */
const MIN_SCORE = 1;

export interface Ranker {
  rank(query: StoryQuery, limit?: number): RankedStory[];
  queryTokens(text: string): string[];
}

const LATIN_CUE = /^[a-z0-9 -]+$/;

/** Sector cues present in lower-cased text; Latin cues only at word boundaries. */
export function sectorsIn(text: string): Set<Sector> {
  const found = new Set<Sector>();
  for (const [sector, cues] of Object.entries(SECTOR_CUES) as [Sector, readonly string[]][]) {
    for (const cue of cues) {
      if (hasCue(text, cue)) {
        found.add(sector);
        break;
      }
    }
  }
  return found;
}

/** Words of a cue list present in lower-cased text; Latin words only at word boundaries. */
function hasCue(text: string, cue: string): boolean {
  return LATIN_CUE.test(cue) ? new RegExp(`(?<![a-z0-9])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?(?![a-z0-9])`).test(text) : text.includes(cue);
}

export function createRanker(index: StoryIndex, stories: readonly Story[], BOOST: Boosts = DEFAULT_BOOSTS): Ranker {
  const folds = new Map<string, string>();
  for (let i = 0; i + 1 < index.queryFolds.length; i += 2) folds.set(index.queryFolds[i]!, index.queryFolds[i + 1]!);
  /** Lower-case, and Traditional characters to the index's Simplified ones. */
  const foldQuery = (text: string) => text.toLowerCase().replace(/[\u3400-\u9fff]/g, (c) => folds.get(c) ?? c);
  const vocab = new Map(index.vocab.map((w, i) => [w, i]));
  const vocabSet = new Set(index.vocab);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const n = index.docs.length;
  const idf = index.df.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const docTf = index.docs.map((d) => new Map(d.terms.map((t, i) => [t, d.tfs[i]!])));
  const newestYear = stories.reduce((y, s) => Math.max(y, Number(s.date.slice(0, 4))), 0);
  // A word in at most a sixth of the stories (and at most 12) is "telling".
  const tellingDf = Math.max(1, Math.min(12, Math.floor(n / 6)));
  const tellingIdf = Math.log(1 + (n - tellingDf + 0.5) / (tellingDf + 0.5));

  const queryTokens = (text: string) => tokenizeQuery(foldQuery(text), vocabSet, index.maxWordLength);

  function rank(query: StoryQuery, limit = 5): RankedStory[] {
    const text = foldQuery(query.text);
    const terms = new Set<number>();
    for (const w of queryTokens(text)) {
      const id = vocab.get(w);
      if (id !== undefined) terms.add(id);
    }
    const sectors = sectorsIn(text);
    const placesHere = Object.keys(index.places).filter((p) => text.includes(p));
    const countriesHere = new Set(Object.entries(COUNTRY_CUES).filter(([, cues]) => cues.some((c) => hasCue(text, c))).map(([code]) => code));
    const typesHere = new Set(
      (Object.entries(DATA_TYPE_CUES) as [DataType, readonly string[]][]).filter(([, cues]) => cues.some((c) => hasCue(text, c))).map(([t]) => t),
    );
    const kindsHere = new Set(KIND_CUES.filter((k) => k.cues.some((c) => hasCue(text, c))).flatMap((k) => k.kinds));
    const out: RankedStory[] = [];
    index.docs.forEach((doc, d) => {
      const story = byId.get(doc.id);
      if (!story) return;
      const tf = docTf[d]!;
      const contributions: [string, number][] = [];
      let score = 0;
      for (const t of terms) {
        const f = tf.get(t);
        if (!f) continue;
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
      if (sectors.has(story.sector)) {
        score += BOOST.sector;
        why.sector = story.sector;
      }
      const place = placesHere.find((p) => index.places[p]!.includes(doc.id));
      if (place) {
        score += BOOST.place;
        why.place = place;
      }
      if (countriesHere.has(story.jurisdiction.country)) {
        score += BOOST.country;
        why.place ??= story.jurisdiction.country;
      }
      if (kindsHere.has(story.kind)) score += BOOST.kind;
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
        out.push({ id: doc.id, score: Math.round(score * 1000) / 1000, why });
      }
    });
    out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return out.slice(0, limit);
  }

  return { rank, queryTokens };
}

const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
  face: { zh: '人脸', en: 'face data' },
  biometric: { zh: '生物识别', en: 'biometrics' },
  personal_data: { zh: '个人信息', en: 'personal data' },
};

/** One line of "why this story" for people. */
export function describeWhy(why: StoryWhy, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (why.words.length) parts.push((zh ? '共同的词：' : 'shared words: ') + why.words.join(zh ? '、' : ', '));
  if (why.categories.length) parts.push((zh ? '同样涉及' : 'also about ') + why.categories.map((c) => CATEGORY_NAMES[c][lang]).join(zh ? '、' : ', '));
  if (why.sector) parts.push((zh ? '同一行业：' : 'same sector: ') + SECTOR_LABELS[why.sector][lang]);
  if (why.place) parts.push((zh ? '同一地方：' : 'same place: ') + why.place);
  return parts.join(zh ? '；' : '; ');
}
