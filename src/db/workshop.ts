// Workshop storage: the local state a bundle is merged against, the merge written in ONE
// transaction (a full quota or any failure leaves nothing half-written), exercise packs opened
// here and the submissions imported.
import type { Table } from 'dexie';
import type { ReportbenchDb } from './schema.ts';
import type { ReportRecord } from './types.ts';
import { toRow } from './rows.ts';
import {
  PLAIN_TABLES,
  planMerge,
  readBundle,
  type Bundle,
  type MergePlan,
  type Outcome,
  type BundleError,
  type ExerciseInfo,
  type LocalState,
  type MergeWrites,
  type PlainTable,
  type Rec,
} from '../core/workshop/index.ts';

export interface ExerciseRecord extends ExerciseInfo {
  openedAt: number;
  /** trainer: made here; participant: opened from a pack. */
  role: 'trainer' | 'participant';
  /** Who made the pack (its creator's coder name). */
  createdBy: string;
}

export interface SubmissionRecord {
  id: string;
  coder: string;
  exerciseId: string | null;
  fileName: string;
  codings: number;
  importedAt: number;
}

export const exercisesTable = (db: ReportbenchDb) =>
  db.table('exercises') as Table<ExerciseRecord, string>;
export const submissionsTable = (db: ReportbenchDb) =>
  db.table('submissions') as Table<SubmissionRecord, string>;

/** Plain tables that exist in this schema (a table another version adds may be missing). */
export function plainTable(db: ReportbenchDb, name: PlainTable): Table<Rec, string> | null {
  return db.tables.some((t) => t.name === name) ? (db.table(name) as Table<Rec, string>) : null;
}

/** Settings worth carrying between browsers; the coder name only travels in backups. */
export const SHARED_SETTINGS = ['locale', 'activeCodebook'];
export const BACKUP_SETTINGS = [...SHARED_SETTINGS, 'coderName', 'lastCode'];
export const LAST_BACKUP_KEY = 'workshop.lastBackupAt';
export const BACKUP_SNOOZE_KEY = 'workshop.backupSnoozedUntil';

export async function loadLocalState(db: ReportbenchDb): Promise<LocalState> {
  const plain = {} as Record<PlainTable, Rec[]>;
  for (const t of PLAIN_TABLES) plain[t] = (await plainTable(db, t)?.toArray()) ?? [];
  return {
    reports: (await db.reports.toArray()) as unknown as Rec[],
    codebooks: await db.codebooks.toArray(),
    codes: await db.codes.toArray(),
    codings: await db.codings.toArray(),
    rules: await db.rules.toArray(),
    plain,
    settings: (await db.settings.toArray()).map((s) => ({ key: s.key, value: s.value })),
  };
}

function isQuota(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | null; x; x = x.inner as typeof x)
    if (x.name === 'QuotaExceededError') return true;
  return false;
}

export interface WriteExtras {
  exercise?: ExerciseRecord;
  submission?: SubmissionRecord;
}

/** Writes a merge in one read-write transaction: all of it, or (on any error) none of it. */
export async function applyMerge(
  db: ReportbenchDb,
  writes: MergeWrites,
  extras: WriteExtras = {},
): Promise<BundleError | null> {
  const plain = PLAIN_TABLES.map((t) => [t, plainTable(db, t)] as const).filter(([, x]) => x);
  const tables = [
    db.reports,
    db.reportRows,
    db.texts,
    db.codebooks,
    db.codes,
    db.codings,
    db.rules,
    db.settings,
    exercisesTable(db),
    submissionsTable(db),
    ...plain.map(([, x]) => x!),
  ];
  const p = writes.puts;
  try {
    await db.transaction('rw', tables, async () => {
      await db.reports.bulkPut(p.reports as never[]);
      // The library's slim rows follow every report write (db/rows.ts).
      await db.reportRows.bulkPut((p.reports as unknown as ReportRecord[]).map(toRow));
      await db.texts.bulkPut(writes.texts as never[]);
      await db.codebooks.bulkPut(p.codebooks as never[]);
      await db.codes.bulkPut(p.codes as never[]);
      await db.codings.bulkPut(p.codings as never[]);
      await db.rules.bulkPut(p.rules as never[]);
      await db.settings.bulkPut(p.settings as never[]);
      for (const [name, table] of plain) await table!.bulkPut(p[name]);
      if (extras.exercise) await exercisesTable(db).put(extras.exercise);
      if (extras.submission) await submissionsTable(db).put(extras.submission);
    });
    return null;
  } catch (e) {
    if (isQuota(e)) return { code: 'quota', detail: '' };
    return { code: 'write-failed', detail: (e as Error).message ?? String(e) };
  }
}

export function listExercises(db: ReportbenchDb) {
  return exercisesTable(db).orderBy('openedAt').reverse().toArray();
}

export function listSubmissions(db: ReportbenchDb) {
  return submissionsTable(db).orderBy('importedAt').reverse().toArray();
}

export interface PlannedImport {
  bundle: Bundle;
  plan: MergePlan;
  /** Text fields that lost markup. */
  sanitised: number;
}

/** Reads and validates a bundle file and plans its merge into this database; writes nothing. */
export async function planImport(
  db: ReportbenchDb,
  bytes: Uint8Array,
  newId: () => string,
): Promise<Outcome<PlannedImport>> {
  const read = await readBundle(bytes);
  if (!read.ok) return read;
  const { sanitised, ...bundle } = read.value;
  const plan = planMerge(bundle, await loadLocalState(db), newId);
  if (!plan.ok) return plan;
  return { ok: true, value: { bundle, plan: plan.value, sanitised } };
}

export function saveExercise(db: ReportbenchDb, ex: ExerciseRecord) {
  return exercisesTable(db).put(ex);
}
