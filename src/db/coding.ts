// Coding storage: codebooks, codes, codings, rules and the persisted undo log. Every user action
// is an Edit (forward/backward Changes from src/core); `perform` applies its forward writes and
// records it in the undo table in ONE transaction, so a crash never leaves half an action.
import type { Change, Edit, UndoEntry, UndoState } from '../core/undo/types.ts';
import { MIN_UNDO_LIMIT } from '../core/undo/stack.ts';
import type { Code, Codebook, Coding } from '../core/codebook/types.ts';
import type { Rule } from '../core/codebook/rules.ts';
import type { ReportbenchDb, UndoRow } from './schema.ts';

/** Entries kept in the undo log (the issue asks for at least 100 across reloads). */
export const UNDO_KEEP = Math.max(200, MIN_UNDO_LIMIT);

function tables(db: ReportbenchDb) {
  return [db.codebooks, db.codes, db.codings, db.rules] as const;
}

/** Applies changes in order inside the caller's transaction. */
async function write(db: ReportbenchDb, changes: readonly Change[]): Promise<void> {
  for (const ch of changes) {
    const table = db.table(ch.table);
    if (ch.op === 'delete') await table.delete(ch.key);
    else await table.put(ch.value);
  }
}

/** Applies a list of Changes in one read-write transaction: all or nothing. */
export async function applyChangesDb(db: ReportbenchDb, changes: readonly Change[]): Promise<void> {
  await db.transaction('rw', [...tables(db)], () => write(db, changes));
}

/** Performs an action and records it for undo (dropping the redo branch), atomically. */
export async function perform(
  db: ReportbenchDb,
  edit: Edit,
  fx: { id: string; at: string },
): Promise<UndoEntry> {
  const entry: UndoEntry = {
    id: fx.id,
    label: edit.label,
    at: fx.at,
    forward: edit.forward,
    backward: edit.backward,
  };
  await db.transaction('rw', [...tables(db), db.undo], async () => {
    await write(db, edit.forward);
    await db.undo.where('stack').equals('undone').delete();
    const last = await db.undo.orderBy('seq').last();
    await db.undo.put({ ...entry, stack: 'done', seq: (last?.seq ?? 0) + 1 });
    const done = await db.undo.where('stack').equals('done').count();
    if (done > UNDO_KEEP) {
      const old = await db.undo
        .orderBy('seq')
        .limit(done - UNDO_KEEP)
        .primaryKeys();
      await db.undo.bulkDelete(old);
    }
  });
  return entry;
}

async function step(db: ReportbenchDb, dir: 'undo' | 'redo'): Promise<UndoEntry | null> {
  return db.transaction('rw', [...tables(db), db.undo], async () => {
    const from = dir === 'undo' ? 'done' : 'undone';
    const rows = await db.undo.where('stack').equals(from).sortBy('seq');
    // done: the newest (highest seq) is undone first; undone: the most recently undone is
    // redone first, and it got the highest seq when it was moved.
    const row = rows[rows.length - 1];
    if (!row) return null;
    await write(db, dir === 'undo' ? row.backward : row.forward);
    const last = await db.undo.orderBy('seq').last();
    await db.undo.put({
      ...row,
      stack: dir === 'undo' ? 'undone' : 'done',
      seq: (last?.seq ?? 0) + 1,
    });
    return strip(row);
  });
}

function strip(row: UndoRow): UndoEntry {
  const { stack: _s, seq: _q, ...entry } = row;
  return entry;
}

export const undoDb = (db: ReportbenchDb) => step(db, 'undo');
export const redoDb = (db: ReportbenchDb) => step(db, 'redo');

/** The persisted log as the core's UndoState (oldest first on each stack). */
export async function loadUndo(db: ReportbenchDb): Promise<UndoState> {
  const rows = await db.undo.orderBy('seq').toArray();
  return {
    done: rows.filter((r) => r.stack === 'done').map(strip),
    undone: rows.filter((r) => r.stack === 'undone').map(strip),
  };
}

/** Labels and counts only, for the undo buttons (cheap enough for a liveQuery). */
export async function undoSummary(db: ReportbenchDb): Promise<{
  undo: string | null;
  redo: string | null;
  done: number;
  undone: number;
}> {
  const rows = await db.undo.orderBy('seq').toArray();
  const done = rows.filter((r) => r.stack === 'done');
  const undone = rows.filter((r) => r.stack === 'undone');
  return {
    undo: done[done.length - 1]?.label ?? null,
    redo: undone[undone.length - 1]?.label ?? null,
    done: done.length,
    undone: undone.length,
  };
}

export interface CodingData {
  codebooks: Codebook[];
  codes: Code[];
  codings: Coding[];
  rules: Rule[];
}

export async function loadCodingData(db: ReportbenchDb): Promise<CodingData> {
  const [codebooks, codes, codings, rules] = await Promise.all([
    db.codebooks.toArray(),
    db.codes.toArray(),
    db.codings.toArray(),
    db.rules.toArray(),
  ]);
  codebooks.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { codebooks, codes, codings, rules };
}

export function codingsOfReport(db: ReportbenchDb, reportId: string): Promise<Coding[]> {
  return db.codings.where('reportId').equals(reportId).toArray();
}

/** Texts of reports (for rule previews, search and retrieval context). */
export async function textsOf(
  db: ReportbenchDb,
  ids?: readonly string[],
): Promise<Map<string, string>> {
  const rows = ids ? await db.texts.bulkGet([...ids]) : await db.texts.toArray();
  const out = new Map<string, string>();
  for (const r of rows) if (r) out.set(r.reportId, r.text);
  return out;
}
