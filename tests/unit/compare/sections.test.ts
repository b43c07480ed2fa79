import { describe, expect, it } from 'vitest';
import {
  headingSimilarity,
  matchSections,
  normaliseHeading,
  outlineSections,
  type OutlineSection,
} from '../../../src/core/compare/sections.ts';
import type { Heading } from '../../../src/core/types.ts';

const sec = (
  reportId: string,
  title: string,
  start: number,
  part = 'measures',
): OutlineSection => ({
  reportId,
  title,
  part: part as OutlineSection['part'],
  start,
  end: start + 10,
});
const titles = (groups: ReturnType<typeof matchSections>) =>
  groups.map((g) => [...g.members.values()].map((s) => `${s.reportId}:${s.title}`));

describe('heading similarity', () => {
  it('drops years, numbers, punctuation and words every heading uses', () => {
    expect(normaliseHeading('2022年推进法治政府建设存在的不足和原因')).toBe('存在的不足和原因');
    expect(normaliseHeading('（三）规范执法行为，推进严格规范公正文明执法')).toBe(
      '三规范执法行为严格规范公正文明执法',
    );
    // Nothing left after dropping filler: the heading is compared as it is.
    expect(normaliseHeading('工作情况')).toBe('工作情况');
  });

  it('is 1 for the same heading, 0 for nothing shared, and symmetric', () => {
    expect(headingSimilarity('规范行政执法', '规范行政执法')).toBe(1);
    expect(headingSimilarity('规范行政执法', '优化营商环境')).toBe(0);
    const a = '坚持严格规范公正文明执法';
    const b = '规范执法行为,推进严格规范公正文明执法';
    expect(headingSimilarity(a, b)).toBeCloseTo(headingSimilarity(b, a));
    expect(headingSimilarity(a, b)).toBeGreaterThan(0.5);
    expect(headingSimilarity(a, '聚焦职能转变,政务服务更加优化')).toBeLessThan(0.3);
  });
});

describe('matching sections across reports', () => {
  it('groups similar headings, one section per report and row, best match first', () => {
    const groups = matchSections([
      [sec('a', '优化法治化营商环境', 0), sec('a', '严格规范公正文明执法', 20)],
      [
        sec('b', '规范行政执法行为', 0),
        sec('b', '推进严格规范公正文明执法', 20),
        sec('b', '全力优化法治营商环境', 40),
      ],
    ]);
    // Rows are ordered by the members' mean relative position: 0, (0 + 1) / 2, (1 + 0.5) / 2.
    expect(titles(groups)).toEqual([
      ['b:规范行政执法行为'],
      ['a:优化法治化营商环境', 'b:全力优化法治营商环境'],
      ['a:严格规范公正文明执法', 'b:推进严格规范公正文明执法'],
    ]);
    expect(groups[1].label).toBe('优化法治化营商环境');
    expect(groups[1].key).toBe('a:0');
  });

  it('never matches across required parts; rows follow the parts’ order', () => {
    const groups = matchSections([
      [sec('a', '存在的问题', 50, 'shortcomings'), sec('a', '规范行政执法', 0)],
      [sec('b', '规范行政执法', 0, 'nextYear'), sec('b', '存在的主要问题', 9, 'shortcomings')],
    ]);
    expect(titles(groups)).toEqual([
      ['a:规范行政执法'],
      ['a:存在的问题', 'b:存在的主要问题'],
      ['b:规范行政执法'],
    ]);
  });

  it('a higher threshold splits what a lower one joins', () => {
    const reports = [[sec('a', '坚持严格规范公正文明执法', 0)], [sec('b', '规范行政执法', 0)]];
    expect(matchSections(reports, 0.2)).toHaveLength(1);
    expect(matchSections(reports, 0.9)).toHaveLength(2);
    expect(matchSections([])).toEqual([]);
  });

  it('sections of a report: level-2 sections and level-1 ones without any, with their part', () => {
    const h = (level: 1 | 2, title: string, start: number, sectionEnd: number, part?: string) =>
      ({ level, marker: '', title, start, end: start + 2, sectionEnd, part }) as Heading;
    const outline = [
      h(1, '工作情况', 0, 50, 'measures'),
      h(2, '规范执法', 5, 30),
      h(2, '化解纠纷', 30, 50),
      h(1, '存在的问题', 50, 80, 'shortcomings'),
      h(1, '下一步打算', 80, 99, 'nextYear'),
    ];
    expect(outlineSections('r', outline, '').map((s) => [s.title, s.part, s.start, s.end])).toEqual(
      [
        ['规范执法', 'measures', 5, 30],
        ['化解纠纷', 'measures', 30, 50],
        ['存在的问题', 'shortcomings', 50, 80],
        ['下一步打算', 'nextYear', 80, 99],
      ],
    );
  });
});
