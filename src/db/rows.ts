// The slim list rows (table `reportRows`, schema v8): one per report, kept in step with it by
// every write in db/reports.ts, so the library opens without reading full records.
import type { ReportbenchDb } from './schema.ts';
import type { ReportRecord, ReportRow } from './types.ts';

export function toRow(r: ReportRecord): ReportRow {
  return {
    id: r.id,
    fileName: r.fileName,
    format: r.format,
    encoding: r.encoding,
    bytes: r.bytes,
    chars: r.chars,
    importedAt: r.importedAt,
    title: r.title,
    locality: r.locality,
    year: r.year,
    published: r.published,
    issuer: r.issuer,
    edited: r.edited,
    parts: r.parts,
    localityName: r.localityName,
    province: r.province,
    tier: r.tier,
  };
}

/** In an explicit transaction, which Dexie's liveQuery cache skips: otherwise it deep-clones
 * every result it hands out (500 ms of 10,000 rows), while the rows are never mutated. */
export function listRows(db: ReportbenchDb): Promise<ReportRow[]> {
  return db.transaction('r', db.reportRows, () => db.reportRows.orderBy('importedAt').toArray());
}

export interface FirstRows {
  /** The first `limit` rows in import order. */
  head: ReportRow[];
  /** How many rows there are in all. */
  count: number;
}

/** What the library's first paint needs without reading every row: the first page in import
 * order and the count. (Counting the table, not an index: Chromium checks every index entry
 * against its record, which made the index count 5–8 times slower.) */
export function firstRows(db: ReportbenchDb, limit: number): Promise<FirstRows> {
  return db.transaction('r', db.reportRows, async () => {
    const [count, head] = await Promise.all([
      db.reportRows.count(),
      db.reportRows.orderBy('importedAt').limit(limit).toArray(),
    ]);
    return { head, count };
  });
}

/** Rebuild the rows if they do not account for every report (a writer that bypassed
 * db/reports.ts, or a half-finished upgrade). Two counts when all is well. */
export async function syncRows(db: ReportbenchDb): Promise<boolean> {
  const [reports, rows] = await db.transaction('r', db.reports, db.reportRows, () =>
    Promise.all([db.reports.count(), db.reportRows.count()]),
  );
  if (reports === rows) return false;
  await rebuildRows(db);
  return true;
}

function rebuildRows(db: ReportbenchDb): Promise<void> {
  return db.transaction('rw', db.reports, db.reportRows, async () => {
    const all = await db.reports.toArray();
    await db.reportRows.clear();
    await db.reportRows.bulkPut(all.map(toRow));
  });
}
