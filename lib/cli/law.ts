/** npx tsx lib/cli/law.ts [--dir D]: validate the law files and list them. */
import { loadLawFiles } from '../law/load-node';

const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
try {
  const rules = loadLawFiles(dir);
  console.log(`${rules.length} law files valid`);
  for (const r of rules) console.log(`  ${r.kind.padEnd(9)} ${r.jurisdiction.padEnd(5)} ${r.id}: ${r.law.en} ${r.article.en}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
