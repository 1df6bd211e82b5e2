import { en } from './en';
import type { LexiconSource } from './types';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

/** Every lexicon source, in the order the compile step reads them. */
export const LEXICON_SOURCES: readonly LexiconSource[] = [zhHans, zhHant, en];
export * from './types';
