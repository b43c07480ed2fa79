// Deterministic SVG of every chart kind on the five sample reports (real pipeline: parse,
// quantities, indicators). Coordinates are rounded to 0.1 and ids are stable, so any change
// in a chart shows up as a diff in tests/unit/charts/__snapshots__/*.svg.
import { beforeAll, describe, expect, it } from 'vitest';
import { shapeChart, type ChartInput } from '../../../src/core/charts/shape.ts';
import { DEFAULT_SPEC, type ChartSpec } from '../../../src/core/charts/types.ts';
import { buildChart } from '../../../src/ui/charts/svg/build.ts';
import { sampleInput, zh } from './fx.ts';

let input: ChartInput;
beforeAll(async () => {
  input = await sampleInput();
}, 60_000);

const CASES: [string, Partial<ChartSpec>][] = [
  ['bars', { kind: 'bars', indicatorIds: ['legality-review-opinions'] }],
  [
    'bars-multiples',
    {
      kind: 'bars',
      indicatorIds: ['legality-review-opinions', 'admin-reconsideration-cases'],
      sort: 'asc',
    },
  ],
  ['coverage-parts', { kind: 'coverage' }],
  ['coverage-parts-clustered', { kind: 'coverage', rowOrder: 'cluster', colOrder: 'total' }],
  ['trend', { kind: 'trend', indicatorIds: ['legality-review-opinions'] }],
  ['structure', { kind: 'structure', sort: 'asc', partKey: 'shortcomings' }],
  ['concreteness', { kind: 'concreteness' }],
];

const build = (spec: Partial<ChartSpec>, scale = 1) =>
  buildChart(shapeChart({ ...DEFAULT_SPEC, ...spec }, input), {
    width: 960,
    scale,
    t: zh,
    idPrefix: 'c',
    title: '',
  });

describe('chart SVG on the samples', () => {
  it.each(CASES)('%s', async (name, spec) => {
    const chart = build(spec);
    expect(chart.marks.length).toBeGreaterThan(0);
    expect(chart.svg.match(/data-mark="/g)).toHaveLength(chart.marks.length);
    expect(chart.svg).not.toMatch(/NaN|undefined|Infinity/);
    // Geometry is rounded to one decimal.
    expect(chart.svg).not.toMatch(/\b(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="-?\d+\.\d{2,}"/);
    expect(chart.svg).toContain('<title id="c-title">');
    expect(build(spec).svg).toBe(chart.svg);
    await expect(chart.svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('the sample values and their traces are right', () => {
    const bars = shapeChart(
      { ...DEFAULT_SPEC, kind: 'bars', indicatorIds: ['legality-review-opinions'] },
      input,
    );
    if (bars.kind !== 'bars') throw new Error();
    const byLabel = new Map(bars.panels[0].bars.map((b) => [b.label, b]));
    expect(byLabel.get('神湾镇 2022')!.value).toBe(212);
    expect(byLabel.get('青山区 2021')!.mark).toBe('≈');
    expect(byLabel.get('荣成市 2022')!.value).toBeNull();
    const qs = byLabel.get('青山区 2021')!;
    const text = input.reports.find((r) => r.id === qs.reportId)!.text!;
    expect(text.slice(qs.at!, qs.at! + qs.text!.length)).toBe(qs.text);
    const cov = shapeChart({ ...DEFAULT_SPEC, kind: 'coverage' }, input);
    if (cov.kind !== 'coverage') throw new Error();
    const qsRow = cov.rows.findIndex((r) => r.label === '青山区 2021');
    expect(cov.cells[qsRow].map((c) => c.value)).toEqual([1, 0, 0, 0]);
  });

  it('presentation scale enlarges the type', () => {
    const small = build({ kind: 'concreteness' });
    const big = build({ kind: 'concreteness' }, 1.7);
    expect(big.height).toBeGreaterThan(small.height * 1.5);
    expect(big.svg).toContain('font-size="28.9"');
  });
});
