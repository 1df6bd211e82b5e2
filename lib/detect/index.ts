export { detect, sentenceAround, type DetectOptions, type Finding } from './detect';
export { createMatcher, matchTokens, type Matcher, type Token } from './match';
export { normalize, toOriginalSpan, type NormalizedText } from './normalize';
