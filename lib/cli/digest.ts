/**
 * npm run digest --silent -- [--json] [--force] FILE...       (.html, .htm, .txt, or - for stdin)
 * npm run digest --silent -- --sentences FILE.jsonl          ({"n", "sentence"} lines)
 *
 * The privacy-policy digest of each file, as the extension builds it (the HTML's text as
 * the content script collects it, then lib/policy/digest.ts): one JSON object per file
 * with --json, a readable summary otherwise. Offsets are into the file's text (for HTML,
 * the collected page text, which `npm run scan` also uses). --force digests a text even
 * when it is not recognised as a policy.
 *
 * With --sentences, each line's sentence is classified and printed as {"n", "rules":
 * ["CR11", ...]}: the checklist items it satisfies, as VioDroid-Finder's rule ids (the
 * mapping is lib/eval/checklist-eval.ts). Lines are read in file order: a sentence whose
 * items span topics keeps the topic its neighbours share (lib/policy/checklist.ts
 * oneTopicEach), as the benchmark gives each sentence one topic.
 */
import { readFileSync } from 'node:fs';
import { defaultMatcher } from '../detect/default-matcher';
import { CR_OF_ITEM } from '../eval/checklist-eval';
import { loadLawFiles } from '../law/load-node';
import type { LawRule } from '../law/schema';
import { classifySentences } from '../policy/checklist';
import { buildDigest, type PolicyDigest } from '../policy/digest';
import { readInputFile } from '../page/html-node';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const USAGE = 'usage: npm run digest --silent -- [--json] [--force] FILE...  |  --sentences FILE.jsonl';

function sentencesMode(file: string): number {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    return 1;
  }
  let status = 0;
  const rows: Array<{ n: unknown; sentence: string }> = [];
  lines.forEach((line, i) => {
    let row: { n?: unknown; sentence?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      console.error(`${file}:${i + 1}: not JSON`);
      status = 1;
      return;
    }
    if (typeof row.sentence !== 'string') {
      console.error(`${file}:${i + 1}: no "sentence" string`);
      status = 1;
      return;
    }
    rows.push({ n: row.n ?? i, sentence: row.sentence });
  });
  // In file order: a sentence's neighbours settle which topic it is about (classifySentences).
  const items = classifySentences(rows.map((r) => r.sentence));
  rows.forEach((row, i) => {
    const rules = [...new Set(items[i]!.flatMap((item) => (item in CR_OF_ITEM ? [CR_OF_ITEM[item as keyof typeof CR_OF_ITEM]] : [])))];
    process.stdout.write(JSON.stringify({ n: row.n, rules }) + '\n');
  });
  return status;
}

function jsonOf(file: string, policy: boolean, digest: PolicyDigest | undefined, law: ReadonlyMap<string, LawRule>) {
  if (!digest) return { file, policy };
  const spans = (cs: readonly { start: number; end: number }[]) => cs.map(({ start, end }) => ({ start, end }));
  return {
    file,
    policy,
    kind: digest.kind,
    ...(digest.name ? { name: digest.name } : {}),
    lang: digest.lang,
    jurisdiction: digest.jurisdiction,
    ...(digest.appType ? { appType: digest.appType } : {}),
    summary: digest.summary,
    dataTypes: digest.dataTypes.map((r) => ({
      type: r.type,
      sensitive: r.sensitive,
      actions: r.actions,
      ...(r.negated.length ? { negated: r.negated } : {}),
      purposes: r.purposes,
      recipients: r.recipients,
      conditions: r.conditions,
      ...(r.abroad ? { abroad: true } : {}),
      clauses: spans(r.clauses),
    })),
    checklist: digest.checklist.map((c) => ({ item: c.item, required: c.required, present: c.present, rules: c.rules, clauses: spans(c.clauses) })),
    flags: digest.flags.map((f) => ({ id: f.id, finding: f.finding, law: law.get(f.id)?.law.zh ?? null, article: law.get(f.id)?.article.zh ?? null, clauses: spans(f.clauses) })),
    lists: digest.lists,
    beyondNecessary: digest.beyondNecessary ?? [],
  };
}

function main(argv: string[]): number {
  if (argv[0] === '--sentences') return argv[1] ? sentencesMode(argv[1]) : (console.error(USAGE), 2);
  const json = argv.includes('--json');
  const force = argv.includes('--force');
  const files = argv.filter((a) => a !== '--json' && a !== '--force');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    console.error(USAGE);
    return 2;
  }
  const law = new Map(loadLawFiles().map((r) => [r.id, r]));
  const matcher = defaultMatcher();
  let status = 0;
  for (const file of files) {
    let page: { text: string; title: string };
    try {
      page = readInputFile(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      console.error(err.code === 'ENOENT' ? `${file}: no such file` : err.message);
      status = 1;
      continue;
    }
    const { recognition, digest } = buildDigest(page.text, page.title, matcher, { force });
    if (json) {
      process.stdout.write(JSON.stringify(jsonOf(file, recognition.policy, digest, law)) + '\n');
      continue;
    }
    if (!digest) {
      console.log(`${file}: not a privacy policy (section kinds: ${recognition.sections.join(', ') || 'none'}; self-references: ${recognition.selfReferences})`);
      continue;
    }
    const s = digest.summary;
    console.log(`${file}: ${digest.name ?? digest.kind} (${digest.lang}, read against ${digest.jurisdiction} law)`);
    console.log(`  kinds of data collected: ${s.types} (${s.sensitive} sensitive); kinds of recipients: ${s.recipientKinds.length} (${s.recipientKinds.join(', ')}); abroad: ${s.abroad}`);
    for (const r of digest.dataTypes) {
      const extra = [r.purposes.length && `for ${r.purposes.join(' / ')}`, r.recipients.length && `with ${r.recipients.join(' / ')}`, r.conditions.length && `when ${r.conditions.join(' / ')}`, r.abroad && 'abroad']
        .filter(Boolean)
        .join('; ');
      console.log(`  ${r.sensitive ? '!' : ' '} ${r.type.padEnd(16)} ${r.actions.join(',')}${r.negated.length ? ` (not: ${r.negated.join(',')})` : ''}${extra ? `  [${extra}]` : ''}`);
    }
    const required = digest.checklist.filter((c) => c.required);
    console.log(`  checklist: ${required.filter((c) => c.present).length} of ${required.length} required items found; missing: ${required.filter((c) => !c.present).map((c) => c.item).join(', ') || 'none'}`);
    for (const f of digest.flags) console.log(`  flag ${f.id} (${f.finding})${law.get(f.id) ? `: ${law.get(f.id)!.law.zh} ${law.get(f.id)!.article.zh}` : ''}`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
