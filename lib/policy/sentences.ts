/**
 * A policy's text cut into sentences, with their offsets. Chinese sentences end at 。！？
 * and at line breaks; English ones at . ! ? followed by a space and a capital or a digit,
 * or at a line break. Semicolons do not end a sentence (policies chain clauses with ；).
 * Very long sentences (tables flattened into one line) are cut at 600 characters.
 */
export interface PolicySentence {
  text: string;
  start: number;
  end: number;
}

const END = /[。！？!?]+|\n+|\.(?=\s+[A-Z0-9“"(（])|\.(?=\s*$)/g;
const MAX = 600;
/** Markdown and list debris at the start and end of a line. */
const TRIM_START = /^[\s#*_>|•·\-–—]+/;
const TRIM_END = /[\s*_|]+$/;

export function policySentences(text: string): PolicySentence[] {
  const out: PolicySentence[] = [];
  const push = (start: number, end: number) => {
    for (let s = start; s < end; s += MAX) {
      const e = Math.min(end, s + MAX);
      const raw = text.slice(s, e);
      const lead = raw.length - raw.replace(TRIM_START, '').length;
      const body = raw.slice(lead).replace(TRIM_END, '');
      if (body.length >= 2) out.push({ text: body, start: s + lead, end: s + lead + body.length });
    }
  };
  let last = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(last, end);
    last = m.index + m[0].length;
    if (m[0].length === 0) END.lastIndex++;
  }
  push(last, text.length);
  return out;
}
