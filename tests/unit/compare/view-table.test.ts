import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { toViewTable } from '../../../src/core/compare/view-table.ts';
import { indicatorById } from '../../../src/core/indicators/index.ts';
import type { CompareColumn, Mention } from '../../../src/core/compare/types.ts';

const col = (id: string): CompareColumn => ({
  id,
  label: id,
  locality: id,
  localityKey: id,
  year: null,
});
const mention = (reportId: string, start: number, value: number): Mention => ({
  id: `${reportId}:${start}:${start + 3}`,
  reportId,
  indicatorId: 'admin-reconsideration-cases',
  value,
  unit: '件',
  approx: 'exact',
  text: `${value}件`,
  start,
  end: start + 3,
  sentenceStart: 0,
  sentenceEnd: 20,
  sentence: `行政复议案件${value}件。`,
  change: false,
});

describe('toViewTable', () => {
  const ind = indicatorById('admin-reconsideration-cases')!;
  const full = buildMetricTable(
    [col('a'), col('b'), col('c')],
    [ind],
    [mention('a', 5, 96), mention('a', 40, 12), mention('b', 7, 6)],
  );
  const view = toViewTable(full);

  it('keeps values, the chosen mention and statistics, and counts the mentions', () => {
    const cells = view.rows[0].cells;
    expect(cells.map((c) => [c.value, c.mentionCount, c.chosen?.sentence])).toEqual([
      [96, 2, '行政复议案件96件。'],
      [6, 1, '行政复议案件6件。'],
      [null, 0, undefined],
    ]);
    expect(view.rows[0].stats).toEqual(full.rows[0].stats);
    expect(cells[0].extreme).toBe('max');
    expect(view.columns).toEqual(full.columns);
  });

  it('carries no mention lists (they stay in the worker)', () => {
    for (const c of view.rows[0].cells) expect('mentions' in c).toBe(false);
  });
});
