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
    const region = (c: string) => (c === 'CN' ? 'mainland China' : c === 'TW' || c === 'HK' ? 'Taiwan and Hong Kong' : 'international');
    console.log(`by region: ${by((s) => region(s.jurisdiction.country))}`);
    const sources = stories.flatMap((s) => s.sources);
    const linked = stories.filter((s) => s.sources.some((x) => x.url && !x.commentary)).length;
    const anyLink = stories.filter((s) => s.sources.some((x) => x.url)).length;
    console.log(
      `sources: ${sources.length}, dated ${sources.filter((x) => x.date).length}, with a URL ${sources.filter((x) => x.url).length}, commentary ${sources.filter((x) => x.commentary).length}; ` +
        `stories with a link ${anyLink} (${((100 * anyLink) / stories.length).toFixed(1)}%), with a link that is not commentary ${linked} (${((100 * linked) / stories.length).toFixed(1)}%)`,
    );
    const tags = stories.flatMap((s) => s.practices ?? []);
    console.log(`by practice tag: ${Object.entries(tags.reduce<Record<string, number>>((a, t) => ((a[t] = (a[t] ?? 0) + 1), a), {})).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}; untagged ${stories.filter((s) => !s.practices?.length).length}`);
  } else {
    for (const s of stories) {
      console.log(`${s.date}  ${s.jurisdiction.country}  ${s.id}\n    ${s.title.zh}\n    ${s.title.en}`);
    }
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
