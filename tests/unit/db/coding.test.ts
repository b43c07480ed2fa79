import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import {
  applyChangesDb,
  loadCodingData,
  loadUndo,
  perform,
  redoDb,
  undoDb,
  undoSummary,
  UNDO_KEEP,
} from '../../../src/db/coding.ts';
import { applyCoding, copyTemplate, type Coding } from '../../../src/core/codebook/index.ts';
import type { Change } from '../../../src/core/undo/index.ts';

let n = 0;
const fx = () => ({ newId: () => `id${++n}`, now: () => '2024-01-01T00:00:00.000Z' });
const dbs: ReportbenchDb[] = [];
function open(name: string) {
  const db = createDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const TEXT = '一、主要举措\n推进行政复议体制改革,办理复议案件262件。';

function codingEdit(codings: Coding[], start: number, end: number) {
  const r = applyCoding(
    codings,
    { reportId: 'r1', text: TEXT, codeId: 'c1', start, end, coder: '张三' },
    fx(),
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('applyChangesDb', () => {
  it('applies puts and deletes in order', async () => {
    const db = open('coding-apply');
    const copy = copyTemplate('outline-2021', fx());
    expect(copy).not.toBeNull();
    const changes: Change[] = [
      { table: 'codebooks', op: 'put', key: copy!.codebook.id, value: copy!.codebook },
      ...copy!.codes.map((c): Change => ({ table: 'codes', op: 'put', key: c.id, value: c })),
      { table: 'codes', op: 'delete', key: copy!.codes[0]!.id },
    ];
    await applyChangesDb(db, changes);
    const d = await loadCodingData(db);
    expect(d.codebooks).toHaveLength(1);
    expect(d.codes).toHaveLength(copy!.codes.length - 1);
  });

  it('is all or nothing: a failing change rolls back the earlier ones', async () => {
    const db = open('coding-atomic');
    const e = codingEdit([], 7, 20);
    const bad = { table: 'codings', op: 'put', key: 'x', value: null } as unknown as Change;
    await expect(applyChangesDb(db, [...e.forward, bad])).rejects.toBeTruthy();
    expect(await db.codings.count()).toBe(0);
  });
});

describe('undo log', () => {
  it('performs, undoes and redoes, and survives reopening the database', async () => {
    let db = open('coding-undo');
    const a = codingEdit([], 7, 20);
    await perform(db, a, { id: 'u1', at: '2024-01-01T00:00:00Z' });
    const b = codingEdit(a.codings, 21, 28);
    await perform(db, { ...b, label: '第二处' }, { id: 'u2', at: '2024-01-01T00:00:01Z' });
    expect(await db.codings.count()).toBe(2);

    expect((await undoDb(db))?.label).toBe('第二处');
    expect(await db.codings.count()).toBe(1);
    expect(await undoSummary(db)).toMatchObject({ undo: '编码选中文字', redo: '第二处' });

    db.close();
    db = open('coding-undo');
    expect((await loadUndo(db)).undone.map((e) => e.id)).toEqual(['u2']);
    expect((await redoDb(db))?.id).toBe('u2');
    expect(await db.codings.count()).toBe(2);
    expect((await undoDb(db))?.id).toBe('u2');
    expect((await undoDb(db))?.id).toBe('u1');
    expect(await db.codings.count()).toBe(0);
    expect(await undoDb(db)).toBeNull();
    expect((await redoDb(db))?.id).toBe('u1');
    expect((await redoDb(db))?.id).toBe('u2');
    expect(await db.codings.count()).toBe(2);
  });

  it('a new action drops the redo branch', async () => {
    const db = open('coding-branch');
    const a = codingEdit([], 7, 20);
    await perform(db, a, { id: 'u1', at: 'x' });
    await undoDb(db);
    await perform(db, codingEdit([], 21, 28), { id: 'u2', at: 'y' });
    const s = await loadUndo(db);
    expect(s.done.map((e) => e.id)).toEqual(['u2']);
    expect(s.undone).toEqual([]);
  });

  it('keeps at least 100 entries and trims the oldest beyond the limit', async () => {
    const db = open('coding-trim');
    expect(UNDO_KEEP).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < UNDO_KEEP + 5; i++)
      await perform(
        db,
        { label: `#${i}`, forward: [], backward: [] },
        { id: `u${i}`, at: String(i) },
      );
    const s = await loadUndo(db);
    expect(s.done).toHaveLength(UNDO_KEEP);
    expect(s.done[0]!.label).toBe('#5');
  });
});
