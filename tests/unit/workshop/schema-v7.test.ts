import 'fake-indexeddb/auto';
// Schema v7 adds the workshop tables; data written by v6 survives the upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/schema.ts';
import { exercisesTable, submissionsTable } from '../../../src/db/workshop.ts';

describe('schema v7', () => {
  it('upgrades a v6 database: reports and codings kept, workshop tables empty and usable', async () => {
    const name = 'v6-upgrade';
    const old = new Dexie(name);
    old.version(6).stores({
      reports: 'id, &hash, year, importedAt, localityName, province, tier',
      texts: 'reportId',
      codings: 'id, reportId, codeId, coder, [reportId+codeId]',
      charts: 'id, name, updatedAt',
    });
    await old.table('reports').add({ id: 'r1', hash: 'h', importedAt: 1 });
    await old.table('codings').add({ id: 'c1', reportId: 'r1', codeId: 'x', coder: '甲' });
    old.close();
    const db = createDb(name);
    expect(await db.reports.get('r1')).toMatchObject({ hash: 'h' });
    expect(await db.codings.count()).toBe(1);
    expect(await exercisesTable(db).count()).toBe(0);
    await submissionsTable(db).add({
      id: 's',
      coder: '乙',
      exerciseId: null,
      fileName: 'a.zip',
      codings: 1,
      importedAt: 2,
    });
    expect(await submissionsTable(db).where('coder').equals('乙').count()).toBe(1);
    db.close();
    await db.delete();
  });
});
