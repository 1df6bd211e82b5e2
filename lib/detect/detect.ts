import type { Category } from '../lexicon/types';
import { matchTokens, type Matcher, type Token } from './match';
import { fold, normalize, toOriginalSpan, type NormalizedText } from './normalize';

export interface Finding {
  category: Category;
  /** The lexicon word that matched, normalized (人脸识别, "personal data"). */
  term: string;
  /** Offsets into the text given to detect(), half-open. */
  start: number;
  end: number;
  /** The sentence around the mention, trimmed, at most ~160 characters. */
  sentence: string;
  /** True when the text says it does not happen ("我们不会收集", "we do not collect"). */
  negated: boolean;
  /** For verb-object findings, the collection verb that activated the object. */
  verb?: string;
  /** The mention as written on the page (text.slice(start, end)). */
  match?: string;
}

/** Clause ends: Chinese and Western sentence and clause punctuation, and line breaks. */
const CLAUSE_END = /[。；！？;!?\n\r]|\.(?=\s|$)/;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** How far a verb may stand from its object, in characters, by script and direction. */
const WINDOW = {
  cjk: { verbBefore: 12, verbAfter: 6 },
  latin: { verbBefore: 40, verbAfter: 25 },
  latinFace: { verbBefore: 12, verbAfter: 0 },
};

/**
 * A negation cue close before the mention, in the same clause. Chinese cues exclude the
 * common words that start with 不/未 but do not negate (未经, 不法, 不当, 不知情, 不少…).
 */
const NEG_ZH =
  /(?:不会|不得|不再|并不|从不|从未|绝不|决不|无需|无须|不需要|不要求|没有|禁止|严禁|不|未)(?!经|法|当|知|必要|合理|正当|仅|少|断|同|明|久|良|规|足|安|公|满)[^，,、。；;！？!?]{0,6}$/;
const NEG_EN =
  /\b(?:not|never|no longer|don't|doesn't|won't|didn't|cannot|can't|neither|nor|no)\b(?!\s+only)(?:[\s,]+[a-z'-]+){0,3}[\s,]*$/;
const NEG_LOOKBACK = { cjk: 10, latin: 40 };

export interface DetectOptions {
  /** Stop after this many findings (the content script caps its report). */
  limit?: number;
}

export function detect(text: string, matcher: Matcher, options: DetectOptions = {}): Finding[] {
  const norm = normalize(text);
  const tokens = matchTokens(matcher, norm.base);
  return dropGenericBiometricsOfFaces(findingsFromTokens(text, norm, tokens, options.limit ?? Infinity));
}

/** Generic words for biometric data, as opposed to a specific trait (指纹, iris). */
const GENERIC_BIOMETRIC = /生物(?:识别|特征|辨识|辨識|識別|特徵)|biometric/;

/**
 * "人脸信息属于生物识别信息": a generic biometric word in a sentence about faces, with no
 * specific other trait there, describes the face data; it is not a second category.
 */
function dropGenericBiometricsOfFaces(findings: Finding[]): Finding[] {
  const faceSentences = new Set(findings.filter((f) => f.category === 'face').map((f) => f.sentence));
  if (faceSentences.size === 0) return findings;
  const specific = new Set(findings.filter((f) => f.category === 'biometric' && !GENERIC_BIOMETRIC.test(f.term)).map((f) => f.sentence));
  return findings.filter(
    (f) => !(f.category === 'biometric' && GENERIC_BIOMETRIC.test(f.term) && faceSentences.has(f.sentence) && !specific.has(f.sentence)),
  );
}

/** Folded slices of the normalized base, made only for the small windows the rules read. */
interface FoldedView {
  slice(from: number, to: number): string;
  charAt(i: number): string;
}

function foldedView(base: string): FoldedView {
  return { slice: (a, b) => fold(base, Math.max(0, a), Math.min(base.length, b)), charAt: (i) => fold(base, i, Math.min(base.length, i + 1)) };
}

function isCjkAt(s: FoldedView, i: number): boolean {
  return CJK.test(s.charAt(i));
}

function crossesClause(s: FoldedView, from: number, to: number): boolean {
  return from < to && CLAUSE_END.test(s.slice(from, to));
}

function findingsFromTokens(original: string, norm: NormalizedText, tokens: Token[], limit: number): Finding[] {
  const s = foldedView(norm.base);
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length && findings.length < limit; i++) {
    const t = tokens[i]!;
    if (t.kind === 'verb' || t.category === '') continue;
    let verb: Token | undefined;
    if (t.kind === 'object') {
      verb = pairVerb(s, tokens, i);
      if (!verb) continue;
    }
    const negated = isNegated(s, t, verb);
    const [start, end] = toOriginalSpan(norm, t.start, t.end);
    const finding: Finding = {
      category: t.category,
      term: t.surface,
      start,
      end,
      sentence: sentenceAround(original, start, end),
      negated,
      match: original.slice(start, end),
    };
    if (verb) finding.verb = verb.surface;
    findings.push(finding);
  }
  return findings;
}

/** The nearest collection verb acting on object tokens[i] within the same clause. */
function pairVerb(s: FoldedView, tokens: Token[], i: number): Token | undefined {
  const obj = tokens[i]!;
  const cjk = isCjkAt(s, obj.start);
  const w = cjk ? WINDOW.cjk : obj.category === 'face' ? WINDOW.latinFace : WINDOW.latin;
  for (let j = i - 1; j >= 0; j--) {
    const v = tokens[j]!;
    if (obj.start - v.end > w.verbBefore) break;
    if (v.kind === 'verb' && !crossesClause(s, v.end, obj.start)) return v;
  }
  for (let j = i + 1; j < tokens.length; j++) {
    const v = tokens[j]!;
    if (v.start - obj.end > w.verbAfter) break;
    if (v.kind === 'verb' && !crossesClause(s, obj.end, v.start)) return v;
  }
  return undefined;
}

function isNegated(s: FoldedView, t: Token, verb: Token | undefined): boolean {
  const first = verb && verb.start < t.start ? verb.start : t.start;
  const cjk = isCjkAt(s, first);
  const lookback = cjk ? NEG_LOOKBACK.cjk : NEG_LOOKBACK.latin;
  const from = Math.max(0, first - lookback);
  const before = s.slice(from, first);
  const cut = lastClauseEnd(before);
  const windowText = cut >= 0 ? before.slice(cut + 1) : before;
  const neg = cjk ? NEG_ZH : NEG_EN;
  if (neg.test(windowText)) return true;
  // Passive or object-first order: "个人信息不会被收集", "your data is never sold".
  if (verb && verb.start > t.end) {
    const between = s.slice(t.start, verb.start);
    if (neg.test(between)) return true;
  }
  return false;
}

function lastClauseEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isBoundaryAt(s, i, CLAUSE_CHARS)) return i;
  return -1;
}

const CLAUSE_CHARS = '。；！？;!?\n\r';
const SENTENCE_CHARS = '。！？!?\n\r';

/** A boundary character at i; a full stop counts only before whitespace or the end. */
function isBoundaryAt(s: string, i: number, chars: string): boolean {
  const c = s.charAt(i);
  if (chars.includes(c)) return true;
  return c === '.' && (i + 1 >= s.length || /\s/.test(s.charAt(i + 1)));
}

const SENTENCE_MAX_SIDE = 80;

/** The sentence that contains [start, end) in the original text, trimmed and bounded. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - SENTENCE_MAX_SIDE);
  while (a > minA && !isBoundaryAt(text, a - 1, SENTENCE_CHARS)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + SENTENCE_MAX_SIDE);
  while (b < maxB && !isBoundaryAt(text, b, SENTENCE_CHARS)) b++;
  const cutStart = a === minA && a > 0 && !isBoundaryAt(text, a - 1, SENTENCE_CHARS);
  const cutEnd = b === maxB && b < text.length && !isBoundaryAt(text, b, SENTENCE_CHARS);
  if (b < text.length && !cutEnd && '。！？!?.'.includes(text.charAt(b))) b++;
  const body = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return (cutStart ? '…' : '') + body + (cutEnd ? '…' : '');
}
