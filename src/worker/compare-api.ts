// The typed API of the compare worker: the stored data of the selected reports (texts,
// quantities, decisions, choices) stay in the worker; the finished table comes back.
import type { CellChoiceRecord, PopulationRecord } from '../db/compare.ts';
import type { CompareColumn, Mention } from '../core/compare/types.ts';
import type { Indicator } from '../core/indicators/types.ts';
import type { ExportCell } from '../core/compare/export.ts';
import type { ViewTable } from '../core/compare/view-table.ts';

/** Columns in a large selection's preview: more than a screen holds, few enough to be read
 * by key (db/compare.ts SCAN_ABOVE). */
export const PREVIEW_COLUMNS = 40;

export interface TableRequest {
  /** Selected report ids (the data key). */
  ids: string[];
  /** Columns in display order before sorting by a row. */
  columns: CompareColumn[];
  indicators: Indicator[];
  normalise: boolean;
  keepEmptyRows: boolean;
  sortRow: { id: string; dir: 1 | -1 } | null;
}

export interface TableResult {
  /** The `ids` of the request, joined: the selection this table is for. */
  key: string;
  table: ViewTable;
  choices: CellChoiceRecord[];
  populations: PopulationRecord[];
  /** A preview of the first columns: the number of columns the full table will have. */
  of: number | null;
}

export interface CompareWorkerApi {
  /**
   * Watch these reports' data (liveQuery); `changed(key)` is called each time it is (re)loaded,
   * so the caller asks for a new table. For a large selection `previewIds` (the columns shown
   * first) are read on their own first, and a preview of them is built until the rest is in.
   */
  watch(ids: string[], changed: (key: string) => void, previewIds?: string[]): Promise<void>;
  /** The table from the data last loaded; while a large selection's data is still loading, a
   * preview of its first columns (`of` set); null when there is nothing to build yet. */
  build(req: TableRequest): Promise<TableResult | null>;
  /** Every mention (with sentences) of one cell of the last table, for its popover. */
  mentions(reportId: string, indicatorId: string): Promise<Mention[]>;
  /** The last table's export rows (none while it is a preview): wide or long form. */
  exportRows(kind: 'wide' | 'long'): Promise<ExportCell[][]>;
}
