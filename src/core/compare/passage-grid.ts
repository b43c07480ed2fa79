// The passage grid: rows × reports (columns); each cell holds that report's passages for the
// row. Rows are the required parts, the codes of a codebook, or outline sections matched by
// heading similarity. An empty cell is a gap the reader should see ("未涉及"), not an error.
import { REQUIRED_PARTS, type Heading } from '../types.ts';
import { segmentsFor } from '../codebook/retrieval.ts';
import { flatten } from '../codebook/tree.ts';
import type { Code, Coding } from '../codebook/types.ts';
import { DEFAULT_SIMILARITY, matchSections, outlineSections } from './sections.ts';

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
  /**
   * Row label for code rows (the code's path, `领域 7 / 行政复议`) and section rows (the first
   * report's heading); parts are labelled by the UI.
   */
  label?: string;
  /** Section rows: the required part the sections belong to. */
  part?: string | null;
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

const cellOf = (reportId: string, passages: Passage[]): GridCell => ({
  reportId,
  passages,
  missing: passages.length === 0,
});

/** Rows = required parts. */
export function buildPartGrid(
  reports: readonly GridReport[],
  parts: readonly PartRow[] = REQUIRED_PARTS,
): GridRow[] {
  return parts.map((part) => ({
    key: part,
    cells: reports.map((r) => cellOf(r.id, partPassages(r, part))),
  }));
}

/**
 * Rows = outline sections matched across reports by heading similarity (see sections.ts);
 * a cell holds the report's section of that row, if it has one.
 */
export function buildSectionGrid(
  reports: readonly GridReport[],
  threshold = DEFAULT_SIMILARITY,
): GridRow[] {
  const groups = matchSections(
    reports.map((r) => outlineSections(r.id, r.outline, r.text)),
    threshold,
  );
  const byId = new Map(reports.map((r) => [r.id, r]));
  return groups.map((g) => ({
    key: g.key,
    label: g.label,
    part: g.part,
    cells: reports.map((r) => {
      const s = g.members.get(r.id);
      const text = byId.get(r.id)!.text;
      const h = r.outline.find((x) => x.start === s?.start);
      const passages = s
        ? [
            {
              reportId: r.id,
              start: s.start,
              end: s.end,
              heading: h ? text.slice(h.start, h.end).trim() : s.title,
              text: text.slice(s.start, s.end).trim(),
            },
          ]
        : [];
      return cellOf(r.id, passages);
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
): GridRow[] {
  return flatten(codes).map(({ code, depth, path }) => ({
    key: code.id,
    label: path.join(' / '),
    depth,
    cells: reports.map((r) => {
      const passages = segmentsFor(codes, codings, code.id, { reportIds: [r.id] }).map((c) => ({
        reportId: r.id,
        start: c.start,
        end: c.end,
        heading: '',
        text: r.text ? r.text.slice(c.start, c.end) : c.quote,
      }));
      return cellOf(r.id, passages);
    }),
  }));
}

/**
 * Rows filtered by text: a row whose label contains the text stays whole; otherwise it keeps
 * only the passages containing the text, and goes when none does. `labelOf` labels the rows the
 * UI names (required parts).
 */
export function filterGrid(
  rows: readonly GridRow[],
  filter: string,
  labelOf: (row: GridRow) => string = (row) => row.label ?? '',
): GridRow[] {
  const needle = filter.trim();
  if (!needle) return [...rows];
  const out: GridRow[] = [];
  for (const row of rows) {
    if (labelOf(row).includes(needle)) {
      out.push(row);
      continue;
    }
    const cells = row.cells.map((c) =>
      cellOf(
        c.reportId,
        c.passages.filter((p) => p.text.includes(needle)),
      ),
    );
    if (cells.some((c) => !c.missing)) out.push({ ...row, cells });
  }
  return out;
}

/** First line of a passage, for the collapsed cell. */
export function firstLine(text: string, max = 80): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The text around the first occurrence of `needle` (for a collapsed passage under a filter). */
export function snippetAround(
  text: string,
  needle: string,
  radius = 24,
): { before: string; hit: string; after: string } | null {
  const n = needle.trim();
  const i = n ? text.indexOf(n) : -1;
  if (i < 0) return null;
  const a = Math.max(0, i - radius);
  const b = Math.min(text.length, i + n.length + radius);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (a > 0 ? '…' : '') + flat(text.slice(a, i)),
    hit: n,
    after: flat(text.slice(i + n.length, b)) + (b < text.length ? '…' : ''),
  };
}
