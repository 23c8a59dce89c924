import { readFileSync } from 'node:fs';

/** The objects of a JSON Lines file, one per non-blank line (the evaluation and red-team sets). */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
