import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import { listRows } from '../../../src/db/rows.ts';
import { storeParsedBatch, type StoreResult } from '../../../src/db/reports.ts';
import { StoreBatch } from '../../../src/worker/store-batch.ts';
import { parsed } from './parsed-fx.ts';

let db: ReportbenchDb;
beforeEach(() => {
  db = createDb(`t-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('StoreBatch', () => {
  it('stores a batch in file order, with duplicates inside the batch found', async () => {
    const got: [string, StoreResult | Error][] = [];
    const store = new StoreBatch<string>(db, (tag, r) => got.push([tag, r]));
    await store.add('a', { parsed: parsed('正文一', 'h1'), id: 'a' });
    await store.add('b', { parsed: parsed('正文二', 'h2'), id: 'b' });
    await store.add('c', { parsed: parsed('正文一', 'h1'), id: 'c' });
    expect(got).toEqual([]); // nothing written before the flush
    await store.flush();
    expect(got.map(([t, r]) => [t, (r as StoreResult).status])).toEqual([
      ['a', 'added'],
      ['b', 'added'],
      ['c', 'duplicate'],
    ]);
    expect((await listRows(db)).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('one batch finds the hashes already stored (no retry file by file)', async () => {
    const first = new StoreBatch<string>(db, () => {});
    await first.add('old1', { parsed: parsed('旧文一', 'h1'), id: 'old1' });
    await first.add('old2', { parsed: parsed('旧文二', 'h7'), id: 'old2' });
    await first.flush();
    // storeParsedBatch itself, not StoreBatch: a missed hash would make the whole batch fail
    // on the unique index, and StoreBatch's file-by-file retry would hide that.
    const items = Array.from({ length: 10 }, (_, k) => ({
      parsed: parsed(`新文${k}`, `h${k}`),
      id: `n${k}`,
      now: k,
    }));
    const results = await storeParsedBatch(db, items);
    const dups = results.flatMap((r, k) => (r.status === 'duplicate' ? [[k, r]] : []));
    expect(dups).toEqual([
      [1, { status: 'duplicate', existingId: 'old1', existingTitle: parsed('', 'h1').meta.title }],
      [7, { status: 'duplicate', existingId: 'old2', existingTitle: parsed('', 'h7').meta.title }],
    ]);
    expect(await db.reports.count()).toBe(10);
  });

  it('when one file fails, the others are stored and the bad one leaves nothing', async () => {
    // A stale text row for id 'b' makes b's write fail after its report row was added.
    await db.texts.add({ reportId: 'b', text: 'stale', removed: [] });
    const got: [string, StoreResult | Error][] = [];
    const store = new StoreBatch<string>(db, (tag, r) => got.push([tag, r]));
    await store.add('a', { parsed: parsed('正文一', 'h1'), id: 'a' });
    await store.add('b', { parsed: parsed('正文二', 'h2'), id: 'b' });
    await store.add('c', { parsed: parsed('正文三', 'h3'), id: 'c' });
    await store.flush();
    expect(got[0]![1]).toMatchObject({ status: 'added' });
    expect(got[1]![1]).toBeInstanceOf(Error);
    expect(got[2]![1]).toMatchObject({ status: 'added' });
    expect(await db.reports.get('b')).toBeUndefined();
    expect(await db.reportRows.get('b')).toBeUndefined();
    expect((await listRows(db)).map((r) => r.id)).toEqual(['a', 'c']);
  });
});
