import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { longRows, metricRows, parseCsv, toCsv, toTsv } from '../../../src/core/compare/export.ts';
import type { CompareColumn, Mention } from '../../../src/core/compare/types.ts';
import type { Indicator } from '../../../src/core/indicators/types.ts';

const IND: Indicator = {
  id: 'x',
  name: '行政复议案件数',
  area: 7,
  kind: 'count',
  unitKinds: ['count'],
  keywords: [],
  builtIn: true,
};
const cols: CompareColumn[] = [
  { id: 'a', label: '青山区 2021', locality: '青山区', localityKey: 'A', year: 2021 },
  { id: 'b', label: '恩平市 2019', locality: '恩平市', localityKey: 'B', year: 2019 },
];
const m = (id: string, value: number, start: number, sentence: string): Mention => ({
  id,
  reportId: 'a',
  indicatorId: 'x',
  value,
  unit: '件',
  approx: 'about',
  text: `约${value}件`,
  start,
  end: start + 3,
  sentenceStart: start - 5,
  sentenceEnd: start + 10,
  sentence,
  change: false,
});

describe('exports', () => {
  const t = buildMetricTable(
    cols,
    [IND],
    [m('a:10', 96, 10, '办理案件"96"件,其中'), m('a:40', 3, 40, '另')],
  );

  it('wide rows keep numbers as numbers and missing as empty, never 0', () => {
    const rows = metricRows(t);
    expect(rows[0].slice(0, 7)).toEqual([
      '指标',
      '指标编号',
      '领域',
      '青山区 2021',
      '青山区 2021 单位',
      '青山区 2021 近似',
      '青山区 2021 来源',
    ]);
    expect(rows[1].slice(0, 7)).toEqual([
      '行政复议案件数',
      'x',
      7,
      96,
      '件',
      '≈',
      '办理案件"96"件,其中',
    ]);
    expect(rows[1].slice(7, 11)).toEqual([null, '', '', '']);
  });

  it('CSV has a BOM, quotes what needs quoting, and parses back', () => {
    const csv = toCsv(metricRows(t));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = parseCsv(csv);
    expect(back[1][3]).toBe('96');
    expect(back[1][6]).toBe('办理案件"96"件,其中');
    expect(back[1][7]).toBe('');
    expect(back).toHaveLength(2);
  });

  it('long form: one row per mention with offsets and which one the cell uses', () => {
    const rows = longRows(t);
    expect(rows).toHaveLength(3);
    const h = rows[0];
    const at = (r: unknown[], k: string) => r[h.indexOf(k)];
    expect(
      rows.slice(1).map((r) => [at(r, 'value'), at(r, 'start'), at(r, 'used'), at(r, 'source')]),
    ).toEqual([
      [96, 10, 1, '默认'],
      [3, 40, 0, ''],
    ]);
  });

  it('TSV flattens tabs and line breaks inside cells', () => {
    expect(toTsv([['a\tb', 'c\nd', null, 1]])).toBe('a b\tc d\t\t1');
  });
});
