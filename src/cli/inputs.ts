// Reading CLI file arguments and running them through the same pipeline the app uses.
import { readFile } from 'node:fs/promises';
import { importError } from '../core/errors.ts';
import { parseFile } from '../core/pipeline.ts';
import type { ImportOutcome } from '../core/types.ts';
import { nodeHost } from './node-host.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Outcomes for every file argument, in input order; unreadable paths become failures. */
export async function parseInputs(paths: string[]): Promise<ImportOutcome[]> {
  const host = nodeHost();
  const out: ImportOutcome[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      out.push({ ok: false, file: path, error: importError('unreadable', code) });
      continue;
    }
    out.push(...(await parseFile({ path, bytes }, host)));
  }
  return out;
}
