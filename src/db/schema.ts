// The Dexie database: one typed handle, versioned schema. Add a new version() with an upgrade
// for every change; never edit an old version.
import Dexie, { type EntityTable } from 'dexie';
import type { ReportRecord, ReportTextRecord, SettingRecord, TrashRecord } from './types.ts';

export type ReportbenchDb = Dexie & {
  reports: EntityTable<ReportRecord, 'id'>;
  texts: EntityTable<ReportTextRecord, 'reportId'>;
  trash: EntityTable<TrashRecord, 'reportId'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DB_NAME = 'reportbench';

export function createDb(name = DB_NAME): ReportbenchDb {
  const db = new Dexie(name) as ReportbenchDb;
  db.version(1).stores({
    reports: 'id, &hash, year, importedAt, localityName, province, tier',
    texts: 'reportId',
    trash: 'reportId, batch, deletedAt',
    settings: 'key',
  });
  return db;
}

let shared: ReportbenchDb | null = null;

/** The app's database (one per origin). Tests use createDb() with their own name. */
export function getDb(): ReportbenchDb {
  shared ??= createDb();
  return shared;
}
