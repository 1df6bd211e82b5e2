/**
 * npx tsx lib/perf/size.ts [--json] [ENTRY]: what makes up the content script. Bundles
 * entrypoints/scan.ts (or ENTRY) with esbuild, minified like the real build, and prints
 * the bytes each module contributes to the output (esbuild's metafile, bytesInOutput).
 * WXT's globals (defineUnlistedScript, browser) are stubbed; the figures are close to the
 * built .output/chrome-mv3/scan.js, not identical (Vite/Rolldown minifies a little apart).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../cli/browser';

export interface Composition {
  total_bytes: number;
  /** Bytes in the output per input module (relative path), largest first. */
  modules: Record<string, number>;
}

export async function composition(entry = 'entrypoints/scan.ts'): Promise<Composition> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: { '@': ROOT.replace(/\/$/, '') },
    banner: { js: 'var defineUnlistedScript=(f)=>f,browser=globalThis.chrome;' },
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  });
  const out = Object.values(result.metafile.outputs)[0]!;
  const modules = Object.entries(out.inputs)
    .map(([path, v]) => [path.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/'), v.bytesInOutput] as const)
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
  return { total_bytes: result.outputFiles![0]!.contents.length, modules: Object.fromEntries(modules) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const entry = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const c = await composition(entry);
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(c) + '\n');
  else {
    console.log(`total ${(c.total_bytes / 1024).toFixed(1)} KB`);
    for (const [m, b] of Object.entries(c.modules)) console.log(`${(b / 1024).toFixed(1).padStart(7)} KB  ${m}`);
  }
}
