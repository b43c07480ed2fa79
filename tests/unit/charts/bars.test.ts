import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { shapeBars } from '../../../src/core/charts/bars.ts';
import { IND, col, mention } from './fx.ts';

const cols = [
  col('a', '青山区', 2021),
  col('b', '恩平市', 2019),
  col('c', '神湾镇', 2022),
  col('d', '绵竹市', 2023),
];
const mentions = [
  mention('a', 96),
  mention('b', 100, { approx: 'about', text: '约100件' }),
  // d has only a change (同比增长): no default value, the cell waits for a choice.
  mention('d', 40, { change: true, unit: '%' }),
];

describe('shapeBars', () => {
  const table = buildMetricTable(cols, [IND], mentions);

  it('keeps missing reports as missing (null with a reason), never zero', () => {
    const [p] = shapeBars(table, [IND.id]).panels;
    const c = p.bars.find((b) => b.reportId === 'c')!;
    expect(c.value).toBeNull();
    expect(c.missing).toBe('no-value');
    expect(p.bars.find((b) => b.reportId === 'd')!.missing).toBe('choose');
    expect(p.max).toBe(100);
  });

  it('marks approximations and keeps the source sentence and offset', () => {
    const b = shapeBars(table, [IND.id]).panels[0].bars.find((x) => x.reportId === 'b')!;
    expect(b).toMatchObject({ value: 100, approx: 'about', mark: '≈', text: '约100件', at: 10 });
    expect(b.sentence).toContain('100件');
    const a = shapeBars(table, [IND.id]).panels[0].bars.find((x) => x.reportId === 'a')!;
    expect(a.mark).toBe('');
  });

  it('sorts by value with missing last in both directions, by label, or as chosen', () => {
    const ids = (sort: 'desc' | 'asc' | 'label' | 'hand') =>
      shapeBars(table, [IND.id], sort).panels[0].bars.map((b) => b.reportId);
    expect(ids('desc')).toEqual(['b', 'a', 'c', 'd']);
    expect(ids('asc')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('hand')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('label')).toEqual(['b', 'd', 'a', 'c']); // 恩平 绵竹 青山 神湾 (pinyin order)
  });

  it('normalises per 10,000 residents; without a population the bar is missing', () => {
    const t = buildMetricTable(cols, [IND], mentions, {
      normalise: true,
      populations: new Map([['青山区', 480_000]]),
    });
    const [p] = shapeBars(t, [IND.id]).panels;
    expect(p.normalised).toBe(true);
    expect(p.bars.find((b) => b.reportId === 'a')!.value).toBeCloseTo(2, 6);
    const b = p.bars.find((x) => x.reportId === 'b')!;
    expect(b.value).toBeNull();
    expect(b.missing).toBe('no-population');
  });

  it('makes one panel per indicator (small multiples), skipping unknown ids', () => {
    const other = { ...IND, id: 'other', name: '其他' };
    const t = buildMetricTable(
      cols,
      [IND, other],
      [...mentions, mention('c', 5, { indicatorId: 'other' })],
    );
    const d = shapeBars(t, ['other', 'nope', IND.id]);
    expect(d.panels.map((p) => p.indicatorId)).toEqual(['other', IND.id]);
    expect(d.panels[0].bars.filter((b) => b.value !== null)).toHaveLength(1);
  });

  it('uses a manual entry and says so', () => {
    const t = buildMetricTable(cols, [IND], mentions, {
      choices: new Map([['c:cases', { manual: { value: 7, unit: '件', note: '电话核实' } }]]),
    });
    const c = shapeBars(t, [IND.id]).panels[0].bars.find((b) => b.reportId === 'c')!;
    expect(c).toMatchObject({ value: 7, manual: true, missing: null });
  });
});
