import { describe, expect, it } from 'vitest';
import { DATA_TYPES } from '../../lib/lexicon/data-types';
import { loadLawFiles, loadNecessaryScope } from '../../lib/law/load-node';
import { APP_TYPE_IDS } from '../../lib/policy/app-type';
import { NOTICE, RULES_CN } from '../../lib/policy/digest';
import { FLAG_IDS } from '../../lib/policy/flags';
import { RIGHTS_NOTES } from '../../lib/stories/rights';
import { CATEGORIES } from '../../lib/lexicon/types';

describe('legal rules as data (lib/law/data)', () => {
  const rules = loadLawFiles();
  const ids = new Set(rules.map((r) => r.id));

  it('every file is valid, named by its id, with a source and an article in both languages', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    for (const r of rules) {
      expect(r.source.publisher.length, r.id).toBeGreaterThan(0);
      expect(r.article.zh.length * r.article.en.length, r.id).toBeGreaterThan(0);
      expect(r.requires.zh).not.toBe(r.requires.en);
    }
  });

  it('every rule the digest cites exists, with the kind it is cited as', () => {
    const kind = new Map(rules.map((r) => [r.id, r.kind]));
    // A flag cites a flag rule, or a checklist rule it is the breach of (PIPL 19: no retention period).
    for (const id of FLAG_IDS) expect(['flag', 'checklist'], id).toContain(kind.get(id));
    for (const xs of Object.values(RULES_CN)) for (const id of xs ?? []) expect(ids, id).toContain(id);
    for (const n of Object.values(NOTICE)) expect(kind.get(n.rule), n.rule).toBe('checklist');
    expect(ids).toContain('cn-necessary-scope');
  });

  it('the rights notes are the rules of kind right, each for at least one category', () => {
    expect(RIGHTS_NOTES.map((n) => n.id).sort()).toEqual(rules.filter((r) => r.kind === 'right').map((r) => r.id).sort());
    for (const n of RIGHTS_NOTES) {
      expect(n.categories.length, n.id).toBeGreaterThan(0);
      for (const c of n.categories) expect(CATEGORIES).toContain(c);
    }
  });

  it('the necessary-scope table has the 39 app types of the 2021 rules, each with data types of the project vocabulary, and the app-type words cover exactly them', () => {
    const scope = loadNecessaryScope();
    expect(scope).not.toBeNull();
    expect(scope!.types).toHaveLength(39);
    expect(scope!.types.filter((t) => t.necessary.zh.length === 0)).toHaveLength(13);
    for (const t of scope!.types) {
      for (const d of t.dataTypes) expect(DATA_TYPES).toContain(d);
      expect(t.necessary.zh.length, t.id).toBe(t.necessary.en.length);
      expect(t.dataTypes.length === 0, t.id).toBe(t.necessary.zh.length === 0);
    }
    expect([...APP_TYPE_IDS].sort()).toEqual(scope!.types.map((t) => t.id).sort());
  });
});
