// Export → import into an empty database gives identical data, over generated workspaces.
import type { ReportbenchDb } from '../../../src/db/schema.ts';
import { testDbs } from './db.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, planImport } from '../../../src/db/workshop.ts';
import { exportBundle } from '../../../src/db/workshop-export.ts';
import { EXPORT_PARTS, MERGE_TABLES, mergeWrites } from '../../../src/core/workshop/index.ts';
import { store, workspace } from './gen.ts';

const open = testDbs('rt');

const TABLES = [...MERGE_TABLES, 'texts'];

async function dump(db: ReportbenchDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = await db.table(t).toArray();
    // Quantities are regenerated after an import: the importer marks the report for it.
    out[t] = t === 'reports' ? rows.map(({ extractVersion: _v, ...r }) => r) : rows;
  }
  return out;
}

describe('bundle round trip', () => {
  it('export → import into an empty database reproduces every table', async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (w) => {
        const a = open();
        await store(a, w);
        const bytes = await exportBundle(a, {
          kind: 'backup',
          parts: new Set(EXPORT_PARTS),
          reportIds: null,
          codebookIds: null,
          title: '备份',
          createdBy: '',
          createdAt: '2024-01-02T00:00:00.000Z',
        });
        const b = open();
        const planned = await planImport(b, bytes, () => {
          throw new Error('an empty database needs no new ids');
        });
        if (!planned.ok) throw new Error(JSON.stringify(planned.error));
        expect(await applyMerge(b, mergeWrites(planned.value.plan, new Set()))).toBeNull();
        expect(await dump(b)).toEqual(await dump(a));
        const reports = await b.reports.toArray();
        expect(reports.every((r) => r.extractVersion === 0)).toBe(true);
        // Importing the same bundle again adds nothing and finds no conflicts.
        const again = await planImport(b, bytes, () => 'x');
        if (!again.ok) throw new Error(JSON.stringify(again.error));
        const p = again.value.plan;
        expect(Object.values(p.add).every((rows) => rows.length === 0)).toBe(true);
        expect(Object.values(p.conflicts).every((rows) => rows.length === 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
