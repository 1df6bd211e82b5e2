import type { Story } from './schema';
import { COUNTRY_CUES, DATA_TYPE_CUES, KIND_CUES, PRACTICE_CUES, SECTOR_CUES } from './cues';
import { tokenizeForIndex } from './tokenize';

const CUE_WORDS = [...Object.values(SECTOR_CUES).flat(), ...KIND_CUES.flatMap((k) => k.cues), ...Object.values(COUNTRY_CUES).flat(), ...Object.values(DATA_TYPE_CUES).flat(), ...Object.values(PRACTICE_CUES).flatMap((p) => p.cues)] as string[];

/** The compact retrieval index the extension ships (lib/stories/index.gen.json). */
export interface StoryIndex {
  format: 1;
  /** Index words: jieba words of the Chinese text, tokenizer words of the English. */
  vocab: string[];
  /** Longest CJK word in vocab, for forward maximum matching. */
  maxWordLength: number;
  /** Document frequency per vocab entry. */
  df: number[];
  avgdl: number;
  docs: { id: string; len: number; terms: number[]; tfs: number[] }[];
  /** Place names (zh without 省/市 suffix, en lower-case) -> story ids. */
  places: Record<string, string[]>;
  /**
   * Traditional -> Simplified pairs ("臉脸…") for every character of the index's Chinese
   * words, from OpenCC at build time: a Traditional page is folded before it is matched
   * against the (Simplified) index.
   */
  queryFolds: string;
}

/** Field weights: a word in the title counts three times. */
const FIELD_WEIGHT = { title: 3, summary: 1, violation: 1, authority: 1, target: 1, law: 1, place: 2 } as const;

/** Short forms of a place name that a page is likely to use (宁波 for 宁波市). */
export function placeKeys(name: { zh: string; en: string } | undefined): string[] {
  if (!name) return [];
  const zh = name.zh.replace(/(特别行政区|自治区|省|市|区|县)$/, '');
  return [...new Set([zh.length >= 2 ? zh : name.zh, name.en.toLowerCase()])];
}

export function buildStoryIndex(stories: readonly Story[], segment: (cjk: string) => string[], toTraditional: readonly ((s: string) => string)[] = []): StoryIndex {
  const vocabIndex = new Map<string, number>();
  const vocab: string[] = [];
  const df: number[] = [];
  const places: Record<string, string[]> = {};
  const docs: StoryIndex['docs'] = [];
  let totalLen = 0;

  for (const s of stories) {
    const tf = new Map<number, number>();
    let len = 0;
    const addText = (text: string | undefined, weight: number) => {
      if (!text) return;
      for (const w of tokenizeForIndex(text, segment)) {
        let id = vocabIndex.get(w);
        if (id === undefined) {
          id = vocab.push(w) - 1;
          vocabIndex.set(w, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
        len += weight;
      }
    };
    for (const lang of ['zh', 'en'] as const) {
      addText(s.title[lang], FIELD_WEIGHT.title);
      addText(s.summary[lang], FIELD_WEIGHT.summary);
      addText(s.violation[lang], FIELD_WEIGHT.violation);
      addText(s.authority[lang], FIELD_WEIGHT.authority);
      addText(s.target?.[lang], FIELD_WEIGHT.target);
      addText(s.law[lang], FIELD_WEIGHT.law);
      addText(s.jurisdiction.city?.[lang], FIELD_WEIGHT.place);
      addText(s.jurisdiction.region?.[lang], FIELD_WEIGHT.place);
    }
    for (const id of tf.keys()) df[id]!++;
    const entries = [...tf].sort((a, b) => a[0] - b[0]);
    docs.push({ id: s.id, len, terms: entries.map((e) => e[0]), tfs: entries.map((e) => e[1]) });
    totalLen += len;
    for (const key of [...placeKeys(s.jurisdiction.city), ...placeKeys(s.jurisdiction.region)]) {
      (places[key] ??= []).push(s.id);
    }
  }
  const maxWordLength = vocab.reduce((m, w) => (/^[a-z0-9]/.test(w) ? m : Math.max(m, w.length)), 2);
  const chars = new Set([...vocab, ...Object.keys(places), ...CUE_WORDS].join('').match(/[\u3400-\u9fff]/g) ?? []);
  const pairs = new Map<string, Set<string>>();
  for (const c of chars) {
    for (const conv of toTraditional) {
      const t = conv(c);
      if (t.length === 1 && t !== c) (pairs.get(t) ?? pairs.set(t, new Set()).get(t)!).add(c);
    }
  }
  let queryFolds = '';
  for (const [t, simps] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) if (simps.size === 1 && !chars.has(t)) queryFolds += t + [...simps][0];
  return { format: 1, vocab, maxWordLength, df, avgdl: docs.length ? totalLen / docs.length : 0, docs, places, queryFolds };
}
