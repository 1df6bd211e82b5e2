import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matcher } from '../detect/match';
import { matchTokens } from '../detect/match';
import { normalize } from '../detect/normalize';
import type { DataType } from '../lexicon/data-types';
import { textFromHtml } from '../page/html-node';
import { buildDigest, type PolicyDigest } from '../policy/digest';
import { recognizePolicy } from '../policy/recognize';
import { COLLECTION_PARAGRAPHS, goldItems, partOf, sentences, type Ca4pDoc, type Part } from './policy-eval';

/**
 * The policy digest on CA4P-483's dev half: is every policy recognised; which of the data
 * types its authors annotated in collection and sharing sentences does the digest list (a
 * row with something done); are its clauses inside the text and on its words; how long it
 * takes. And on pages that are not policies (the detector corpora's other genres, the
 * repo's news, shop, forum and help pages): none may be taken for one.
 *
 * Gold data types: each annotated data item (phrases split at 、和及, as in policy-eval) in a
 * collection paragraph, in a sentence that also carries a collect or share span, typed by
 * the project's lexicon (the first data word in it); items the lexicon has no word for
 * ("other") are counted apart, not as types. That typing is ours, so the figure measures
 * the digest's rows against the annotation through our vocabulary.
 */
export interface DigestDocResult {
  id: string;
  part: Part;
  chars: number;
  recognised: boolean;
  kind?: string;
  ms: number;
  gold: DataType[];
  got: DataType[];
  /** Annotated items the lexicon could not type. */
  untyped: number;
  /** Clauses whose offsets fall outside the text or do not match its words. */
  badClauses: number;
  clauses: number;
  flags: string[];
  appType?: string;
}

function typeOf(matcher: Matcher, text: string): DataType | null {
  const t = matchTokens(matcher, normalize(text).base).find((x) => x.kind !== 'verb' && !x.generic);
  return t?.type ? (t.type as DataType) : null;
}

export function goldTypes(doc: Ca4pDoc, matcher: Matcher): { types: Set<DataType>; untyped: number } {
  const paras = doc.paragraphs.filter(([c]) => COLLECTION_PARAGRAPHS.has(c));
  const acts = doc.spans.filter(([l]) => l === 'collect' || l === 'share');
  const sents = sentences(doc.text);
  const types = new Set<DataType>();
  let untyped = 0;
  for (const it of goldItems(doc)) {
    if (!it.specific || !paras.some(([, a, b]) => it.start >= a && it.end <= b)) continue;
    const s = sents.find(([a, b]) => it.start >= a && it.start < b);
    if (!s || !acts.some(([, a]) => a >= s[0] && a < s[1])) continue;
    const t = typeOf(matcher, it.text);
    if (!t || t === 'other') untyped++;
    else types.add(t);
  }
  return { types, untyped };
}

/** Clauses checked against the text: inside it, and their shown text is the text there (clipped ones by their start). */
function clauseCheck(digest: PolicyDigest, text: string): { clauses: number; bad: number } {
  const all = [...digest.dataTypes.flatMap((r) => r.clauses), ...digest.checklist.flatMap((c) => c.clauses), ...digest.flags.flatMap((f) => f.clauses)];
  let bad = 0;
  for (const c of all) {
    const inside = c.start >= 0 && c.end <= text.length && c.start < c.end;
    const shown = c.text.endsWith('…') ? c.text.slice(0, -1) : c.text;
    const squash = (s: string) => s.replace(/\s+/g, '');
    if (!inside || !squash(text.slice(c.start, c.end)).startsWith(squash(shown).slice(0, 40))) bad++;
  }
  return { clauses: all.length, bad };
}

export function evaluateDigestDoc(doc: Ca4pDoc, matcher: Matcher): DigestDocResult {
  const t0 = performance.now();
  const { recognition, digest } = buildDigest(doc.text, '', matcher);
  const ms = performance.now() - t0;
  const { types, untyped } = goldTypes(doc, matcher);
  const got = digest ? digest.dataTypes.filter((r) => r.actions.length > 0).map((r) => r.type) : [];
  const check = digest ? clauseCheck(digest, doc.text) : { clauses: 0, bad: 0 };
  return {
    id: doc.id,
    part: partOf(doc),
    chars: doc.text.length,
    recognised: recognition.policy,
    ...(recognition.kind ? { kind: recognition.kind } : {}),
    ms,
    gold: [...types],
    got,
    untyped,
    badClauses: check.bad,
    clauses: check.clauses,
    flags: digest?.flags.map((f) => `${f.id}:${f.finding}`) ?? [],
    ...(digest?.appType ? { appType: digest.appType.type } : {}),
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../');

/** Pages that are not privacy policies: the detector corpora's other genres and the repo's non-policy pages. */
export function nonPolicyPages(): Array<{ id: string; title: string; text: string }> {
  const out: Array<{ id: string; title: string; text: string }> = [];
  for (const set of ['detect-corpus', 'detect-holdout']) {
    for (const f of readdirSync(join(root, 'tests/fixtures', set)).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(root, 'tests/fixtures', set, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const d = JSON.parse(line) as { id: string; genre: string; text: string; title?: string };
        if (d.genre !== 'policy') out.push({ id: `${set}/${d.id}`, title: d.title ?? '', text: d.text });
      }
    }
  }
  const pages = join(root, 'tests/fixtures/pages');
  for (const f of readdirSync(pages).filter((x) => /\.html$/.test(x) && !/policy/.test(x.replace(/^nonpolicy-/, '')) && x !== 'english-policy.html')) {
    const { text, title } = textFromHtml(readFileSync(join(pages, f), 'utf8'));
    out.push({ id: `pages/${f}`, title, text });
  }
  for (const f of readdirSync(join(root, 'tests/fixtures/ingest'))) out.push({ id: `ingest/${f}`, title: '', text: readFileSync(join(root, 'tests/fixtures/ingest', f), 'utf8') });
  return out;
}

export function nonPolicyMistakes(): string[] {
  return nonPolicyPages()
    .filter((p) => recognizePolicy(p.title, p.text).policy)
    .map((p) => p.id);
}
