import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/schema.ts';
import {
  choicesFor,
  listPopulations,
  loadCompareData,
  setChoice,
  setPopulation,
} from '../../../src/db/compare.ts';

const names: string[] = [];
const fresh = () => {
  const name = `cmp-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('comparison storage', () => {
  it('keeps each cell choice with its history; populations by locality', async () => {
    const db = createDb(fresh());
    await setChoice(db, 'r1', 'x', { quantityId: 'r1:1:2' }, '张三', 1);
    await setChoice(db, 'r1', 'x', { manual: { value: 8, unit: '件', note: '核对' } }, '李四', 2);
    const [c] = await choicesFor(db, ['r1']);
    expect(c).toMatchObject({ id: 'r1:x', manual: { value: 8 }, by: '李四', at: 2 });
    expect(c.history).toEqual([{ quantityId: 'r1:1:2', manual: null, by: '张三', at: 1 }]);
    await setPopulation(db, '湖北省/武汉市/青山区', 480000, 3);
    await setPopulation(db, 'x', 0, 3);
    expect((await listPopulations(db)).map((p) => p.locality)).toEqual(['湖北省/武汉市/青山区']);
    expect((await loadCompareData(db, ['r1'])).choices).toHaveLength(1);
    db.close();
  });

  it('opens a database written by schema v3 and keeps its data', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(3).stores({ reports: 'id', settings: 'key', codes: 'id' });
    await old.open();
    await old.table('settings').put({ key: 'locale', value: 'en' });
    old.close();
    const db = createDb(name);
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'en' });
    await setChoice(db, 'r', 'x', { quantityId: 'q' }, '', 1);
    expect(await choicesFor(db, ['r'])).toHaveLength(1);
    db.close();
  });
});
