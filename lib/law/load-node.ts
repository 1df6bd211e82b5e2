import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNecessaryScope, type NecessaryScope } from './necessary-schema';
import { parseLawRule, type LawRule } from './schema';

export const LAW_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');
export const NECESSARY_SCOPE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'necessary-scope.json');

/** Read and validate every law file (build time and tests; Node). */
export function loadLawFiles(dir: string = LAW_DIR): LawRule[] {
  const errors: string[] = [];
  const rules: LawRule[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'necessary-scope.json').sort()) {
    try {
      rules.push(parseLawRule(JSON.parse(readFileSync(join(dir, f), 'utf8')), f));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(`${errors.length} invalid law file(s):\n${errors.join('\n')}`);
  return rules;
}

/** The necessary-scope table (Node), or null when the file is absent. */
export function loadNecessaryScope(file: string = NECESSARY_SCOPE_FILE): NecessaryScope | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseNecessaryScope(JSON.parse(raw));
}
