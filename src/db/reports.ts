// Report storage: all-or-nothing per file, de-duplicated by content hash, deletes undoable.
import type { ParsedReport } from '../core/types.ts';
import type { ReportbenchDb } from './schema.ts';
import { toRow } from './rows.ts';
import { mentionSetOf } from './mention-sets.ts';
import type {
  EditableField,
  EditableMeta,
  MentionSetRecord,
  ReportRecord,
  ReportTextRecord,
  QuantityRecord,
  TrashRecord,
} from './types.ts';

export type StoreResult =
  | { status: 'added'; id: string }
  | { status: 'duplicate'; existingId: string; existingTitle: string };

function flat(meta: EditableMeta) {
  return {
    localityName: meta.locality?.name ?? '',
    province: meta.locality?.province ?? '',
    tier: meta.locality?.tier ?? '',
  };
}

export function toRecords(
  parsed: ParsedReport,
  id: string,
  now: number,
): { report: ReportRecord; text: ReportTextRecord } {
  const detected: EditableMeta = {
    title: parsed.meta.title,
    locality: parsed.meta.locality,
    year: parsed.meta.year,
    published: parsed.meta.published,
    issuer: parsed.meta.issuer,
  };
  const report: ReportRecord = {
    id,
    hash: parsed.hash,
    fileName: parsed.file,
    format: parsed.format,
    encoding: parsed.encoding,
    bytes: parsed.bytes,
    chars: parsed.chars,
    importedAt: now,
    titleComposed: parsed.meta.titleComposed,
    ...detected,
    detected,
    edited: [],
    outline: parsed.outline,
    parts: parsed.parts,
    warnings: parsed.warnings,
    ...flat(detected),
  };
  return { report, text: { reportId: id, text: parsed.text, removed: parsed.removed } };
}

/** Store one parsed report in one transaction: whole or not at all; a known hash is a duplicate. */
export async function storeParsed(
  db: ReportbenchDb,
  parsed: ParsedReport,
  id: string,
  now: number,
  quantities?: { rows: QuantityRecord[]; version: number },
): Promise<StoreResult> {
  const tables = [db.reports, db.reportRows, db.texts, db.quantities, db.mentionSets];
  return db.transaction('rw', tables, async () => {
    const existing = await db.reports.where('hash').equals(parsed.hash).first();
    if (existing)
      return { status: 'duplicate', existingId: existing.id, existingTitle: existing.title };
    const { report, text } = toRecords(parsed, id, now);
    report.extractVersion = quantities?.version ?? 0;
    await db.reports.add(report);
    await db.reportRows.add(toRow(report));
    await db.texts.add(text);
    if (quantities) {
      await db.quantities.bulkAdd(quantities.rows);
      await db.mentionSets.put(mentionSetOf(id, quantities.rows));
    }
    return { status: 'added', id } as const;
  });
}

export interface ParsedToStore {
  parsed: ParsedReport;
  id: string;
  now: number;
  quantities?: { rows: QuantityRecord[]; version: number };
}

/** Store several parsed reports in one transaction, with a handful of requests (one hash
 * look-up, one bulkAdd per table) instead of five per file. It writes all or nothing: on an
 * error the caller stores them one by one, each whole or not at all. A hash seen earlier in
 * the same batch is a duplicate too. */
export function storeParsedBatch(
  db: ReportbenchDb,
  items: ParsedToStore[],
): Promise<StoreResult[]> {
  const tables = [db.reports, db.reportRows, db.texts, db.quantities, db.mentionSets];
  return db.transaction('rw', tables, async () => {
    const hashes = items.map((it) => it.parsed.hash);
    const known = new Map<string, { id: string; title: string }>();
    // One request per hash, all issued at once: anyOf walks an index cursor, a round trip to
    // the database per hash (it took a third of each batch's transaction).
    const ids = await Promise.all(
      hashes.map((h) => db.reports.where('hash').equals(h).primaryKeys()),
    );
    const hits = ids.flat();
    if (hits.length)
      for (const r of await db.reports.bulkGet(hits))
        if (r) known.set(r.hash, { id: r.id, title: r.title });
    const out: StoreResult[] = [];
    const reports: ReportRecord[] = [];
    const texts: ReportTextRecord[] = [];
    const quantities: QuantityRecord[] = [];
    const sets: MentionSetRecord[] = [];
    for (const it of items) {
      const seen = known.get(it.parsed.hash);
      if (seen) {
        out.push({ status: 'duplicate', existingId: seen.id, existingTitle: seen.title });
        continue;
      }
      const { report, text } = toRecords(it.parsed, it.id, it.now);
      report.extractVersion = it.quantities?.version ?? 0;
      known.set(report.hash, { id: report.id, title: report.title });
      reports.push(report);
      texts.push(text);
      if (it.quantities) {
        quantities.push(...it.quantities.rows);
        sets.push(mentionSetOf(it.id, it.quantities.rows));
      }
      out.push({ status: 'added', id: it.id });
    }
    await Promise.all([
      db.reports.bulkAdd(reports),
      db.reportRows.bulkAdd(reports.map(toRow)),
      db.texts.bulkAdd(texts),
      db.quantities.bulkAdd(quantities),
      db.mentionSets.bulkAdd(sets),
    ]);
    return out;
  });
}

/** Explicit transaction: see listRows (rows.ts) on Dexie's cloning liveQuery cache. */
export function listReports(db: ReportbenchDb): Promise<ReportRecord[]> {
  return db.transaction('r', db.reports, () => db.reports.orderBy('importedAt').toArray());
}

export async function getReport(
  db: ReportbenchDb,
  id: string,
): Promise<{ report: ReportRecord; text: ReportTextRecord } | null> {
  return db.transaction('r', db.reports, db.texts, async () => {
    const report = await db.reports.get(id);
    const text = await db.texts.get(id);
    return report && text ? { report, text } : null;
  });
}

/** Apply user edits to metadata; edited fields are remembered so detection never overwrites them. */
export async function updateMeta(
  db: ReportbenchDb,
  id: string,
  patch: Partial<EditableMeta>,
): Promise<void> {
  await db.transaction('rw', db.reports, db.reportRows, async () => {
    const r = await db.reports.get(id);
    if (!r) throw new Error(`report ${id} not found`);
    const next: ReportRecord = { ...r, ...patch };
    const fields = Object.keys(patch) as EditableField[];
    next.edited = [...new Set([...r.edited, ...fields])];
    Object.assign(next, flat(next));
    await db.reports.put(next);
    await db.reportRows.put(toRow(next));
  });
}

/** Revert one field to what detection found. */
export async function revertField(db: ReportbenchDb, id: string, field: EditableField) {
  await db.transaction('rw', db.reports, db.reportRows, async () => {
    const r = await db.reports.get(id);
    if (!r) return;
    const next = { ...r, [field]: r.detected[field], edited: r.edited.filter((f) => f !== field) };
    Object.assign(next, flat(next));
    await db.reports.put(next);
    await db.reportRows.put(toRow(next));
  });
}

/** Move reports to the trash (one batch) so the delete can be undone, even after a reload. */
export async function deleteReports(
  db: ReportbenchDb,
  ids: string[],
  batch: string,
  now: number,
): Promise<number> {
  const tables = [db.reports, db.reportRows, db.texts, db.trash, db.quantities, db.mentionSets];
  return db.transaction('rw', tables, async () => {
    await db.trash.clear(); // only the latest delete is undoable
    let n = 0;
    for (const id of ids) {
      const report = await db.reports.get(id);
      const text = await db.texts.get(id);
      if (!report || !text) continue;
      const item: TrashRecord = { reportId: id, deletedAt: now, batch, report, text };
      await db.trash.add(item);
      await db.reports.delete(id);
      await db.reportRows.delete(id);
      await db.texts.delete(id);
      // Quantities are regenerable; a restored report is re-extracted (extractVersion 0).
      await db.quantities.where('reportId').equals(id).delete();
      await db.mentionSets.delete(id);
      n++;
    }
    return n;
  });
}

/** Undo the last delete; a report whose text was re-imported meanwhile stays as it is. */
export async function restoreTrash(db: ReportbenchDb): Promise<number> {
  return db.transaction('rw', [db.reports, db.reportRows, db.texts, db.trash], async () => {
    const items = await db.trash.toArray();
    let n = 0;
    for (const it of items) {
      const clash = await db.reports.where('hash').equals(it.report.hash).first();
      if (!clash) {
        await db.reports.add({ ...it.report, extractVersion: 0 });
        await db.reportRows.add(toRow(it.report));
        await db.texts.add(it.text);
        n++;
      }
    }
    await db.trash.clear();
    return n;
  });
}

export function trashCount(db: ReportbenchDb): Promise<number> {
  return db.trash.count();
}
