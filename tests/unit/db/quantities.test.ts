import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import {
  computeQuantities,
  decide,
  EXTRACT_VERSION,
  indicatorCounts,
  loadCatalogue,
  replaceQuantities,
  reportsNeedingExtraction,
} from '../../../src/db/quantities.ts';
import { applyDecisions, groupItems } from '../../../src/state/quantity-items.ts';
import { CATALOGUE } from '../../../src/core/indicators/catalogue.ts';

const seed = readFileSync('seeds/2021-青山区-法治政府建设情况报告.txt', 'utf8');

let db: ReportbenchDb;
let name: string;
beforeEach(() => {
  name = `q-${crypto.randomUUID()}`;
  db = createDb(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('quantities in storage', () => {
  it('keeps user decisions across re-extraction and applies them over the extractor', async () => {
    const rows = computeQuantities('r1', seed, await loadCatalogue(db));
    const q96 = rows.find((q) => q.text === '96件')!;
    expect(q96.indicatorId).toBe('admin-reconsideration-cases');
    await replaceQuantities(db, 'r1', rows);
    await decide(db, {
      id: q96.id,
      reportId: 'r1',
      status: 'corrected',
      value: 97,
      by: '张三',
      at: 1,
    });
    await replaceQuantities(db, 'r1', computeQuantities('r1', seed, CATALOGUE));
    const items = applyDecisions(await db.quantities.toArray(), await db.decisions.toArray());
    const it96 = items.find((i) => i.q.id === q96.id)!;
    expect(it96.value).toBe(97);
    expect(it96.status).toBe('corrected');
    const groups = groupItems(items, CATALOGUE);
    expect(groups.at(-1)?.indicator).toBeNull(); // "other" comes last
    expect(
      groups.find((g) => g.indicator?.id === 'admin-reconsideration-cases')?.items,
    ).toHaveLength(1);
  });

  it('a rejected quantity counts for no indicator; a re-assigned one counts for the new one', async () => {
    const rows = computeQuantities('r1', seed, CATALOGUE);
    await replaceQuantities(db, 'r1', rows);
    const before = await indicatorCounts(db);
    const q96 = rows.find((q) => q.text === '96件')!;
    await decide(db, { id: q96.id, reportId: 'r1', status: 'rejected', by: '', at: 1 });
    const lit = rows.find((q) => q.indicatorId === 'admin-litigation-cases')!;
    await decide(db, {
      id: lit.id,
      reportId: 'r1',
      status: 'corrected',
      indicatorId: 'petitions',
      by: '',
      at: 1,
    });
    const after = await indicatorCounts(db);
    expect(after['admin-reconsideration-cases'] ?? 0).toBe(
      before['admin-reconsideration-cases'] - 1,
    );
    expect(after['petitions'] ?? 0).toBe((before['petitions'] ?? 0) + 1);
  });
});

describe('schema upgrade', () => {
  it('v1 data opens in the current schema; old reports are queued for extraction', async () => {
    db.close();
    await Dexie.delete(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({
      reports: 'id, &hash, year, importedAt, localityName, province, tier',
      texts: 'reportId',
      trash: 'reportId, batch, deletedAt',
      settings: 'key',
    });
    await v1.table('reports').add({ id: 'old', hash: 'h', title: '旧报告', importedAt: 1 });
    await v1.table('texts').add({ reportId: 'old', text: seed, removed: [] });
    v1.close();

    db = createDb(name);
    expect((await db.reports.get('old'))?.extractVersion).toBe(0);
    expect(await reportsNeedingExtraction(db)).toEqual(['old']);
    await replaceQuantities(db, 'old', computeQuantities('old', seed, CATALOGUE));
    expect((await db.reports.get('old'))?.extractVersion).toBe(EXTRACT_VERSION);
    expect(await reportsNeedingExtraction(db)).toEqual([]);
    expect(await db.codings.count()).toBe(0); // v3 tables exist
  });

  it('a report stored without extractVersion is still found (the index misses it)', async () => {
    await db.reports.add({
      id: 'a',
      hash: 'ha',
      title: '甲',
      importedAt: 1,
      extractVersion: 1,
    } as never);
    await db.reports.add({ id: 'b', hash: 'hb', title: '乙', importedAt: 2 } as never);
    expect(await reportsNeedingExtraction(db)).toEqual(['b']);
    await db.reports.update('b', { extractVersion: EXTRACT_VERSION });
    expect(await reportsNeedingExtraction(db)).toEqual([]);
  });
});
