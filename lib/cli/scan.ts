/**
 * npm run scan --silent -- [--json] FILE...   (FILE: .html, .htm, .txt, or - for stdin)
 *
 * Prints the findings and the top stories for each file, running the same lib/ code as
 * the extension: the content script's text collection and detector, the background's
 * story ranking.
 */
import { readText } from '../detect/read';
import { counts } from '../detect/counts';
import { defaultMatcher } from '../detect/default-matcher';
import { readInputFile } from '../page/html-node';
import { defaultRanker, storyById } from '../stories/default-ranker';
import { storiesForText } from '../stories/page-query';
import { describeWhy } from '../stories/rank';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const USAGE = 'usage: npm run scan --silent -- [--json] FILE...   (FILE: .html, .htm, .txt, or - for stdin)';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--') && f !== '-')) {
    console.error(USAGE);
    return 2;
  }
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
    const { findings, claims } = readText(page.text, defaultMatcher());
    const stories = storiesForText(defaultRanker(), page.text, page.title, defaultMatcher());
    if (json) {
      process.stdout.write(
        JSON.stringify({
          file,
          findings: findings.map(({ category, type, term, start, end, sentence, negated, generic, definition }) => ({
            category,
            type,
            term,
            start,
            end,
            sentence,
            negated,
            ...(generic ? { generic } : {}),
            ...(definition ? { definition } : {}),
          })),
          claims: claims.map(({ action, negated, start, end, sentence, data, actor, recipient, purpose, condition, abroad, reason }) => ({
            action,
            negated,
            start,
            end,
            sentence,
            data,
            ...(actor ? { actor } : {}),
            ...(recipient ? { recipient } : {}),
            ...(purpose ? { purpose } : {}),
            ...(condition ? { condition } : {}),
            ...(abroad ? { abroad } : {}),
            reason,
          })),
          stories: stories.map((s) => ({ id: s.id, score: s.score, why: s.why })),
        }) + '\n',
      );
      continue;
    }
    const counted = findings.filter(counts);
    console.log(`${file}: ${counted.length} finding(s)${findings.length > counted.length ? `, ${findings.length - counted.length} declared-not or in definitions` : ''}, ${claims.length} claim(s)`);
    for (const f of findings) {
      console.log(`  [${f.category}/${f.type}${f.negated ? ', negated' : ''}${f.definition ? ', definition' : ''}] ${f.term} @${f.start}-${f.end}: ${f.sentence}`);
    }
    for (const c of claims) {
      const extra = [c.recipient && `to ${c.recipient.text}`, c.purpose && `for ${c.purpose.text}`, c.condition && `when ${c.condition.text}`, c.abroad && 'abroad'].filter(Boolean).join('; ');
      console.log(`  claim ${c.negated ? 'NOT ' : ''}${c.action}: ${c.data.map((d) => `${d.text} (${d.type})`).join(', ')}${extra ? ` [${extra}]` : ''}`);
    }
    if (stories.length) console.log('  stories:');
    for (const s of stories) {
      const story = storyById(s.id);
      console.log(`    ${s.score.toFixed(2)}  ${s.id}  ${story?.title.zh ?? ''}\n          why: ${describeWhy(s.why, 'en')}`);
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
