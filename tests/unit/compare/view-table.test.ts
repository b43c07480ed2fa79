import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { toViewTable, viewCell } from '../../../src/core/compare/view-table.ts';
import { indicatorById } from '../../../src/core/indicators/index.ts';
import type { CompareColumn, Mention } from '../../../src/core/compare/types.ts';

const col = (id: string, year: number | null = null, key = id): CompareColumn => ({
  id,
  label: id,
  locality: key,
  localityKey: key,
  year,
});
const mention = (reportId: string, start: number, value: number, over = false): Mention => ({
  id: `${reportId}:${start}:${start + 3}`,
  reportId,
  indicatorId: 'admin-reconsideration-cases',
  value,
  unit: '件',
  approx: over ? 'over' : 'exact',
  text: `${value}件`,
  start,
  end: start + 3,
  sentenceStart: 0,
  sentenceEnd: 20,
  sentence: `行政复议案件${value}件。`,
  change: false,
});

describe('toViewTable / viewCell', () => {
  const ind = indicatorById('admin-reconsideration-cases')!;
  const cases = indicatorById('admin-litigation-cases') ?? ind;
  const full = buildMetricTable(
    [col('a'), col('b'), col('c')],
    [ind, cases],
    [mention('a', 5, 96), mention('a', 40, 12), mention('b', 7, 6, true)],
    {
      choices: new Map([['c:admin-reconsideration-cases', { quantityId: null, manual: null }]]),
      keepEmptyRows: true,
    },
  );
  const view = toViewTable(full);

  it('gives back every cell as the full table has it, without the mention lists', () => {
    full.rows.forEach((row, r) =>
      row.cells.forEach((c, ci) => {
        const { mentions, chosen, ...rest } = c;
        expect(viewCell(view, r, ci)).toEqual({
          ...rest,
          mentionCount: mentions.length,
          chosenId: chosen?.id ?? null,
        });
      }),
    );
    expect(view.rows[0].stats).toEqual(full.rows[0].stats);
    expect(viewCell(view, 0, 0).extreme).toBe('max');
    expect(viewCell(view, 0, 1).approx).toBe('over');
    expect(viewCell(view, 0, 2).value).toBeNull();
    expect(view.columns).toEqual(full.columns);
  });

  it('keeps manual entries and year-over-year changes', () => {
    const series = [col('x', 2021, 'L'), col('y', 2022, 'L')];
    const t = buildMetricTable(series, [ind], [mention('x', 1, 10), mention('y', 1, 15)], {
      choices: new Map([
        [
          'y:admin-reconsideration-cases',
          { quantityId: null, manual: { value: 20, unit: '件', note: '核实' } },
        ],
      ]),
    });
    const v = toViewTable(t);
    expect(viewCell(v, 0, 1).manual).toEqual({ value: 20, unit: '件', note: '核实' });
    expect(viewCell(v, 0, 1).source).toBe('manual');
    expect(viewCell(v, 0, 1).yoy).toEqual({ previous: 'x', delta: 10, ratio: 1 });
    expect(viewCell(v, 0, 0).yoy).toBeNull();
  });

  it('is made of transferable typed arrays, not per-cell objects', () => {
    expect(view.value).toBeInstanceOf(Float64Array);
    expect(view.value.length).toBe(full.rows.length * 3);
    expect('cells' in view.rows[0]).toBe(false);
  });
});
