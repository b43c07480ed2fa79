// The Dexie database: one typed handle, versioned schema. Add a new version() with an upgrade
// for every change; never edit an old version.
import Dexie, { type EntityTable } from 'dexie';
import { toRow } from './rows.ts';
import { mentionSetsOf } from './mention-sets.ts';
import type {
  IndicatorRecord,
  MentionSetRecord,
  QuantityDecision,
  QuantityRecord,
  ReportRecord,
  ReportRow,
  ReportTextRecord,
  SettingRecord,
  TrashRecord,
} from './types.ts';
import type { Code, Codebook, Coding } from '../core/codebook/types.ts';
import type { Rule } from '../core/codebook/rules.ts';
import type { UndoEntry } from '../core/undo/types.ts';

/** An undo-log entry as stored: `stack` says whether it can be undone or redone. */
export interface UndoRow extends UndoEntry {
  stack: 'done' | 'undone';
  seq: number;
}

export type ReportbenchDb = Dexie & {
  reports: EntityTable<ReportRecord, 'id'>;
  reportRows: EntityTable<ReportRow, 'id'>;
  texts: EntityTable<ReportTextRecord, 'reportId'>;
  trash: EntityTable<TrashRecord, 'reportId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  quantities: EntityTable<QuantityRecord, 'id'>;
  mentionSets: EntityTable<MentionSetRecord, 'reportId'>;
  decisions: EntityTable<QuantityDecision, 'id'>;
  indicators: EntityTable<IndicatorRecord, 'id'>;
  codebooks: EntityTable<Codebook, 'id'>;
  codes: EntityTable<Code, 'id'>;
  codings: EntityTable<Coding, 'id'>;
  rules: EntityTable<Rule, 'id'>;
  undo: EntityTable<UndoRow, 'id'>;
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
  // v2: quantities (regenerable), the user's decisions on them (never regenerated), and the
  // user's indicator edits. Reports stored by v1 get extractVersion 0: the worker backfills
  // their quantities in the background instead of blocking the upgrade.
  db.version(2)
    .stores({
      quantities: 'id, reportId, indicatorId',
      decisions: 'id, reportId',
      indicators: 'id',
    })
    .upgrade((tx) =>
      tx
        .table('reports')
        .toCollection()
        .modify((r: { extractVersion?: number }) => {
          r.extractVersion = 0;
        }),
    );
  // v3: coding — codebooks, a code tree, codings per coder, auto-coding rules, the undo log.
  db.version(3).stores({
    codebooks: 'id',
    codes: 'id, codebookId, parentId',
    codings: 'id, reportId, codeId, coder, [reportId+codeId]',
    rules: 'id, codeId',
    undo: 'id, stack, seq',
  });
  // v5: comparison — the user's cell choices and manual entries (with history), populations
  // per locality, saved report sets and metric tables. Tables typed in db/compare.ts.
  db.version(5).stores({
    cellChoices: 'id, reportId, indicatorId',
    populations: 'locality',
    compareSets: 'id, name',
  });
  // v6: saved charts (spec + name; data is recomputed). Typed in db/charts.ts.
  db.version(6).stores({
    charts: 'id, name, updatedAt',
  });
  // v7: workshop — exercise packs opened here, and submissions imported (who, when, how many
  // codings). Typed in db/workshop.ts.
  // Dexie allows gaps between version numbers.
  db.version(7).stores({
    exercises: 'id, openedAt',
    submissions: 'id, coder, importedAt',
  });
  // v8: the library list's slim rows (no outline, detection, warnings), so opening a library of
  // 10,000 reports does not structured-clone 10,000 full records. Filled from the reports.
  // reports gain an extractVersion index: the start-up backfill check reads keys, not records.
  db.version(8)
    .stores({
      reportRows: 'id, importedAt',
      reports: 'id, &hash, year, importedAt, localityName, province, tier, extractVersion',
    })
    .upgrade(async (tx) => {
      const all = (await tx.table('reports').toArray()) as ReportRecord[];
      await tx.table('reportRows').bulkPut(all.map(toRow));
    });
  // v9: each report's indicator mentions, packed, so the metric table of 10,000 reports reads
  // 10,000 small records instead of every quantity and every text (db/mention-sets.ts).
  db.version(9)
    .stores({ mentionSets: 'reportId' })
    .upgrade(async (tx) => {
      const ids = (await tx.table('reports').toCollection().primaryKeys()) as string[];
      const qs = (await tx.table('quantities').toArray()) as QuantityRecord[];
      await tx.table('mentionSets').bulkPut(mentionSetsOf(ids, qs));
    });
  return db;
}

let shared: ReportbenchDb | null = null;

/** The app's database (one per origin). Tests use createDb() with their own name. */
export function getDb(): ReportbenchDb {
  shared ??= createDb();
  return shared;
}
