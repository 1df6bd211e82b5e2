/**
 * Build step (part of npm run gen): validate the law files and the necessary-scope table
 * and write lib/law/law.gen.json for the popup (the content script carries no law data).
 * Chinese texts get a Traditional-character copy for zh-TW/zh-HK readers (OpenCC cn -> tw).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { loadLawFiles, loadNecessaryScope } from '../law/load-node';
import type { LawData } from '../law/rules';

const out = join(dirname(fileURLToPath(import.meta.url)), '../law/law.gen.json');
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const rules = loadLawFiles().map(({ notes: _notes, ...r }) => ({
  ...r,
  hant: { law: toHant(r.law.zh), article: toHant(r.article.zh), requires: toHant(r.requires.zh) },
}));
const scope = loadNecessaryScope();
const data: LawData = {
  rules,
  necessary: scope
    ? {
        ...scope,
        types: scope.types.map((t) => ({ ...t, hant: { name: toHant(t.name.zh), basic: toHant(t.basic.zh), necessary: t.necessary.zh.map(toHant) } })),
      }
    : null,
};
writeFileSync(out, JSON.stringify(data) + '\n');
// The popup's "your rights" notes (lib/stories/rights.ts): the rules of kind `right`.
/** The popup shows the first three that fit a category, the reader's area first: the broadest first. */
const RIGHTS_ORDER = ['cn-pipl-sensitive', 'cn-pipl-public-cameras', 'cn-spc-property-face-gates', 'cn-face-measures-alternatives', 'cn-pipl-minimum', 'cn-consumer-law-29', 'eu-gdpr-art9', 'us-il-bipa', 'eu-gdpr-minimisation'];
const rank = (id: string) => (RIGHTS_ORDER.includes(id) ? RIGHTS_ORDER.indexOf(id) : RIGHTS_ORDER.length);
const rights = loadLawFiles()
  .filter((r) => r.kind === 'right')
  .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1))
  .map((r) => ({ id: r.id, jurisdiction: r.jurisdiction, categories: r.categories ?? [], law: r.law, article: r.article, text: r.requires, inForce: r.inForce, source: { publisher: r.source.publisher, title: r.source.title } }));
writeFileSync(join(dirname(out), 'rights.gen.json'), JSON.stringify(rights) + '\n');
// The background's digest needs only each type's necessary data types.
const typesOut = join(dirname(out), 'necessary-types.gen.json');
writeFileSync(typesOut, JSON.stringify(Object.fromEntries((scope?.types ?? []).map((t) => [t.id, t.dataTypes]))) + '\n');
console.log(`gen: lib/law/law.gen.json (${rules.length} rules, ${scope?.types.length ?? 0} app types, ${(JSON.stringify(data).length / 1024).toFixed(1)} KB)`);
