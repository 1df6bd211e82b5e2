/**
 * npm run stories --silent -- [--json] [--check]
 *   --json   every story record, one JSON object per line
 *   --check  validate the story files and print counts (exit 1 with the problems)
 *   --dir D  read story files from folder D instead of lib/stories/data
 *   (none)   a readable list
 */
import { loadStoryFiles } from '../stories/load-node';

// A closed pipe (`| head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
try {
  const stories = loadStoryFiles(dir);
  if (args.includes('--json')) {
    for (const s of stories) process.stdout.write(JSON.stringify(s) + '\n');
  } else if (args.includes('--check')) {
    const by = (key: (s: (typeof stories)[number]) => string) =>
      Object.entries(stories.reduce<Record<string, number>>((acc, s) => ((acc[key(s)] = (acc[key(s)] ?? 0) + 1), acc), {}))
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    console.log(`${stories.length} stories valid`);
    console.log(`by country: ${by((s) => s.jurisdiction.country)}`);
    console.log(`by kind: ${by((s) => s.kind)}`);
    console.log(`by sector: ${by((s) => s.sector)}`);
  } else {
    for (const s of stories) {
      console.log(`${s.date}  ${s.jurisdiction.country}  ${s.id}\n    ${s.title.zh}\n    ${s.title.en}`);
    }
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
