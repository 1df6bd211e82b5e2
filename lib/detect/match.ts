import { patternFor } from '../lexicon/compile';
import { ENTRY_CODES, type Category, type CompiledLexicon, type EntryKind } from '../lexicon/types';

/** One lexicon hit in normalized text (suppressors are consumed, never returned). */
export interface Token {
  kind: Exclude<EntryKind, 'suppressor'>;
  category: Category | '';
  /** Normalized surface as listed in the lexicon (plural endings stripped). */
  surface: string;
  start: number;
  end: number;
}

export interface Matcher {
  readonly re: RegExp;
  readonly entries: ReadonlyMap<string, readonly [EntryKind, Category | '']>;
}

export function createMatcher(compiled: CompiledLexicon): Matcher {
  if (compiled.format !== 2) throw new Error(`lexicon table format ${String(compiled.format)} is not 2: run npm run gen`);
  const entries = new Map<string, readonly [EntryKind, Category | '']>();
  const add = (words: string[], codes: string) =>
    words.forEach((w, i) => {
      const entry = ENTRY_CODES[codes.charAt(i)];
      if (!entry) throw new Error(`lexicon table: no code for "${w}"`);
      entries.set(w, entry);
    });
  add(compiled.latin, compiled.latinCodes);
  add(compiled.other, compiled.otherCodes);
  return { re: new RegExp(patternFor(compiled), 'g'), entries };
}

function lookup(matcher: Matcher, surface: string): [string, readonly [EntryKind, Category | '']] | undefined {
  const exact = matcher.entries.get(surface);
  if (exact) return [surface, exact];
  // The Latin group accepts a plural ending the table does not list.
  for (const cut of [1, 2]) {
    const base = surface.slice(0, -cut);
    const e = matcher.entries.get(base);
    if (e) return [base, e];
  }
  return undefined;
}

/**
 * All lexicon hits in one left-to-right pass of one RegExp alternation (V8's irregexp:
 * ~400 M chars/s on 300 terms here, see shared/research/toolchain.md). Leftmost wins,
 * then longest, so a suppressor that starts earlier or runs longer hides the term inside it.
 */
export function matchTokens(matcher: Matcher, text: string): Token[] {
  const re = matcher.re;
  re.lastIndex = 0;
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const hit = lookup(matcher, m[0]);
    if (!hit) continue; // cannot happen with a table compiled from the same entries
    const [surface, [kind, category]] = hit;
    if (kind === 'suppressor') continue;
    tokens.push({ kind, category, surface, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
