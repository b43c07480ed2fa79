// Reads the seed reports the way the app does (bytes → UTF-8 text → ExtractedText).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedText } from '../../../src/core/types.ts';

const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** The seed whose file name contains `name` (e.g. `绵竹市`). */
export function seed(name: string): ExtractedText {
  const file = readdirSync(dir).find((f) => f.endsWith('.txt') && f.includes(name));
  if (!file) throw new Error(`no seed named ${name}`);
  const text = new TextDecoder('utf-8').decode(readFileSync(dir + file));
  return { format: 'txt', encoding: 'utf-8', text, warnings: [] };
}

export function extracted(text: string): ExtractedText {
  return { format: 'txt', encoding: 'utf-8', text, warnings: [] };
}
