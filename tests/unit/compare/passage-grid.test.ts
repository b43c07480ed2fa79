import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.ts';
import { findOutline } from '../../../src/core/outline/index.ts';
import {
  buildCodeGrid,
  buildPartGrid,
  buildSectionGrid,
  filterGrid,
  firstLine,
  partPassages,
} from '../../../src/core/compare/passage-grid.ts';

function report(id: string, file: string) {
  const raw = readFileSync(`seeds/${file}`, 'utf8');
  const { text } = cleanText({ format: 'txt', encoding: 'utf-8', text: raw, warnings: [] });
  return { id, text, outline: findOutline(text) };
}
const qs = report('qs', '2021-青山区-法治政府建设情况报告.txt');
const mz = report('mz', '2023-绵竹市-法治政府建设情况报告.txt');

describe('required-parts grid on two seeds', () => {
  const grid = buildPartGrid([qs, mz]);

  it('has one row per required part and one cell per report', () => {
    expect(grid.map((r) => r.key)).toEqual([
      'measures',
      'shortcomings',
      'firstResponsible',
      'nextYear',
    ]);
    expect(grid.every((r) => r.cells.map((c) => c.reportId).join() === 'qs,mz')).toBe(true);
  });

  it('青山区 has measures but no shortcomings and no next-year plan: those cells are missing', () => {
    const cell = (part: string, i: number) => grid.find((r) => r.key === part)!.cells[i];
    expect(cell('measures', 0).missing).toBe(false);
    expect(cell('shortcomings', 0)).toMatchObject({ missing: true, passages: [] });
    expect(cell('nextYear', 0)).toMatchObject({ missing: true, passages: [] });
  });

  it('a passage is the text of its level-1 section, with offsets into the report', () => {
    for (const row of grid)
      for (const cell of row.cells) {
        const r = cell.reportId === 'qs' ? qs : mz;
        for (const p of cell.passages) {
          expect(r.text.slice(p.start, p.end).trim()).toBe(p.text);
          expect(p.text.startsWith(p.heading)).toBe(true);
        }
      }
    const measures = partPassages(qs, 'measures');
    expect(measures.length).toBeGreaterThan(1);
    expect(measures[0].heading).toContain('学习贯彻习近平法治思想');
  });

  it('filters rows by text: matching passages only, rows without a match go', () => {
    const g = filterGrid(grid, '行政复议', (r) => r.key);
    expect(g.length).toBeGreaterThan(0);
    expect(g.length).toBeLessThan(4);
    expect(
      g
        .flatMap((r) => r.cells.flatMap((c) => c.passages))
        .every((p) => p.text.includes('行政复议')),
    ).toBe(true);
    // A row whose label matches stays whole.
    const byLabel = filterGrid(grid, 'shortcomings', (r) => r.key);
    expect(byLabel.map((r) => r.key)).toEqual(['shortcomings']);
    expect(byLabel[0]).toBe(grid[1]);
    expect(filterGrid(grid, '  ')).toEqual(grid);
    expect(filterGrid(grid, '不存在的词语', (r) => r.key)).toEqual([]);
    expect(firstLine('  \n一、标题\n正文')).toBe('一、标题');
    expect(firstLine('很长'.repeat(50), 4)).toBe('很长很长…');
  });
});

describe('section grid (headings matched by similarity)', () => {
  // The two headings share 规范 + 执法 ×2 of 11 and 15 bigrams (similarity 0.23).
  const grid = buildSectionGrid([qs, mz], 0.2);

  it('puts the two reports’ law-enforcement sections in one row, other rows have gaps', () => {
    expect(buildSectionGrid([qs, mz]).every((r) => r.cells.some((c) => c.missing))).toBe(true);
    const row = grid.find((r) => r.cells.every((c) => !c.missing))!;
    expect(row.label).toContain('严格规范公正文明执法');
    expect(row.cells[1].passages[0].heading).toContain('规范行政执法');
    expect(grid.some((r) => r.cells[0].missing && !r.cells[1].missing)).toBe(true);
    expect(grid.every((r) => r.cells.some((c) => !c.missing))).toBe(true);
  });

  it('passages are whole sections with offsets into the report, each section in one row', () => {
    const seen = new Set<string>();
    for (const row of grid)
      for (const cell of row.cells) {
        const r = cell.reportId === 'qs' ? qs : mz;
        expect(cell.passages.length).toBeLessThanOrEqual(1);
        for (const p of cell.passages) {
          expect(r.text.slice(p.start, p.end).trim()).toBe(p.text);
          expect(p.text.startsWith(p.heading)).toBe(true);
          expect(seen.has(`${r.id}:${p.start}`)).toBe(false);
          seen.add(`${r.id}:${p.start}`);
        }
      }
    // 青山区: 3 + 4 level-2 sections; 绵竹市: 5 level-2 and 2 level-1 sections without children.
    expect(seen.size).toBe(14);
  });
});

describe('code grid', () => {
  const code = (id: string, parentId: string | null, order: number) => ({
    id,
    codebookId: 'b',
    parentId,
    name: id.toUpperCase(),
    color: '#000000',
    description: '',
    order,
    keywords: [],
    guid: id,
  });
  const coding = (id: string, reportId: string, codeId: string, start: number, end: number) => ({
    id,
    reportId,
    codeId,
    start,
    end,
    quote: '',
    memo: '',
    coder: 'a',
    auto: false,
    createdAt: '',
    updatedAt: '',
  });
  const codes = [code('p', null, 0), code('c', 'p', 0), code('q', null, 1)];
  const codings = [coding('1', 'qs', 'c', 184, 214), coding('2', 'mz', 'p', 0, 5)];

  it('rows are codes in tree order; a parent row holds its children’s segments', () => {
    const g = buildCodeGrid([qs, mz], codes, codings);
    expect(g.map((r) => [r.key, r.label, r.depth])).toEqual([
      ['p', 'P', 0],
      ['c', 'P / C', 1],
      ['q', 'Q', 0],
    ]);
    expect(g[0].cells.map((c) => c.passages.length)).toEqual([1, 1]);
    expect(g[1].cells.map((c) => c.missing)).toEqual([false, true]);
    expect(g[1].cells[0].passages[0].text).toBe(qs.text.slice(184, 214));
    expect(g[2].cells.every((c) => c.missing)).toBe(true);
  });
});
