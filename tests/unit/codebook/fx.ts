// Deterministic ids, GUIDs and clock for codebook tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function effects() {
  let n = 0;
  let g = 0;
  let t = Date.UTC(2024, 0, 1);
  return {
    newId: () => `id${++n}`,
    newGuid: () => `00000000-0000-4000-8000-${String(++g).padStart(12, '0')}`,
    now: () => new Date((t += 1000)).toISOString(),
  };
}

export const SEEDS_DIR = join(import.meta.dirname, '../../../seeds');

export function seeds(): { id: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}
