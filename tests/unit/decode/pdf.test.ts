import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../src/core/decode/pdf-lines.ts';
import { isPageNumber, linesToParagraphs } from '../../../src/core/decode/pdf-paragraphs.ts';
import { normaliseGlyphs } from '../../../src/core/decode/pdf-lines.ts';
import { extract, failure, seedParagraphs } from './fixtures.ts';

const TITLE = '青山区人民政府2021年度法治政府建设情况报告';
// The generator prints the first 8 paragraphs of the 绵竹市 seed (long ones cut at 189 chars + 。).
const MZ = seedParagraphs('2023-绵竹市-法治政府建设情况报告.txt')
  .slice(0, 8)
  .map((p) => (p.length > 190 ? p.slice(0, 189) + '。' : p));

describe('pdf printed by Chromium (3 pages, running header, footer, page numbers)', () => {
  it('rebuilds exactly the source paragraphs: wrapped lines joined, furniture gone', async () => {
    const result = await extract('report.pdf');
    expect(result.format).toBe('pdf');
    expect(result.pages).toBe(3);
    // Spaces are compared loosely: Chromium wraps at a space (`事项 100%`), which the line drops.
    const loose = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ''));
    expect(loose(result.text.split('\n'))).toEqual(loose([TITLE, ...MZ]));
  });

  it('keeps the body title once even though the running header repeats it on every page', async () => {
    const { text } = await extract('report.pdf');
    expect(text.split(TITLE)).toHaveLength(2);
    expect(text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('reads the document title from the PDF info', async () => {
    expect((await extract('report.pdf')).sourceTitle).toBe(TITLE);
  });
});

describe('pdf edge cases', () => {
  it('reads a non-embedded CJK font through the packed CMaps', async () => {
    const result = await extract('cmap-font.pdf');
    expect(result.text).toBe('一、主要举措和成效\n全年开展专题学法245场次。');
  });

  it.each([
    ['scan-no-text.pdf', 'pdf-no-text'],
    ['encrypted.pdf', 'pdf-encrypted'],
    ['truncated.pdf', 'corrupt-pdf'],
  ] as const)('%s → %s', async (name, code) => {
    const error = await failure(name);
    expect(error.code).toBe(code);
  });

  it('reports garbage after a %PDF header as corrupt-pdf', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all\n');
    expect((await failure({ path: 'x.pdf', bytes })).code).toBe('corrupt-pdf');
  });
});

describe('pdf paragraph rebuilding (synthetic lines)', () => {
  const line = (text: string, x: number, y: number, xEnd = 500, size = 12): PdfLine => ({
    text,
    x,
    xEnd,
    y,
    size,
  });

  it('recognises the page-number styles of Chinese documents', () => {
    for (const n of [
      '3',
      '- 3 -',
      '— 3 —',
      '第3页',
      '第 3 页，共 12 页',
      '3/12',
      '共12页 第3页',
      'Page 3 of 12',
    ]) {
      expect(isPageNumber(n)).toBe(true);
    }
    for (const n of ['2023年', '一、总体情况', '3.5万元']) expect(isPageNumber(n)).toBe(false);
  });

  it('starts paragraphs at indents, heading markers and short lines; joins the rest without spaces', () => {
    const page: PdfLine[] = [
      line('一、总体情况', 100, 700, 180),
      line('全年办理行政复议案件96件，', 124, 680), // indented first line
      line('纠错率8.3%，同比下降2个百', 100, 660),
      line('分点。', 100, 640, 140), // short line ending in 。
      line('1.加强执法监督', 100, 620, 200),
      line('开展执法检查12次。', 124, 600, 300),
    ];
    expect(linesToParagraphs([page]).text).toBe(
      [
        '一、总体情况',
        '全年办理行政复议案件96件，纠错率8.3%，同比下降2个百分点。',
        '1.加强执法监督',
        '开展执法检查12次。',
      ].join('\n'),
    );
  });

  it('removes a repeated header and page numbers, and joins a paragraph across the page break', () => {
    const body = [
      ['全面推进严格规范公正文明执法，', '深化行政执法体制改革，完善行政'],
      ['执法程序，全面落实行政执法责任', '制，加强行政执法信息化建设和信'],
      ['息共享，提高执法效率和规范化水', '平，全年开展执法检查一百余次。'],
    ];
    const pages = body.map(([first, last], i) => [
      line('某市2023年法治政府建设情况报告', 300, 800, 500, 9),
      line(first!, i === 0 ? 124 : 100, 760),
      line(last!, 100, 100),
      line(`- ${i + 1} -`, 290, 40, 310, 10),
    ]);
    const { text, furniture } = linesToParagraphs(pages);
    expect(text).toBe(body.flat().join(''));
    expect(furniture).toEqual(
      [1, 2, 3].flatMap((n) => ['某市2023年法治政府建设情况报告', `- ${n} -`]),
    );
  });

  it('maps Kangxi and supplement radicals from font ToUnicode tables back to ideographs', () => {
    expect(normaliseGlyphs('⼀、⻘⼭区⼈⺠政府')).toBe('一、青山区人民政府');
    expect(normaliseGlyphs('６２份（全角）')).toBe('６２份（全角）'); // full-width forms stay
  });
});
