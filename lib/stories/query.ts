import { counts } from '../detect/counts';
import type { Finding } from '../detect/detect';
import { CATEGORIES } from '../lexicon/types';
import type { RankedStory, Ranker, StoryQuery } from './rank';
import { STANDALONE_PRACTICES } from './cues';
import type { PageSignals } from './signals';

const CJK = /[\u3400-\u9fff]/g;

/**
 * The ranking query for a page: its title, finding sentences and the text around its
 * findings (`context`, lib/detect/context.ts), and its categories.
 */
export function buildStoryQuery(findings: readonly Pick<Finding, 'category' | 'sentence' | 'negated' | 'definition'>[], title = '', context = '', signals?: PageSignals): StoryQuery {
  const positive = findings.filter(counts);
  const sentences = [...new Set(positive.map((f) => f.sentence))];
  const text = [title, ...sentences, context].filter(Boolean).join('\n');
  const cjk = text.match(CJK)?.length ?? 0;
  return {
    text,
    categories: CATEGORIES.filter((c) => positive.some((f) => f.category === c)),
    lang: cjk * 4 >= text.length ? 'zh' : 'en',
    ...(signals ? { signals } : {}),
  };
}

/**
 * A phone's own unlock feature ("face unlock", "指纹解锁", "支持人脸解锁"): data that stays on
 * the device, the subject of product reviews, not of enforcement cases.
 */
const DEVICE_FEATURE = /unlock|sensor|reader|touch id|face id|解锁|解鎖|面容id|指纹锁|指紋鎖/i;
const DEVICE_VERB = /^(?:unlock|unlocks|supports?|解锁|解鎖|支持|支援|兼容|搭载|搭載)$/i;
function deviceFeature(f: Pick<Finding, 'category' | 'term' | 'verb'>): boolean {
  return f.category !== 'personal_data' && (DEVICE_FEATURE.test(f.term) || DEVICE_VERB.test(f.verb ?? ''));
}

/** On a page with no finding, a story that shares no practice needs this many telling words. */
const PRACTICE_ONLY_MIN_WORDS = 4;

/**
 * Stories for a page: none unless the page has a finding that counts or names a standalone
 * practice (cues.ts: STANDALONE_PRACTICES), and none when all it
 * mentions is a device's unlock feature: face and biometric findings in a sentence that names
 * one ("人脸解锁…安全性不如指纹", "官方称面部数据仅存储在手机安全芯片中") are about the device too. Used by
 * the background and the CLI.
 */
export function storiesForPage(
  ranker: Ranker,
  findings: readonly Pick<Finding, 'category' | 'sentence' | 'negated' | 'definition' | 'term' | 'verb'>[],
  title = '',
  limit = 5,
  context = '',
  signals?: PageSignals,
): RankedStory[] {
  const counted = findings.filter(counts);
  // No finding that counts: only a page whose text (the context its report carries then is the
  // text around those words) names a standalone practice gets stories.
  if (counted.length === 0) {
    const standalone = context !== '' && ranker.practices(`${title}\n${context}`).some((p) => STANDALONE_PRACTICES.includes(p));
    if (!standalone) return [];
    // With no finding to vouch for the rest, a story shares the practice or many telling words.
    return ranker.rank(buildStoryQuery([], title, context, signals), limit).filter((r) => r.why.practices?.length || r.why.tags?.length || r.why.words.length >= PRACTICE_ONLY_MIN_WORDS);
  }
  const deviceSentences = new Set(counted.filter(deviceFeature).map((f) => f.sentence));
  if (counted.every((f) => f.category !== 'personal_data' && deviceSentences.has(f.sentence))) return [];
  return ranker.rank(buildStoryQuery(findings, title, context, signals), limit);
}
