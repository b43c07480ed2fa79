import { describe, expect, it } from 'vitest';
import { extract, failure, seedParagraphs, utf8 } from './fixtures.ts';

const TITLE = '青山区人民政府2021年度法治政府建设情况报告';
const QS = seedParagraphs('2021-青山区-法治政府建设情况报告.txt').slice(5, 9);

describe('saved government web page', () => {
  it('keeps the title, the body paragraphs in order, and <br> breaks', async () => {
    const { text, format, encoding } = await extract('gov-page.html');
    expect(format).toBe('html');
    expect(encoding).toBe('utf-8');
    const lines = text.split('\n');
    expect(lines).toContain(TITLE);
    const at = QS.map((p) => lines.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Entities decoded; <br> is a line break inside the paragraph.
    expect(lines).toContain('坚持“谁执法谁普法”，A&B 两类案件');
    expect(lines).toContain('分别办理。');
  });

  it('keeps the metadata table as `cell | cell` rows for the cleaner', async () => {
    const lines = (await extract('gov-page.html')).text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '索 引 号 | 733569413/2022-04584 | 发布日期 | 2022-01-24',
      '发布机构 | 青山区司法局 | 有 效 性 | 有效',
      `标 题 | ${TITLE}`,
    ]);
  });

  it('drops menus, breadcrumbs, share/print tools, related links, header, footer and forms', async () => {
    const { text } = await extract('gov-page.html');
    for (const chrome of [
      '机构设置',
      '走进青山',
      '当前位置',
      '分享到',
      '打印',
      '关闭',
      '相关链接',
      '无障碍版',
      '搜索',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).not.toContain('青山区2020年度法治政府建设情况报告'); // a related-article link
  });

  it('never lets scripts, handlers, hidden or embedded content into the text', async () => {
    const { text } = await extract('gov-page.html');
    expect(text).not.toMatch(/LEAK|alert|onerror|onload|javascript|document\.write|color: red/);
  });

  it('reads <title> and the CMS meta tags', async () => {
    const result = await extract('gov-page.html');
    expect(result.sourceTitle).toBe(`${TITLE}_青山区人民政府`);
    expect(result.htmlMeta).toEqual({
      title: TITLE,
      published: '2022-01-24',
      issuer: '青山区司法局',
    });
  });

  it('decodes a page declared (and encoded) as gb2312', async () => {
    const result = await extract('gov-page-gb2312.html');
    expect(result.encoding).toBe('gb18030');
    expect(result.warnings).toEqual([]);
    expect(result.text.split('\n')).toContain(QS[0]);
    expect(result.htmlMeta?.issuer).toBe('青山区司法局');
  });

  it('reads a UTF-8 page that still declares gb2312 as UTF-8, with a warning', async () => {
    const html = `<html><head><meta charset="gb2312"><title>报告</title></head><body><p>${QS[0]}</p></body></html>`;
    const result = await extract({ path: 'resaved.html', bytes: utf8(html) });
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(QS[0]);
    expect(result.warnings[0]).toContain('gb2312');
  });

  it('recognises a page by its content even under a .txt name', async () => {
    const html = `<!DOCTYPE html><html><body><p>${QS[0]}</p><script>x()</script></body></html>`;
    const result = await extract({ path: 'saved.txt', bytes: utf8(html) });
    expect(result.format).toBe('html');
    expect(result.text).toBe(QS[0]);
  });

  it('renders a layout table (cells holding paragraphs) as paragraphs, not one piped line', async () => {
    const html = `<html><body><table><tr><td><p>${QS[0]}</p><p>${QS[1]}</p></td><td><p>右栏</p></td></tr></table></body></html>`;
    const { text } = await extract({ path: 'layout.html', bytes: utf8(html) });
    expect(text.split('\n')).toEqual([QS[0], QS[1], '右栏']);
  });

  it('fails with no-text when nothing but page chrome is left', async () => {
    const html = `<html><body><nav><a href="/">首页</a></nav><ul><li><a href="/a">政务公开</a></li><li><a href="/b">互动交流</a></li></ul><script>alert(1)</script></body></html>`;
    expect((await failure({ path: 'menu.html', bytes: utf8(html) })).code).toBe('no-text');
  });
});
