// The import pipeline, shared by the worker and the CLI:
// unpack → decode → to plain text → clean → outline → metadata → hash.
import { expandArchives, extractText, type DecodeHost } from './decode/index.ts';
import { cleanText } from './clean/index.ts';
import { findOutline, partsPresent } from './outline/index.ts';
import { detectMeta } from './meta/index.ts';
import { importError, ImportFailure } from './errors.ts';
import { sha256Hex } from './hash.ts';
import type { ImportOutcome, InputFile, ParsedReport } from './types.ts';

export type PipelineHost = DecodeHost;

export type Stage = 'unpack' | 'decode' | 'clean' | 'outline' | 'meta' | 'hash';

export interface PipelineOptions {
  /** Called as each stage of one entry starts (for the per-file progress bar). */
  onStage?: (path: string, stage: Stage) => void;
  /** Checked between entries and stages; a true value stops the file with 'cancelled'. */
  cancelled?: () => boolean;
}

function baseName(path: string): string {
  const inner = path.split('!/').pop() ?? path;
  return inner.split('/').pop() ?? inner;
}

/** Parse one (non-archive) file into a report, or say precisely why not. Never throws. */
export async function parseEntry(
  file: InputFile,
  host: PipelineHost,
  opts: PipelineOptions = {},
): Promise<ImportOutcome> {
  const step = (stage: Stage) => {
    if (opts.cancelled?.()) throw new ImportFailure('cancelled');
    opts.onStage?.(file.path, stage);
  };
  try {
    step('decode');
    const extracted = await extractText(file, host);
    step('clean');
    const clean = cleanText(extracted);
    if (!clean.text.trim()) throw new ImportFailure('no-text');
    step('outline');
    const outline = findOutline(clean.text);
    step('meta');
    const meta = detectMeta(clean, {
      fileName: baseName(file.path),
      sourceTitle: extracted.sourceTitle,
    });
    step('hash');
    const report: ParsedReport = {
      file: file.path,
      format: extracted.format,
      encoding: extracted.encoding,
      hash: await sha256Hex(clean.text),
      text: clean.text,
      removed: clean.removed,
      meta,
      outline,
      parts: partsPresent(outline),
      chars: clean.text.length,
      bytes: file.bytes.byteLength,
      warnings: extracted.warnings,
    };
    return { ok: true, file: file.path, report };
  } catch (e) {
    const error = e instanceof ImportFailure ? e.error : importError('internal', String(e));
    return { ok: false, file: file.path, error };
  }
}

/** Entries of a file (a zip yields its contents, in archive order), each parsed or refused. */
export async function* parseFileEntries(
  file: InputFile,
  host: PipelineHost,
  opts: PipelineOptions = {},
): AsyncGenerator<ImportOutcome> {
  opts.onStage?.(file.path, 'unpack');
  let entries: ReturnType<typeof expandArchives>;
  try {
    entries = expandArchives(file);
  } catch (e) {
    const error = e instanceof ImportFailure ? e.error : importError('internal', String(e));
    yield { ok: false, file: file.path, error };
    return;
  }
  for (const entry of entries) {
    if ('error' in entry) yield { ok: false, file: entry.path, error: entry.error };
    else yield await parseEntry(entry, host, opts);
  }
}

/** All outcomes of one file, in order. */
export async function parseFile(
  file: InputFile,
  host: PipelineHost,
  opts: PipelineOptions = {},
): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for await (const o of parseFileEntries(file, host, opts)) out.push(o);
  return out;
}
