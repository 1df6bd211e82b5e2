import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { fold } from '../../lib/detect/normalize';

const m = defaultMatcher();
/** Characters the fold maps to another (Traditional to Simplified: 個 -> 个). */
const mapped = (ch: string) => fold(ch, 0, 1, m.fold) !== ch;

describe('rules that read the folded view', () => {
  it('hold no character the fold maps away (it never occurs in what they read)', () => {
    for (const file of ['clauses.ts', 'lists.ts']) {
      const code = readFileSync(join(__dirname, '../../lib/detect', file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\/\/|\*|\/\*\*)/.test(line))
        .map((line) => line.replace(/\s\/\/ .*$/, ''));
      const found = code.flatMap((line, i) => [...line].filter((ch) => ch >= '\u3400' && ch <= '\u9fff' && mapped(ch)).map((ch) => `${file} ${ch} in: ${line.trim().slice(0, 60)} (${i})`));
      expect(found, 'a rule lists a form the folded text never holds: write the Simplified form').toEqual([]);
    }
  });

  it('the fold does map the Traditional forms the rules left out, and keeps the ones they list', () => {
    expect(fold('個人資料屬於識別', 0, 8, m.fold)).toBe('个人資料属于识別');
  });
});
