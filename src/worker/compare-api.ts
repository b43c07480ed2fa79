// The typed API of the compare worker: the stored data of the selected reports (texts,
// quantities, decisions, choices) stay in the worker; the finished table comes back.
import type { CellChoiceRecord, PopulationRecord } from '../db/compare.ts';
import type { CompareColumn, Mention } from '../core/compare/types.ts';
import type { Indicator } from '../core/indicators/types.ts';
import type { ExportCell } from '../core/compare/export.ts';
import type { ViewTable } from '../core/compare/view-table.ts';

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
}

export interface CompareWorkerApi {
  /**
   * Watch these reports' data (liveQuery); `changed(key)` is called each time it is (re)loaded,
   * so the caller asks for a new table.
   */
  watch(ids: string[], changed: (key: string) => void): Promise<void>;
  /** The table from the data last loaded; null while the data of `req.ids` is not loaded yet. */
  build(req: TableRequest): Promise<TableResult | null>;
  /** Every mention (with sentences) of one cell of the last table, for its popover. */
  mentions(reportId: string, indicatorId: string): Promise<Mention[]>;
  /** The last table's export rows: the wide table or the long form. */
  exportRows(kind: 'wide' | 'long'): Promise<ExportCell[][]>;
}
