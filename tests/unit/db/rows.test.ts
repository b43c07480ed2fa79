import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import { firstRows, listRows, syncRows, toRow } from '../../../src/db/rows.ts';
import {
  deleteReports,
  restoreTrash,
  revertField,
  storeParsed,
  toRecords,
  updateMeta,
} from '../../../src/db/reports.ts';
import { parsed } from './parsed-fx.ts';

let name: string;
let db: ReportbenchDb;
beforeEach(() => {
  name = `t-${crypto.randomUUID()}`;
  db = createDb(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('slim library rows', () => {
  it('follow every report write: import, edit, revert, delete, undo', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    await storeParsed(db, parsed('正文二', 'h2'), 'b', 2);
    expect((await listRows(db)).map((r) => r.id)).toEqual(['a', 'b']);
    const row = (await listRows(db))[0]!;
    expect(row).not.toHaveProperty('outline');
    expect(row).not.toHaveProperty('detected');
    expect(row.localityName).toBe('青山区');

    await updateMeta(db, 'a', { year: 2022 });
    expect((await db.reportRows.get('a'))?.year).toBe(2022);
    expect((await db.reportRows.get('a'))?.edited).toEqual(['year']);
    await revertField(db, 'a', 'year');
    expect((await db.reportRows.get('a'))?.year).toBe(2021);

    await deleteReports(db, ['a'], 'batch', 3);
    expect((await listRows(db)).map((r) => r.id)).toEqual(['b']);
    await restoreTrash(db);
    expect((await listRows(db)).map((r) => r.id)).toEqual(['a', 'b']);
    // A row is the report minus its heavy parts, field for field.
    const full = await db.reports.get('a');
    expect(await db.reportRows.get('a')).toEqual(toRow(full!));
  });

  it('a failed import leaves no row', async () => {
    await db.texts.add({ reportId: 'b', text: 'stale', removed: [] });
    await expect(storeParsed(db, parsed('正文二', 'h2'), 'b', 2)).rejects.toThrow();
    expect(await db.reportRows.count()).toBe(0);
  });

  it('syncRows rebuilds rows a writer left out, and does nothing when they match', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    expect(await syncRows(db)).toBe(false);
    // A report written straight into the table (as a bundle import might).
    await db.reports.add(toRecords(parsed('正文二', 'h2'), 'b', 2).report);
    expect(await syncRows(db)).toBe(true);
    expect((await listRows(db)).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('firstRows gives the first rows in import order and the count of all', async () => {
    expect(await firstRows(db, 2)).toEqual({ head: [], count: 0 });
    await storeParsed(db, parsed('正文三', 'h3'), 'c', 30);
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 10);
    await storeParsed(db, parsed('正文二', 'h2'), 'b', 20);
    const { head, count } = await firstRows(db, 2);
    expect(count).toBe(3);
    expect(head).toEqual((await listRows(db)).slice(0, 2));
    expect(head.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('the v8 upgrade fills the rows from reports stored by v6', async () => {
    db.close();
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(6).stores({ reports: 'id, &hash, year, importedAt, localityName, province, tier' });
    await old.table('reports').add(toRecords(parsed('正文一', 'h1'), 'a', 1).report);
    old.close();
    db = createDb(name);
    expect((await listRows(db)).map((r) => [r.id, r.title])).toEqual([
      ['a', '青山区人民政府2021年度法治政府建设情况报告'],
    ]);
  });
});
