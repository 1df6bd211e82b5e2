/**
 * npm run ingest --silent -- [--json] FILE   (a plain-text newspaper page; - for stdin)
 *
 * Splits the page into articles and says for each whether it is an enforcement story
 * about faces or personal data, with the facts it could extract. It helps draft a story
 * file; it does not write one.
 */
import { readFileSync } from 'node:fs';
import { defaultMatcher } from '../detect/default-matcher';
import { ingestArticle } from '../ingest/extract';
import { splitArticles } from '../ingest/split';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length !== 1) {
  console.error('usage: npm run ingest --silent -- [--json] FILE   (plain text; - for stdin)');
  process.exit(2);
}
let page: string;
try {
  page = readFileSync(files[0] === '-' ? 0 : files[0]!, 'utf8');
} catch (e) {
  console.error(`${files[0]}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  process.exit(1);
}
const matcher = defaultMatcher();
for (const article of splitArticles(page).map((a) => ingestArticle(a, matcher))) {
  if (json) {
    process.stdout.write(JSON.stringify(article) + '\n');
    continue;
  }
  console.log(`${article.relevant ? '★ relevant' : '  not relevant'}  ${article.headline || '(no headline)'}${article.byline ? `  [${article.byline}]` : ''}`);
  if (article.relevant || article.fields.categories.length) {
    const f = article.fields;
    console.log(`    categories: ${f.categories.join(', ') || '-'}; cues: ${f.cues.join(', ') || '-'}`);
    console.log(`    date: ${f.date?.text ?? '-'}; place: ${f.place ?? '-'}; authority: ${f.authority ?? '-'}; law: ${f.law ?? '-'}`);
    console.log(`    amounts: ${f.amounts.map((a) => `${a.text} = ${a.value} ${a.currency}`).join(', ') || '-'}; cases: ${f.cases.join(', ') || '-'}`);
  }
}
