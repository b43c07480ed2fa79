// The passage grid: rows (required parts) × reports (columns); each cell holds that report's
// passages for the row. An empty cell is a gap the reader should see ("未涉及"), not an error.
import { REQUIRED_PARTS, type Heading } from '../types.ts';
import { segmentsFor } from '../codebook/retrieval.ts';
import { flatten } from '../codebook/tree.ts';
import type { Code, Coding } from '../codebook/types.ts';

export type PartRow = (typeof REQUIRED_PARTS)[number];

/** What the grid needs of a report. */
export interface GridReport {
  id: string;
  outline: readonly Heading[];
  text: string;
}

export interface Passage {
  reportId: string;
  /** Offsets into the report's canonical text (the reader opens at `start`). */
  start: number;
  end: number;
  /** The section heading as written (marker + title). */
  heading: string;
  text: string;
}

export interface GridCell {
  reportId: string;
  passages: Passage[];
  /** True when the report has no passage for the row. */
  missing: boolean;
}

export interface GridRow {
  key: string;
  /** Row label for code rows (the code's path, `领域 7 / 行政复议`); parts are labelled by the UI. */
  label?: string;
  depth?: number;
  cells: GridCell[];
}

/** Passages of one report labelled with a part: the text of each level-1 section of that part. */
export function partPassages(report: GridReport, part: PartRow): Passage[] {
  return report.outline
    .filter((h) => h.level === 1 && h.part === part)
    .map((h) => ({
      reportId: report.id,
      start: h.start,
      end: h.sectionEnd,
      heading: report.text.slice(h.start, h.end).trim(),
      text: report.text.slice(h.start, h.sectionEnd).trim(),
    }));
}

/** Rows = required parts; `filter` keeps passages containing the text (a row stays, cells empty). */
export function buildPartGrid(
  reports: readonly GridReport[],
  parts: readonly PartRow[] = REQUIRED_PARTS,
  filter = '',
): GridRow[] {
  const needle = filter.trim();
  return parts.map((part) => ({
    key: part,
    cells: reports.map((r) => {
      const passages = partPassages(r, part).filter((p) => !needle || p.text.includes(needle));
      return { reportId: r.id, passages, missing: passages.length === 0 };
    }),
  }));
}

/**
 * Rows = the codes of a codebook (tree order); a cell holds the report's coded segments of that
 * code and its descendants. Segment passages have no heading: the passage is the coded text.
 */
export function buildCodeGrid(
  reports: readonly GridReport[],
  codes: readonly Code[],
  codings: readonly Coding[],
  filter = '',
): GridRow[] {
  const needle = filter.trim();
  return flatten(codes).map(({ code, depth, path }) => ({
    key: code.id,
    label: path.join(' / '),
    depth,
    cells: reports.map((r) => {
      const passages = segmentsFor(codes, codings, code.id, { reportIds: [r.id] })
        .map((c) => ({
          reportId: r.id,
          start: c.start,
          end: c.end,
          heading: '',
          text: r.text ? r.text.slice(c.start, c.end) : c.quote,
        }))
        .filter((p) => !needle || p.text.includes(needle));
      return { reportId: r.id, passages, missing: passages.length === 0 };
    }),
  }));
}

/** First line of a passage, for the collapsed cell. */
export function firstLine(text: string, max = 80): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
