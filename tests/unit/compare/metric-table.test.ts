import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeQuantities } from '../../../src/db/quantities.ts';
import { applyDecisions } from '../../../src/state/quantity-items.ts';
import { CATALOGUE, indicatorById } from '../../../src/core/indicators/index.ts';
import { toMentions } from '../../../src/core/compare/mentions.ts';
import {
  approxMark,
  buildMetricTable,
  defaultMention,
  isYearSeries,
  median,
  orderColumns,
  sortColumnsByRow,
} from '../../../src/core/compare/metric-table.ts';
import {
  cellKey,
  localityKey,
  type CellChoice,
  type CompareColumn,
  type Mention,
} from '../../../src/core/compare/types.ts';
import { groupRows } from '../../../src/core/compare/rows.ts';
import type { QuantityDecision } from '../../../src/db/types.ts';

const SEEDS = {
  qs: '2021-青山区-法治政府建设情况报告.txt',
  ep: '2019-恩平市-法治政府建设情况报告.txt',
};
const texts = new Map(
  Object.entries(SEEDS).map(([id, f]) => [id, readFileSync(`seeds/${f}`, 'utf8')]),
);
const records = [...texts].flatMap(([id, t]) => computeQuantities(id, t, CATALOGUE));
const col = (id: string, locality: string, year: number | null, key = locality): CompareColumn => ({
  id,
  label: `${locality} ${year ?? ''}`.trim(),
  locality,
  localityKey: key,
  year,
});
const COLS = [col('qs', '青山区', 2021), col('ep', '恩平市', 2019)];
const REVIEW = 'admin-reconsideration-cases';

function mentions(decisions: QuantityDecision[] = []) {
  return toMentions(applyDecisions(records, decisions), texts);
}

const mention = (p: Partial<Mention> & { id: string; value: number }): Mention => ({
  reportId: 'a',
  indicatorId: 'x',
  unit: '件',
  approx: 'exact',
  text: `${p.value}件`,
  start: 0,
  end: 1,
  sentenceStart: 0,
  sentenceEnd: 1,
  change: false,
  ...p,
});
const IND = {
  ...indicatorById('admin-reconsideration-cases')!,
  id: 'x',
  kind: 'count' as const,
};

describe('metric table from the seeds', () => {
  const table = buildMetricTable(COLS, CATALOGUE, mentions());
  const row = table.rows.find((r) => r.indicator.id === REVIEW)!;

  it('reads 行政复议案件数 96 (青山区) and 6 (恩平市) with their source sentences', () => {
    expect(row.cells.map((c) => c.value)).toEqual([96, 6]);
    expect(row.cells.map((c) => c.unit)).toEqual(['件', '宗']);
    expect(row.cells[0].chosen!.sentence).toContain('全年办理行政复议案件96件');
    expect(row.cells[1].chosen!.sentence).toContain('行政复议案件6宗');
    expect(row.cells.every((c) => c.source === 'default' && c.mentions.length === 1)).toBe(true);
  });

  it('lists every mention of a cell and defaults to the first exact level', () => {
    const r = table.rows.find((x) => x.indicator.id === 'enforcement-inspections')!;
    expect(r.cells[0].mentions.map((m) => m.text)).toEqual(['37次', '19次', '829家次']);
    expect(r.cells[0].value).toBe(37);
    // 恩平市 has none: missing is null, never 0, and left out of the statistics.
    expect(r.cells[1].value).toBeNull();
    expect(r.cells[1].mentions).toEqual([]);
    expect(r.stats).toEqual({ min: 37, max: 37, median: 37, count: 1 });
    expect(r.maxIds).toEqual([]);
  });

  it('keeps only indicators with a value or a mention, grouped by area', () => {
    expect(table.rows.every((r) => r.cells.some((c) => c.mentions.length))).toBe(true);
    const groups = groupRows(table.rows, true);
    expect(groups.map((g) => g.area)).toEqual(
      [...groups.map((g) => g.area!)].sort((a, b) => a - b),
    );
    expect(groups.flatMap((g) => g.rows)).toHaveLength(table.rows.length);
    expect(buildMetricTable(COLS, CATALOGUE, [], { keepEmptyRows: true }).rows).toHaveLength(
      CATALOGUE.length,
    );
  });

  it('marks the highest and lowest cells and gives min, max, median', () => {
    expect(row.stats).toEqual({ min: 6, max: 96, median: 51, count: 2 });
    expect(row.maxIds).toEqual(['qs']);
    expect(row.minIds).toEqual(['ep']);
    expect(row.cells.map((c) => c.extreme)).toEqual(['max', 'min']);
  });

  it('leaves rejected quantities out and uses corrected values', () => {
    const q96 = records.find((q) => q.reportId === 'qs' && q.text === '96件')!;
    const rej: QuantityDecision = { id: q96.id, reportId: 'qs', status: 'rejected', by: '', at: 1 };
    const t1 = buildMetricTable(COLS, CATALOGUE, mentions([rej]));
    expect(t1.rows.find((r) => r.indicator.id === REVIEW)!.cells[0].value).toBeNull();
    const cor: QuantityDecision = { ...rej, status: 'corrected', value: 98 };
    const t2 = buildMetricTable(COLS, CATALOGUE, mentions([cor]));
    expect(t2.rows.find((r) => r.indicator.id === REVIEW)!.cells[0].value).toBe(98);
  });
});

describe('choices and manual entries', () => {
  const ms = [
    mention({ id: 'a:10', value: 5, start: 10, change: true }),
    mention({ id: 'a:20', value: 7, start: 20, approx: 'about' }),
    mention({ id: 'a:30', value: 9, start: 30 }),
  ];
  const cols = [col('a', 'A', 2020)];

  it('defaults to the first exact level, then the first level; changes never', () => {
    expect(defaultMention(ms)!.id).toBe('a:30');
    expect(defaultMention(ms.slice(0, 2))!.id).toBe('a:20');
    expect(defaultMention(ms.slice(0, 1))).toBeNull();
  });

  it('a chosen mention wins over the default; a stale choice is ignored', () => {
    const choices = new Map<string, CellChoice>([[cellKey('a', 'x'), { quantityId: 'a:20' }]]);
    const cell = buildMetricTable(cols, [IND], ms, { choices }).rows[0].cells[0];
    expect([cell.value, cell.source, cell.approx, cell.mentions.length]).toEqual([
      7,
      'chosen',
      'about',
      3,
    ]);
    const stale = new Map<string, CellChoice>([[cellKey('a', 'x'), { quantityId: 'gone' }]]);
    expect(buildMetricTable(cols, [IND], ms, { choices: stale }).rows[0].cells[0].source).toBe(
      'default',
    );
  });

  it('a manual entry wins over everything, even with no mention at all', () => {
    const manual = { value: 12, unit: '件', note: '据统计公报' };
    const choices = new Map<string, CellChoice>([
      [cellKey('a', 'x'), { quantityId: 'a:20', manual }],
      [cellKey('b', 'x'), { manual }],
    ]);
    const t = buildMetricTable([...cols, col('b', 'B', 2020)], [IND], ms, { choices });
    const [a, b] = t.rows[0].cells;
    expect([a.value, a.source, a.chosen, a.manual?.note]).toEqual([
      12,
      'manual',
      null,
      '据统计公报',
    ]);
    expect([b.value, b.source, b.mentions.length]).toEqual([12, 'manual', 0]);
  });
});

describe('normalisation, year-over-year, ordering', () => {
  const ms = [
    mention({ id: 'a:1', reportId: 'a', value: 100 }),
    mention({ id: 'b:1', reportId: 'b', value: 50 }),
    mention({ id: 'c:1', reportId: 'c', value: 80 }),
  ];
  const cols = [col('a', 'A', 2021, 'p/A'), col('b', 'B', 2021, 'p/B'), col('c', 'C', 2021, 'p/C')];

  it('per 10,000 residents from the population map; unknown population = missing', () => {
    const populations = new Map([
      ['p/A', 1_000_000],
      ['p/B', 100_000],
    ]);
    const t = buildMetricTable(cols, [IND], ms, { populations, normalise: true });
    const cells = t.rows[0].cells;
    expect(cells.map((c) => c.perTenThousand)).toEqual([1, 5, null]);
    expect(cells.map((c) => c.shown)).toEqual([1, 5, null]);
    expect(cells.map((c) => c.value)).toEqual([100, 50, 80]);
    expect(t.rows[0].stats).toEqual({ min: 1, max: 5, median: 3, count: 2 });
    expect(t.rows[0].maxIds).toEqual(['b']);
    // Rates are never divided by population.
    const rate = { ...IND, kind: 'rate' as const };
    const r = buildMetricTable(cols, [rate], ms, { populations, normalise: true });
    expect(r.rows[0].cells.map((c) => c.shown)).toEqual([100, 50, 80]);
  });

  it('year-over-year change when the columns are one locality across years', () => {
    const years = [col('a', 'A', 2022, 'A'), col('b', 'A', 2020, 'A'), col('c', 'A', 2021, 'A')];
    expect(isYearSeries(years)).toBe(true);
    expect(isYearSeries(cols)).toBe(false);
    const t = buildMetricTable(years, [IND], ms);
    expect(t.yoy).toBe(true);
    const [a, b, c] = t.rows[0].cells;
    expect(b.yoy).toBeNull(); // 2020, the first year
    expect(c.yoy).toEqual({ previous: 'b', delta: 30, ratio: 0.6 }); // 2021 vs 2020
    expect(a.yoy).toEqual({ previous: 'c', delta: 20, ratio: 0.25 }); // 2022 vs 2021
    expect(orderColumns(years, 'year').map((x) => x.year)).toEqual([2020, 2021, 2022]);
  });

  it('sorts columns by a row, missing values last', () => {
    const t = buildMetricTable([...cols, col('d', 'D', 2021)], [IND], ms);
    expect(sortColumnsByRow(t, 'x', -1).map((c) => c.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(sortColumnsByRow(t, 'x', 1).map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('median, marks and keys', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(
      ['exact', 'about', 'more', 'over', 'at_least'].map((a) => approxMark(a as never)),
    ).toEqual(['', '≈', '＞', '＞', '≥']);
    expect(localityKey('湖北省', '武汉市', '青山区')).toBe('湖北省/武汉市/青山区');
  });
});
