// Fresh fake-indexeddb databases for one test file, deleted after each test.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';

export function testDbs(prefix: string): () => ReportbenchDb {
  let seq = 0;
  const dbs: ReportbenchDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return () => {
    const db = createDb(`${prefix}-${++seq}`);
    dbs.push(db);
    return db;
  };
}
