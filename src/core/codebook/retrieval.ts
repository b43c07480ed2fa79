// Retrieval: the coded segments of a code (with its children) and the code × report matrix.
import { subtreeIds } from './tree.ts';
import type { Code, Coding } from './types.ts';

export interface SegmentFilter {
  reportIds?: string[];
  coders?: string[];
  /** true: only rule codings awaiting confirmation; false: only confirmed/manual ones. */
  auto?: boolean;
}

/** Codings of `codeId` (and, by default, its descendants), in report and text order. */
export function segmentsFor(
  codes: readonly Code[],
  codings: readonly Coding[],
  codeId: string,
  opts: SegmentFilter & { includeChildren?: boolean } = {},
): Coding[] {
  const ids = opts.includeChildren === false ? new Set([codeId]) : subtreeIds(codes, codeId);
  return codings
    .filter(
      (c) =>
        ids.has(c.codeId) &&
        (!opts.reportIds?.length || opts.reportIds.includes(c.reportId)) &&
        (!opts.coders?.length || opts.coders.includes(c.coder)) &&
        (opts.auto === undefined || c.auto === opts.auto),
    )
    .sort((a, b) => a.reportId.localeCompare(b.reportId) || a.start - b.start || a.end - b.end);
}

/** Characters covered by the union of the spans (overlaps counted once). */
export function coveredChars(spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let cur = -1;
  for (const s of sorted) {
    const from = Math.max(s.start, cur);
    if (s.end > from) total += s.end - from;
    cur = Math.max(cur, s.end);
  }
  return total;
}

export interface MatrixCell {
  /** Number of segments. */
  count: number;
  /** Share of the report's characters covered (0–1), overlaps counted once. */
  share: number;
}

/**
 * Code × report matrix: for each code (with its descendants) and report, the segment count and
 * the share of the report's characters. Keys: matrix[codeId][reportId].
 */
export function codeReportMatrix(
  codes: readonly Code[],
  codings: readonly Coding[],
  reports: readonly { id: string; chars: number }[],
  opts: SegmentFilter = {},
): Record<string, Record<string, MatrixCell>> {
  const out: Record<string, Record<string, MatrixCell>> = {};
  for (const code of codes) {
    const segs = segmentsFor(codes, codings, code.id, opts);
    const row: Record<string, MatrixCell> = {};
    for (const r of reports) {
      const mine = segs.filter((s) => s.reportId === r.id);
      row[r.id] = {
        count: mine.length,
        share: r.chars > 0 ? coveredChars(mine) / r.chars : 0,
      };
    }
    out[code.id] = row;
  }
  return out;
}
