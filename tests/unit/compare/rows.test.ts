import { describe, expect, it } from 'vitest';
import { CATALOGUE, indicatorById } from '../../../src/core/indicators/index.ts';
import {
  areaName,
  groupRows,
  moveRow,
  moveRowTo,
  selectRows,
  toggleRow,
} from '../../../src/core/compare/rows.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const area = (id: string) => indicatorById(id)?.area;
const review = 'admin-reconsideration-cases';
const litigation = CATALOGUE.find((i) => i.area === 7 && i.id !== review)!.id;
const area4 = CATALOGUE.filter((i) => i.area === 4).map((i) => i.id);

describe('choosing the indicator rows', () => {
  it('nothing chosen: the whole catalogue in its order; else the chosen ones in their order', () => {
    expect(ids(selectRows(CATALOGUE, []))).toEqual(ids([...CATALOGUE]));
    expect(ids(selectRows(CATALOGUE, [litigation, review]))).toEqual([litigation, review]);
    expect(ids(selectRows(CATALOGUE, ['gone', review]))).toEqual([review]);
  });

  it('toggling from the default starts from the rows shown now', () => {
    const shown = [review, litigation, area4[0]];
    expect(toggleRow([], litigation, shown)).toEqual([review, area4[0]]);
    expect(toggleRow([], area4[1], shown)).toEqual([...shown, area4[1]]);
    expect(toggleRow([review], review, shown)).toEqual([]);
  });
});

describe('ordering rows', () => {
  const order = [area4[0], review, area4[1], litigation, area4[2]];

  it('moves a row one place up or down, not past either end', () => {
    expect(moveRow(order, review, -1)).toEqual([review, area4[0], area4[1], litigation, area4[2]]);
    expect(moveRow(order, area4[0], -1)).toEqual(order);
    expect(moveRow(order, area4[2], 1)).toEqual(order);
    expect(moveRow(order, 'gone', 1)).toEqual(order);
  });

  it('grouped by area, a step skips rows of other areas (the row moves within its group)', () => {
    expect(moveRow(order, area4[0], 1, area)).toEqual([
      area4[1],
      review,
      area4[0],
      litigation,
      area4[2],
    ]);
    // The last row of area 4 cannot move further down; the first of area 7 stays first in its area.
    expect(moveRow(order, area4[2], 1, area)).toEqual(order);
    expect(moveRow(order, review, -1, area)).toEqual(order);
  });

  it('moves a row to an index (drag and drop), clamped to the list', () => {
    expect(moveRowTo(order, area4[2], 0)).toEqual([
      area4[2],
      area4[0],
      review,
      area4[1],
      litigation,
    ]);
    expect(moveRowTo(order, area4[0], 99)).toEqual([...order.slice(1), area4[0]]);
    expect(moveRowTo(order, 'gone', 0)).toEqual(order);
  });
});

describe('grouping rows', () => {
  const rows = [area4[1], review, area4[0], litigation].map((id) => ({
    indicator: indicatorById(id)!,
  }));

  it('groups by area ascending, keeping the chosen order within an area', () => {
    const g = groupRows(rows, true);
    expect(g.map((x) => x.area)).toEqual([4, 7]);
    expect(g[0].rows.map((r) => r.indicator.id)).toEqual([area4[1], area4[0]]);
    expect(g[1].rows.map((r) => r.indicator.id)).toEqual([review, litigation]);
  });

  it('ungrouped: one group in the chosen order; no rows, no groups', () => {
    expect(groupRows(rows, false)).toEqual([{ area: null, rows }]);
    expect(groupRows([], true)).toEqual([]);
    expect(groupRows([], false)).toEqual([]);
  });

  it('names the areas after the 2021–2025 outline', () => {
    expect(areaName(4)).toBe('健全行政执法工作体系');
    expect(areaName(6)).toBe('健全社会矛盾纠纷行政预防调处化解体系');
    expect(areaName(10)).toBe('');
  });
});
