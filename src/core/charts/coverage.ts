// Coverage heatmap: reports (rows) × codes or required parts (columns). Code cells count
// segments or the share of the report's characters (the code × report matrix of retrieval);
// part cells are present (1) or missing (0). Rows and columns can be ordered by label, total
// or similarity (clustering).
import { codeReportMatrix, segmentsFor } from '../codebook/retrieval.ts';
import type { Code, Coding } from '../codebook/types.ts';
import type { Heading } from '../types.ts';
import { clusterOrder } from './cluster.ts';
import { compareLabels } from './order.ts';
import type { AxisOrder, HeatCell, HeatRow, HeatmapData, PartKey } from './types.ts';

export interface CoverageReport {
  id: string;
  label: string;
  chars: number;
  outline: readonly Heading[];
  /** Canonical text, for the tooltip's quote (optional). */
  text?: string;
}

const clip = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Reports × codes; `codes` are the columns (pass the codes of one codebook, in tree order). */
export function shapeCodeCoverage(
  reports: readonly CoverageReport[],
  codes: readonly Code[],
  columns: readonly HeatRow[],
  codings: readonly Coding[],
  metric: 'count' | 'share',
): HeatmapData {
  const matrix = codeReportMatrix(codes, codings, reports);
  const cells = reports.map((r) =>
    columns.map((col): HeatCell => {
      const m = matrix[col.id]?.[r.id] ?? { count: 0, share: 0 };
      const first = m.count ? segmentsFor(codes, codings, col.id, { reportIds: [r.id] })[0] : null;
      return {
        value: metric === 'count' ? m.count : m.share,
        count: m.count,
        at: first?.start ?? null,
        quote: first ? clip(r.text ? r.text.slice(first.start, first.end) : first.quote) : null,
      };
    }),
  );
  return finish('codes', metric, reports, columns, cells);
}

/** Reports × required parts: 1 when the report has a level-1 section of the part. */
export function shapePartCoverage(
  reports: readonly CoverageReport[],
  parts: readonly { id: PartKey; label: string }[],
): HeatmapData {
  const cells = reports.map((r) =>
    parts.map((p): HeatCell => {
      const secs = r.outline.filter((h) => h.level === 1 && h.part === p.id);
      const h = secs[0];
      return {
        value: secs.length ? 1 : 0,
        count: secs.length,
        at: h?.start ?? null,
        quote: h ? clip(r.text ? r.text.slice(h.start, h.end).trim() : h.marker + h.title) : null,
      };
    }),
  );
  return finish('parts', 'presence', reports, parts, cells);
}

function finish(
  mode: HeatmapData['mode'],
  metric: HeatmapData['metric'],
  reports: readonly CoverageReport[],
  cols: readonly HeatRow[],
  cells: HeatCell[][],
): HeatmapData {
  const max = Math.max(0, ...cells.flat().map((c) => c.value));
  return {
    kind: 'coverage',
    mode,
    metric,
    rows: reports.map((r) => ({ id: r.id, label: r.label })),
    cols: cols.map((c) => ({ id: c.id, label: c.label })),
    cells,
    max,
  };
}

function axisOrder(labels: readonly string[], vectors: number[][], order: AxisOrder): number[] {
  const idx = labels.map((_, i) => i);
  if (order === 'label') return idx.sort((a, b) => compareLabels(labels[a], labels[b]) || a - b);
  if (order === 'total') {
    const tot = vectors.map((v) => v.reduce((s, x) => s + x, 0));
    return idx.sort((a, b) => tot[b] - tot[a] || a - b);
  }
  if (order === 'cluster') return clusterOrder(vectors);
  return idx;
}

/** The same heatmap with rows and columns reordered. */
export function orderHeatmap(data: HeatmapData, rows: AxisOrder, cols: AxisOrder): HeatmapData {
  const rowVecs = data.cells.map((r) => r.map((c) => c.value));
  const colVecs = data.cols.map((_, j) => data.cells.map((r) => r[j].value));
  const ri = axisOrder(
    data.rows.map((r) => r.label),
    rowVecs,
    rows,
  );
  const ci = axisOrder(
    data.cols.map((c) => c.label),
    colVecs,
    cols,
  );
  return {
    ...data,
    rows: ri.map((i) => data.rows[i]),
    cols: ci.map((j) => data.cols[j]),
    cells: ri.map((i) => ci.map((j) => data.cells[i][j])),
  };
}
