// Shared helpers for the decode tests: fixture bytes, the Node pdf.js host, error capture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeDecodeHost } from '../../../src/cli/pdf-host-node.ts';
import { extractText } from '../../../src/core/decode/index.ts';
import { ImportFailure } from '../../../src/core/errors.ts';
import type { ExtractedText, ImportError, InputFile } from '../../../src/core/types.ts';

const DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const host = nodeDecodeHost();

export function fixture(name: string): InputFile {
  return { path: name, bytes: new Uint8Array(readFileSync(DIR + name)) };
}

export function seedParagraphs(name: string): string[] {
  const path = fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function extract(file: InputFile | string): Promise<ExtractedText> {
  return extractText(typeof file === 'string' ? fixture(file) : file, host);
}

/** The ImportError extractText fails with (the test fails if it succeeds or throws anything else). */
export async function failure(file: InputFile | string): Promise<ImportError> {
  try {
    const result = await extract(file);
    throw new Error(`expected an ImportFailure, got text: ${result.text.slice(0, 80)}`);
  } catch (e) {
    if (e instanceof ImportFailure) return e.error;
    throw e;
  }
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
