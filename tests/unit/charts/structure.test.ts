import { describe, expect, it } from 'vitest';
import {
  OTHER,
  shapeCodeStructure,
  shapePartStructure,
} from '../../../src/core/charts/structure.ts';
import type { Code, Coding } from '../../../src/core/codebook/types.ts';
import type { Heading } from '../../../src/core/types.ts';

const h = (start: number, end: number, part?: Heading['part']): Heading => ({
  level: 1,
  marker: '一、',
  title: '标题',
  start,
  end: start + 5,
  sectionEnd: end,
  part,
});
const parts = [
  { id: 'measures' as const, label: '举措成效' },
  { id: 'shortcomings' as const, label: '不足问题' },
];

describe('report structure', () => {
  const reports = [
    // 10 chars of preamble, 70 measures, 20 of an unlabelled section.
    { id: 'a', label: '甲', chars: 100, outline: [h(10, 80, 'measures'), h(80, 100)] },
    {
      id: 'b',
      label: '乙',
      chars: 100,
      outline: [h(0, 50, 'measures'), h(50, 100, 'shortcomings')],
    },
  ];

  it('divides every character among the parts and `other`; shares add up to 1', () => {
    const d = shapePartStructure(reports, parts, '其他');
    expect(d.keys.map((k) => k.id)).toEqual(['measures', 'shortcomings', OTHER]);
    const a = d.bars[0];
    expect(a.segments.map((s) => s.chars)).toEqual([70, 0, 30]);
    expect(a.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1);
    expect(a.segments[0]).toMatchObject({ at: 10, heading: '一、标题' });
    expect(a.segments[1].at).toBeNull();
  });

  it('sorts by the share of a chosen part', () => {
    expect(
      shapePartStructure(reports, parts, '其他', 'desc', 'measures').bars.map((b) => b.reportId),
    ).toEqual(['a', 'b']);
    expect(
      shapePartStructure(reports, parts, '其他', 'asc', 'measures').bars.map((b) => b.reportId),
    ).toEqual(['b', 'a']);
    expect(
      shapePartStructure(reports, parts, '其他', 'desc', 'shortcomings').bars.map(
        (b) => b.reportId,
      ),
    ).toEqual(['b', 'a']);
  });

  it('codes: top-level areas (children count for their area); overlaps go to the first area', () => {
    const code = (id: string, order: number, parentId: string | null = null): Code => ({
      id,
      codebookId: 'cb',
      parentId,
      name: id,
      color: '#000000',
      description: '',
      order,
      keywords: [],
      guid: id,
    });
    const codes = [code('A', 0), code('B', 1), code('A1', 0, 'A')];
    const c = (codeId: string, start: number, end: number): Coding => ({
      id: `${codeId}${start}`,
      reportId: 'a',
      codeId,
      start,
      end,
      quote: '',
      memo: '',
      coder: '',
      auto: false,
      createdAt: '',
      updatedAt: '',
    });
    const d = shapeCodeStructure(reports, codes, [c('A1', 0, 30), c('B', 20, 50)], '未编码');
    expect(d.keys.map((k) => k.id)).toEqual(['A', 'B', OTHER]);
    expect(d.bars[0].segments.map((s) => s.chars)).toEqual([30, 20, 50]);
    expect(d.bars[0].segments[1].at).toBe(20);
    expect(d.bars[1].segments.map((s) => s.chars)).toEqual([0, 0, 100]);
  });
});
