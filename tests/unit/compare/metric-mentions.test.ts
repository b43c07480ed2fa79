// The metric table reads packed mention sets (v9) instead of every quantity: whatever path wrote
// the quantities, and whatever the user decided, it must see the same mentions as computing
// them from the quantities directly.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ReportbenchDb } from '../../../src/db/schema.ts';
import {
  computeQuantities,
  decide,
  putRematched,
  replaceQuantities,
} from '../../../src/db/quantities.ts';
import { deleteReports, storeParsed, storeParsedBatch } from '../../../src/db/reports.ts';
import { loadMetricData } from '../../../src/db/compare.ts';
import { rebuildMentionSets } from '../../../src/db/mention-sets.ts';
import { metricMentions } from '../../../src/worker/metric-mentions.ts';
import { toMentions } from '../../../src/core/compare/mentions.ts';
import { applyDecisions } from '../../../src/state/quantity-items.ts';
import { CATALOGUE } from '../../../src/core/indicators/catalogue.ts';
import type { Mention } from '../../../src/core/compare/types.ts';
import { parsed } from '../db/parsed-fx.ts';

const seedA = readFileSync('seeds/2021-青山区-法治政府建设情况报告.txt', 'utf8');
const seedB = readFileSync('seeds/2022-荣成市-法治政府建设工作情况报告.txt', 'utf8');

let db: ReportbenchDb;
let name: string;
beforeEach(() => {
  name = `mm-${crypto.randomUUID()}`;
  db = createDb(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const byId = (ms: Mention[]) =>
  ms.map(({ sentence: _s, ...m }) => m).sort((a, b) => a.id.localeCompare(b.id));

/** What the table must show: every stored quantity with the decisions applied. */
async function expected(ids: string[]) {
  const qs = (await db.quantities.toArray()).filter((q) => ids.includes(q.reportId));
  return byId(toMentions(applyDecisions(qs, await db.decisions.toArray())));
}
const actual = async (ids: string[]) => byId(metricMentions(await loadMetricData(db, ids)));

describe('mention sets', () => {
  it('follow every write of quantities, and apply every kind of decision', async () => {
    const qa = computeQuantities('a', seedA, CATALOGUE);
    const qb = computeQuantities('b', seedB, CATALOGUE);
    await storeParsed(db, parsed(seedA, 'ha'), 'a', 1, { rows: qa, version: 1 });
    await storeParsedBatch(db, [
      { parsed: parsed(seedB, 'hb'), id: 'b', now: 2, quantities: { rows: qb, version: 1 } },
    ]);
    expect(await db.mentionSets.count()).toBe(2);
    expect((await actual(['a', 'b'])).length).toBeGreaterThan(10);
    expect(await actual(['a', 'b'])).toEqual(await expected(['a', 'b']));

    const mapped = qa.filter((q) => q.indicatorId);
    const unmapped = qa.find((q) => !q.indicatorId)!;
    const d = { reportId: 'a', by: '张三', at: 3 };
    await decide(db, { ...d, id: mapped[0].id, status: 'rejected' });
    await decide(db, { ...d, id: mapped[1].id, status: 'corrected', value: 7, unit: '份' });
    await decide(db, { ...d, id: mapped[2].id, status: 'corrected', indicatorId: null });
    await decide(db, { ...d, id: mapped[3].id, status: 'corrected', indicatorId: 'petitions' });
    await decide(db, { ...d, id: unmapped.id, status: 'corrected', indicatorId: 'petitions' });
    const got = await actual(['a', 'b']);
    expect(got).toEqual(await expected(['a', 'b']));
    expect(got.find((m) => m.id === mapped[0].id)).toBeUndefined();
    expect(got.find((m) => m.id === mapped[1].id)).toMatchObject({ value: 7, unit: '份' });
    expect(got.find((m) => m.id === unmapped.id)?.indicatorId).toBe('petitions');

    // Re-extraction and re-matching (other indicators) rewrite the set.
    await replaceQuantities(db, 'b', qb.slice(0, 5));
    await putRematched(
      db,
      'a',
      qa.map((q) => ({ ...q, indicatorId: q.indicatorId ? null : 'petitions' })),
    );
    expect(await actual(['a', 'b'])).toEqual(await expected(['a', 'b']));

    await deleteReports(db, ['b'], 'x', 4);
    expect(await db.mentionSets.get('b')).toBeUndefined();
  });

  it('a report without a set is read from its quantities', async () => {
    await storeParsed(db, parsed(seedA, 'ha'), 'a', 1, {
      rows: computeQuantities('a', seedA, CATALOGUE),
      version: 1,
    });
    await db.mentionSets.clear();
    expect(await actual(['a'])).toEqual(await expected(['a']));
    await rebuildMentionSets(db);
    expect((await loadMetricData(db, ['a'])).sets).toHaveLength(1);
    expect(await actual(['a'])).toEqual(await expected(['a']));
  });

  it('the v9 upgrade builds the sets of a library stored before them', async () => {
    const n = `mm-old-${crypto.randomUUID()}`;
    const old = new Dexie(n);
    old.version(8).stores({
      reports: 'id, &hash, year, importedAt, localityName, province, tier, extractVersion',
      quantities: 'id, reportId, indicatorId',
    });
    const qa = computeQuantities('a', seedA, CATALOGUE);
    await old.table('reports').put({ id: 'a', hash: 'ha', extractVersion: 1 });
    await old.table('quantities').bulkPut(qa);
    old.close();
    const up = createDb(n);
    const sets = await up.mentionSets.toArray();
    expect(sets.map((s) => s.reportId)).toEqual(['a']);
    expect(sets[0].mentions.values.length).toBe(qa.filter((q) => q.indicatorId).length);
    up.close();
    await Dexie.delete(n);
  });
});
