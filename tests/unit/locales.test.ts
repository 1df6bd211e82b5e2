import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../public/_locales');
const locales = readdirSync(dir);
const messages = Object.fromEntries(locales.map((l) => [l, JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8'))]));

describe('UI languages', () => {
  it('ship English, Simplified and Traditional Chinese', () => {
    expect(locales.sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it('have every key in every language, none empty', () => {
    const keys = Object.keys(messages.en).sort();
    for (const l of locales) {
      expect(Object.keys(messages[l]).sort(), l).toEqual(keys);
      for (const k of keys) expect(messages[l][k].message.trim().length, `${l}.${k}`).toBeGreaterThan(0);
    }
  });

  it('keep placeholders consistent across languages', () => {
    for (const k of Object.keys(messages.en)) {
      const count = (l: string) => (messages[l][k].message.match(/\$[A-Z]+\$/g) ?? []).length;
      for (const l of locales) expect(count(l), `${l}.${k}`).toBe(count('en'));
    }
  });
});
