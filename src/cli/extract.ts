// `extract [--csv] FILE...`: every quantity of every report, as one JSON array (or CSV with a
// header row), in input order. Same input handling as `inspect` (zips yield one report per
// entry). Exit 0 when every file imported, 1 otherwise; failures go to stderr and the output
// for the files that did import is still complete.
import { extractQuantities } from '../core/quantities/index.ts';
import { matchAll } from '../core/indicators/index.ts';
import type { ImportOutcome } from '../core/types.ts';

export interface ExtractIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface ExtractRow {
  file: string;
  text: string;
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  approx: string;
  unit: string;
  unitKind: string;
  subject: string | null;
  indicator: string | null;
  sentence: string;
}

export const CSV_COLUMNS = [
  'file',
  'text',
  'start',
  'end',
  'value',
  'low',
  'high',
  'approx',
  'unit',
  'unitKind',
  'subject',
  'indicator',
  'sentence',
] as const;

/** The rows for one report's canonical text. */
export function extractRows(file: string, text: string): ExtractRow[] {
  const qs = extractQuantities(text);
  const ms = matchAll(qs, text);
  return qs.map((q, k) => ({
    file,
    text: q.text,
    start: q.start,
    end: q.end,
    value: q.value,
    // Ranges only, right after value as documented.
    ...(q.low !== undefined && q.high !== undefined ? { low: q.low, high: q.high } : {}),
    approx: q.approx,
    unit: q.unit,
    unitKind: q.unitKind,
    subject: q.subject,
    indicator: ms[k].indicatorId,
    sentence: text.slice(q.sentenceStart, q.sentenceEnd).trim(),
  }));
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: readonly ExtractRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const r = row as unknown as Record<string, unknown>;
    lines.push(CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function formatJson(rows: readonly ExtractRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

/** Rows for every imported report; failures listed separately, in input order. */
export function rowsFromOutcomes(outcomes: readonly ImportOutcome[]): {
  rows: ExtractRow[];
  failures: string[];
} {
  const rows: ExtractRow[] = [];
  const failures: string[] = [];
  for (const o of outcomes) {
    if (o.ok) rows.push(...extractRows(o.file, o.report.text));
    else failures.push(`${o.file}: ${o.error.message}`);
  }
  return { rows, failures };
}

export async function runExtract(args: string[], io: ExtractIo): Promise<number> {
  const csv = args.includes('--csv');
  const files = args.filter((a) => a !== '--csv');
  if (files.length === 0) {
    io.stderr('usage: extract [--csv] FILE...\n');
    return 2;
  }
  // Loaded lazily so the formatting above can be used (and tested) without the pipeline.
  const { parseInputs } = await import('./inputs.ts');
  const { rows, failures } = rowsFromOutcomes(await parseInputs(files));
  io.stdout(csv ? formatCsv(rows) : formatJson(rows));
  for (const f of failures) io.stderr(`${f}\n`);
  return failures.length === 0 ? 0 : 1;
}
