import { describe, expect, it } from 'vitest';
import { esc, fmt, label, textWidth, truncate } from '../../../src/ui/charts/svg/svg-kit.ts';
import { barsSvg } from '../../../src/ui/charts/svg/bars-svg.ts';
import { zh } from './fx.ts';

describe('svg kit', () => {
  it('measures Chinese as full width and truncates long locality names with a tooltip', () => {
    expect(textWidth('青山区', 10)).toBe(30);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2);
    const name = '新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县';
    const t = truncate(name, 100, 10);
    expect(t.cut).toBe(true);
    expect(t.text.endsWith('…')).toBe(true);
    expect(textWidth(t.text, 10)).toBeLessThanOrEqual(100);
    const svg = label(name, 0, 0, 100, 10);
    expect(svg).toContain(`<title>${name}</title>`);
    expect(label('青山区', 0, 0, 100, 10)).not.toContain('<title>');
  });

  it('escapes text from reports, so a name cannot inject markup', () => {
    expect(esc('<script>&"')).toBe('&lt;script&gt;&amp;&quot;');
    const svg = barsSvg(
      {
        kind: 'bars',
        panels: [
          {
            indicatorId: 'x',
            name: '<img onerror=1>',
            unit: '件',
            normalised: false,
            max: 1,
            bars: [
              {
                reportId: 'a',
                label: '<b>甲</b>',
                value: 1,
                missing: null,
                approx: 'exact',
                mark: '',
                unit: '件',
                text: null,
                sentence: null,
                at: null,
                manual: false,
              },
            ],
          },
        ],
      },
      { width: 600, scale: 1, t: zh, idPrefix: 'x', title: '' },
    ).svg;
    expect(svg).not.toMatch(/<img|<b>/);
    expect(svg).toContain('&lt;b&gt;甲&lt;/b&gt;');
  });

  it('formats numbers readably and deterministically', () => {
    expect(fmt(212)).toBe('212');
    expect(fmt(12345.6)).toBe('12,346');
    expect(fmt(8.2101)).toBe('8.21');
    expect(fmt(0.25)).toBe('0.25');
    expect(fmt(50)).toBe('50');
  });

  it('draws many reports as a dense strip, each still a mark', () => {
    const bars = Array.from({ length: 1000 }, (_, i) => ({
      reportId: `r${i}`,
      label: `地区${i}`,
      value: i % 10 ? i : null,
      missing: i % 10 ? null : ('no-value' as const),
      approx: 'exact' as const,
      mark: '',
      unit: '件',
      text: null,
      sentence: null,
      at: null,
      manual: false,
    }));
    const c = barsSvg(
      {
        kind: 'bars',
        panels: [{ indicatorId: 'x', name: '案件', unit: '件', normalised: false, max: 999, bars }],
      },
      { width: 960, scale: 1, t: zh, idPrefix: 'x', title: '' },
    );
    expect(c.marks).toHaveLength(1000);
    expect(c.height).toBeLessThan(400);
    expect(c.svg).toContain('1000 份报告，按数值排序；阴影为无数据（100 份）');
  });
});
