import { describe, expect, it } from 'vitest';
import { chartFile, parseChartFile } from '../../../src/core/charts/chart-file.ts';
import { DEFAULT_SPEC, type BarsData } from '../../../src/core/charts/types.ts';

const data: BarsData = {
  kind: 'bars',
  panels: [
    {
      indicatorId: 'x',
      name: '行政复议案件数',
      unit: '件',
      normalised: false,
      max: 96,
      bars: [
        {
          reportId: 'a',
          label: '青山区 2021',
          value: 96,
          missing: null,
          approx: 'exact',
          mark: '',
          unit: '件',
          text: '96件',
          sentence: '办理96件',
          at: 10,
          manual: false,
        },
        {
          reportId: 'b',
          label: '恩平市',
          value: null,
          missing: 'no-value',
          approx: 'exact',
          mark: '',
          unit: '',
          text: null,
          sentence: null,
          at: null,
          manual: false,
        },
      ],
    },
  ],
};

describe('chart file', () => {
  it('round-trips spec and data', () => {
    const spec = { ...DEFAULT_SPEC, title: '复议', reportIds: ['a', 'b'], indicatorIds: ['x'] };
    const text = JSON.stringify(chartFile(spec, data, '2026-12-01T00:00:00Z'));
    const r = parseChartFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.spec).toEqual(spec);
    expect(r.file.data).toEqual(data);
  });

  it('refuses bad input with a specific message in both languages', () => {
    const msg = (t: string) => {
      const r = parseChartFile(t);
      return r.ok ? null : r.message;
    };
    expect(msg('{not json')?.[0]).toContain('不是有效的 JSON');
    expect(msg('{"format":"other"}')?.[1]).toContain('Not a Reportbench chart file');
    expect(msg('{"format":"reportbench-chart","version":9}')?.[0]).toContain('版本 9');
    const broken = chartFile({ ...DEFAULT_SPEC }, structuredClone(data), '');
    (broken.data as BarsData).panels[0].bars[0].value = 'x' as unknown as number;
    expect(msg(JSON.stringify(broken))?.[0]).toContain('data.panels[0].bars[0]');
    const wrongKind = { ...chartFile({ ...DEFAULT_SPEC, kind: 'trend' }, data, '') };
    expect(msg(JSON.stringify(wrongKind))?.[0]).toContain('data.kind');
    expect(
      msg(
        JSON.stringify({ format: 'reportbench-chart', version: 1, spec: { kind: 'pie' }, data }),
      )?.[0],
    ).toContain('spec.kind');
  });

  it('drops unknown spec fields and fills defaults', () => {
    const r = parseChartFile(
      JSON.stringify({
        format: 'reportbench-chart',
        version: 1,
        spec: { kind: 'bars', evil: 1, sort: 'sideways' },
        data,
      }),
    );
    expect(r.ok && r.file.spec).toEqual({ ...DEFAULT_SPEC });
  });
});
