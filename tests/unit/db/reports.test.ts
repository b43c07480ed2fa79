import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import {
  deleteReports,
  getReport,
  listReports,
  restoreTrash,
  revertField,
  storeParsed,
  updateMeta,
} from '../../../src/db/reports.ts';
import { parsed } from './parsed-fx.ts';

let db: ReportbenchDb;
beforeEach(() => {
  db = createDb(`t-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('storeParsed', () => {
  it('stores the report and its text, and refuses the same text twice', async () => {
    expect(await storeParsed(db, parsed('正文一', 'h1'), 'a', 1)).toEqual({
      status: 'added',
      id: 'a',
    });
    const dup = await storeParsed(db, parsed('正文一', 'h1'), 'b', 2);
    expect(dup).toMatchObject({ status: 'duplicate', existingId: 'a' });
    expect(await db.reports.count()).toBe(1);
    const got = await getReport(db, 'a');
    expect(got?.text.text).toBe('正文一');
    expect(got?.report.localityName).toBe('青山区');
  });

  it('writes nothing when the transaction fails half-way', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    // A text row for id 'b' already exists, so the second add fails after the report add.
    await db.texts.add({ reportId: 'b', text: 'stale', removed: [] });
    await expect(storeParsed(db, parsed('正文二', 'h2'), 'b', 2)).rejects.toThrow();
    expect(await db.reports.get('b')).toBeUndefined();
    expect((await listReports(db)).map((r) => r.id)).toEqual(['a']);
  });
});

describe('metadata edits', () => {
  it('user edits win and can be reverted to the detected value', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    await updateMeta(db, 'a', { year: 2022 });
    let r = await db.reports.get('a');
    expect(r?.year).toBe(2022);
    expect(r?.edited).toEqual(['year']);
    expect(r?.detected.year).toBe(2021);
    await revertField(db, 'a', 'year');
    r = await db.reports.get('a');
    expect(r?.year).toBe(2021);
    expect(r?.edited).toEqual([]);
  });
});

describe('delete with undo', () => {
  it('moves reports to the trash and restores them', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    await storeParsed(db, parsed('正文二', 'h2'), 'b', 2);
    expect(await deleteReports(db, ['a'], 'batch1', 3)).toBe(1);
    expect(await db.reports.count()).toBe(1);
    expect(await db.texts.get('a')).toBeUndefined();
    expect(await restoreTrash(db)).toBe(1);
    expect((await getReport(db, 'a'))?.text.text).toBe('正文一');
    expect(await db.trash.count()).toBe(0);
  });

  it('does not restore a report whose text was imported again meanwhile', async () => {
    await storeParsed(db, parsed('正文一', 'h1'), 'a', 1);
    await deleteReports(db, ['a'], 'batch1', 2);
    await storeParsed(db, parsed('正文一', 'h1'), 'c', 3);
    expect(await restoreTrash(db)).toBe(0);
    expect((await listReports(db)).map((r) => r.id)).toEqual(['c']);
  });
});
