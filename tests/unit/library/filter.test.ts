import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  distinct,
  filterRows,
  sortRows,
  type LibraryRow,
} from '../../../src/core/library/filter.ts';

const row = (o: Partial<LibraryRow>): LibraryRow => ({
  title: '',
  localityName: '',
  province: '',
  tier: 'county',
  year: 2022,
  issuer: null,
  parts: { measures: true, shortcomings: true, firstResponsible: true, nextYear: true },
  importedAt: 0,
  chars: 0,
  ...o,
});

const rows = [
  row({ title: '绵竹市2023年度', localityName: '绵竹市', province: '四川省', year: 2023 }),
  row({
    title: '青山区2021年度',
    localityName: '青山区',
    province: '湖北省',
    year: 2021,
    parts: { measures: true, shortcomings: false, firstResponsible: true, nextYear: false },
  }),
  row({ title: '神湾镇2022年', localityName: '神湾镇', province: '广东省', tier: 'township' }),
];

describe('library filter', () => {
  it('filters by text, tier, year, province and missing part', () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, text: '青山' }).map((r) => r.localityName)).toEqual([
      '青山区',
    ]);
    expect(filterRows(rows, { ...EMPTY_FILTER, tier: 'township' })).toHaveLength(1);
    expect(filterRows(rows, { ...EMPTY_FILTER, year: '2023' })[0].localityName).toBe('绵竹市');
    expect(filterRows(rows, { ...EMPTY_FILTER, province: '广东省' })[0].localityName).toBe(
      '神湾镇',
    );
    expect(filterRows(rows, { ...EMPTY_FILTER, missing: 'nextYear' })[0].localityName).toBe(
      '青山区',
    );
  });

  it('sorts stably both ways; unknown years sort first ascending', () => {
    const withNull = [...rows, row({ localityName: 'x', year: null })];
    expect(sortRows(withNull, 'year', 1).map((r) => r.year)).toEqual([null, 2021, 2022, 2023]);
    expect(sortRows(withNull, 'year', -1).map((r) => r.year)).toEqual([2023, 2022, 2021, null]);
    expect(sortRows(rows, 'tier', -1)[0].tier).toBe('township');
  });

  it('lists distinct values for drop-downs', () => {
    expect(distinct(rows, (r) => r.year)).toEqual(['2021', '2022', '2023']);
  });
});
