// The metric table as the UI receives it from the compare worker: each cell keeps its value,
// unit, marks and the chosen mention (sentence + offsets) but only the count of its mentions,
// so 1,000 reports × 45 indicators cross the worker boundary without every mention's sentence.
// The full list of one cell is fetched when its popover opens.
import type { MetricCell, MetricRow, MetricTable } from './metric-table.ts';

export interface ViewCell extends Omit<MetricCell, 'mentions'> {
  mentionCount: number;
}

export interface ViewRow extends Omit<MetricRow, 'cells'> {
  cells: ViewCell[];
}

export interface ViewTable extends Omit<MetricTable, 'rows'> {
  rows: ViewRow[];
}

export const EMPTY_VIEW_TABLE: ViewTable = { columns: [], rows: [], normalised: false, yoy: false };

export function toViewTable(t: MetricTable): ViewTable {
  return {
    ...t,
    rows: t.rows.map((r) => ({
      ...r,
      cells: r.cells.map(({ mentions, ...c }) => ({ ...c, mentionCount: mentions.length })),
    })),
  };
}
