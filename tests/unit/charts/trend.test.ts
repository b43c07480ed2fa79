import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { shapeTrend } from '../../../src/core/charts/trend.ts';
import { IND, col, mention } from './fx.ts';

describe('shapeTrend', () => {
  const cols = [
    col('q19', '青山区', 2019),
    col('q21', '青山区', 2021),
    col('q22', '青山区', 2022),
    col('e21', '恩平市', 2021),
    col('x', '无年度', null),
  ];
  const t = buildMetricTable(
    cols,
    [IND],
    [
      mention('q19', 80),
      mention('q21', 96, { approx: 'more', text: '96件以上' }),
      mention('e21', 6),
    ],
  );

  it('has a point for every year; no report and no value are gaps, not zeros', () => {
    const d = shapeTrend(t, IND.id)!;
    expect(d.years).toEqual([2019, 2020, 2021, 2022]);
    const qs = d.series.find((s) => s.locality === '青山区')!;
    expect(qs.points.map((p) => p.value)).toEqual([80, null, 96, null]);
    expect(qs.points.map((p) => p.missing)).toEqual([null, 'no-report', null, 'no-value']);
    expect(qs.points[2]).toMatchObject({ mark: '＞', approx: 'more', reportId: 'q21', at: 10 });
    expect(qs.points[3].reportId).toBe('q22');
  });

  it('one series per locality in name order; undated reports are counted, not drawn', () => {
    const d = shapeTrend(t, IND.id)!;
    expect(d.series.map((s) => s.locality)).toEqual(['恩平市', '青山区']);
    expect(d.undated).toBe(1);
    expect(shapeTrend(t, 'unknown')).toBeNull();
  });
});
