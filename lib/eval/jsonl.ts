import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One JSON object per non-empty line; a bad line is named by file and line number. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as T;
      } catch (e) {
        throw new Error(`${basename(path)}:${i + 1}: ${(e as Error).message}`);
      }
    });
}
