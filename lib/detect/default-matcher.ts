import type { CompiledLexicon } from '../lexicon/types';
import compiled from '../lexicon/compiled.gen.json';
import { createMatcher, type Matcher } from './match';

let matcher: Matcher | undefined;

/** The matcher for the bundled lexicon, built on first use. */
export function defaultMatcher(): Matcher {
  return (matcher ??= createMatcher(compiled as unknown as CompiledLexicon));
}
