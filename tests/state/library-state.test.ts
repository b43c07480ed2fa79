import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState, PAGE_SIZE } from '../../src/state/library.svelte.ts';
import { getDb } from '../../src/db/schema.ts';
import { storeParsed } from '../../src/db/reports.ts';
import type { ParsedReport } from '../../src/core/types.ts';

const parsed = (name: string, year: number, tier: 'county' | 'township'): ParsedReport => ({
  file: `${name}.txt`,
  format: 'txt',
  encoding: 'utf-8',
  hash: name,
  text: `${name}正文`,
  removed: [],
  meta: {
    title: `${name}${year}年度法治政府建设情况报告`,
    titleComposed: false,
    locality: {
      name,
      tier,
      province: '广东省',
      prefecture: null,
      department: false,
      ambiguous: false,
    },
    year,
    published: null,
    issuer: null,
  },
  outline: [],
  parts: {
    measures: true,
    shortcomings: tier === 'county',
    firstResponsible: false,
    nextYear: true,
  },
  chars: 10,
  bytes: 30,
  warnings: [],
});

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

afterEach(async () => {
  await getDb().reports.clear();
  await getDb().reportRows.clear();
  await getDb().texts.clear();
});

describe('LibraryState', () => {
  it('follows the database live and derives the visible rows from filter and sort', async () => {
    const lib = new LibraryState();
    lib.start();
    await until(() => lib.loaded);
    expect(lib.reports).toHaveLength(0);
    await storeParsed(getDb(), parsed('恩平市', 2019, 'county'), 'a', 1);
    await storeParsed(getDb(), parsed('神湾镇', 2022, 'township'), 'b', 2);
    await until(() => lib.reports.length === 2);

    lib.filter.tier = 'township';
    expect(lib.visible.map((r) => r.localityName)).toEqual(['神湾镇']);
    lib.filter.tier = '';
    lib.filter.missing = 'shortcomings';
    expect(lib.visible.map((r) => r.localityName)).toEqual(['神湾镇']);
    lib.filter.missing = '';
    lib.sortBy('year');
    lib.sortBy('year');
    expect(lib.visible.map((r) => r.year)).toEqual([2022, 2019]);

    lib.toggle('a');
    await lib.deleteSelected();
    await until(() => lib.reports.length === 1);
    expect(lib.lastDeleted).toBe(1);
    expect(await lib.undoDelete()).toBe(1);
    await until(() => lib.reports.length === 2);
    lib.stop();
  });

  it('shows the first page and the count before every row is read, then all rows', async () => {
    const n = PAGE_SIZE + 5;
    for (let i = 0; i < n; i++)
      await storeParsed(getDb(), parsed(`地${i}`, 2019 + (i % 3), 'county'), `r${i}`, 1000 + i);
    const lib = new LibraryState();
    lib.start();
    await until(() => lib.shown);
    // Loaded in one go in this test's fast database: check the partial state when it is seen.
    if (lib.partial) {
      expect(lib.total).toBe(n);
      expect(lib.visibleCount).toBe(n);
      expect(lib.visible.map((r) => r.id)).toEqual(
        Array.from({ length: PAGE_SIZE }, (_, i) => `r${i}`),
      );
      lib.filter.year = '2020';
      expect(lib.visibleCount).toBeNull();
      expect(lib.visible).toEqual([]);
      lib.filter.year = '';
    }
    await until(() => lib.loaded);
    expect(lib.partial).toBe(false);
    expect(lib.total).toBe(n);
    expect(lib.visible).toHaveLength(n);
    lib.filter.year = '2020';
    expect(lib.visibleCount).toBe(Math.floor(n / 3) + (n % 3 > 1 ? 1 : 0));
    lib.stop();
  });
});
