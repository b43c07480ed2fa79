import { describe, expect, it } from 'vitest';
import {
  orderHeatmap,
  shapeCodeCoverage,
  shapePartCoverage,
  type CoverageReport,
} from '../../../src/core/charts/coverage.ts';
import type { Code, Coding } from '../../../src/core/codebook/types.ts';
import type { Heading } from '../../../src/core/types.ts';

const h = (start: number, end: number, part: Heading['part'], title = '标题'): Heading => ({
  level: 1,
  marker: '一、',
  title,
  start,
  end: start + 5,
  sectionEnd: end,
  part,
});
const reports: CoverageReport[] = [
  { id: 'a', label: '青山区 2021', chars: 100, outline: [h(0, 60, 'measures', '主要举措')] },
  {
    id: 'b',
    label: '恩平市 2019',
    chars: 200,
    outline: [
      h(0, 100, 'measures'),
      h(100, 150, 'shortcomings', '存在的不足'),
      h(150, 200, 'nextYear'),
    ],
  },
];
const parts = [
  { id: 'measures' as const, label: '举措成效' },
  { id: 'shortcomings' as const, label: '不足问题' },
  { id: 'nextYear' as const, label: '下年安排' },
];
const code = (id: string, name: string, parentId: string | null = null): Code => ({
  id,
  codebookId: 'cb',
  parentId,
  name,
  color: '#0072b2',
  description: '',
  order: 0,
  keywords: [],
  guid: id,
});
const coding = (reportId: string, codeId: string, start: number, end: number): Coding => ({
  id: `${reportId}-${codeId}-${start}`,
  reportId,
  codeId,
  start,
  end,
  quote: 'x'.repeat(end - start),
  memo: '',
  coder: '甲',
  auto: false,
  createdAt: '',
  updatedAt: '',
});

describe('coverage heatmap', () => {
  it('parts: present is 1 with the section to open, missing is 0 with no source', () => {
    const d = shapePartCoverage(reports, parts);
    expect(d.metric).toBe('presence');
    expect(d.cells[0].map((c) => c.value)).toEqual([1, 0, 0]);
    expect(d.cells[0][0]).toMatchObject({ at: 0, quote: '一、主要举措' });
    expect(d.cells[0][1]).toMatchObject({ at: null, quote: null });
    expect(d.cells[1].map((c) => c.value)).toEqual([1, 1, 1]);
  });

  it('codes: counts segments (children included) or the share of characters', () => {
    const codes = [code('p', '领域七'), code('k', '行政复议', 'p')];
    const cols = codes.map((c) => ({ id: c.id, label: c.name }));
    const codings = [coding('a', 'k', 10, 30), coding('a', 'p', 20, 40), coding('b', 'k', 0, 50)];
    const count = shapeCodeCoverage(reports, codes, cols, codings, 'count');
    expect(count.cells.map((r) => r.map((c) => c.count))).toEqual([
      [2, 1],
      [1, 1],
    ]);
    const share = shapeCodeCoverage(reports, codes, cols, codings, 'share');
    expect(share.cells[0][0].value).toBeCloseTo(0.3); // 10–40 of 100, overlap counted once
    expect(share.cells[1][0].value).toBeCloseTo(0.25);
    expect(share.cells[0][0].at).toBe(10);
    expect(share.max).toBeCloseTo(0.3);
  });

  it('orders rows and columns by total, label or similarity', () => {
    const d = shapePartCoverage(reports, parts);
    expect(orderHeatmap(d, 'total', 'hand').rows.map((r) => r.id)).toEqual(['b', 'a']);
    expect(orderHeatmap(d, 'label', 'hand').rows.map((r) => r.id)).toEqual(['b', 'a']);
    const byTotal = orderHeatmap(d, 'hand', 'total');
    expect(byTotal.cols.map((c) => c.id)).toEqual(['measures', 'shortcomings', 'nextYear']);
    // Cells follow their row and column.
    expect(byTotal.cells[0].map((c) => c.value)).toEqual([1, 0, 0]);
    const cl = orderHeatmap(d, 'cluster', 'cluster');
    expect(cl.rows).toHaveLength(2);
    expect(cl.cells.flat().reduce((s, c) => s + c.value, 0)).toBe(4);
  });
});
