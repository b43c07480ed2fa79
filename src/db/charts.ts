// Saved charts: a name and a spec (which reports, which chart, its options). The data is
// recomputed from the library when a saved chart is reopened.
import type { Table } from 'dexie';
import type { ReportbenchDb } from './schema.ts';
import type { ChartSpec } from '../core/charts/types.ts';
import type { ReportRecord } from './types.ts';
import { loadCompareData, type CompareData } from './compare.ts';

export interface ChartRecord {
  id: string;
  name: string;
  spec: ChartSpec;
  updatedAt: number;
}

const charts = (db: ReportbenchDb) => db.table('charts') as Table<ChartRecord, string>;

export function listCharts(db: ReportbenchDb): Promise<ChartRecord[]> {
  return charts(db).orderBy('updatedAt').reverse().toArray();
}

export async function saveChart(db: ReportbenchDb, rec: ChartRecord): Promise<void> {
  await charts(db).put(rec);
}

export async function deleteChart(db: ReportbenchDb, id: string): Promise<void> {
  await charts(db).delete(id);
}

export interface ChartInputs extends CompareData {
  /** The reports, in the order asked for (missing ones left out). */
  reports: ReportRecord[];
}

/** Everything the charts of these reports need: the comparison data plus the report records. */
export async function loadChartInputs(
  db: ReportbenchDb,
  reportIds: readonly string[],
): Promise<ChartInputs> {
  const [reports, data] = await Promise.all([
    db.reports.bulkGet([...reportIds]),
    loadCompareData(db, reportIds),
  ]);
  return { ...data, reports: reports.filter((r): r is ReportRecord => !!r) };
}
