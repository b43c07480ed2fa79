import { describe, expect, it } from 'vitest';
import { cleanText, normalizeDate } from '../../../src/core/clean/index.ts';
import { extracted, seed } from '../meta/seeds.ts';

const clean = (text: string) => cleanText(extracted(text));
const BODY =
  '2022年，我县坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设，现将有关情况报告如下：';

describe('cleanText on the seeds', () => {
  it('恩平: removes the breadcrumb and the repeated title, keeps the title once on top', () => {
    const r = cleanText(seed('恩平市'));
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('恩平市2019年法治政府建设情况报告');
    expect(lines.filter((l) => l === '恩平市2019年法治政府建设情况报告')).toHaveLength(1);
    expect(r.text).not.toContain('当前位置');
    expect(r.removed.map((c) => c.kind)).toEqual(['breadcrumb', 'repeated-title']);
    expect(r.removed[0]!.line).toBe(1); // the file starts with an empty line
  });

  it('青山区: reads the meta table, then removes it and the page footer', () => {
    const r = cleanText(seed('青山区'));
    expect(r.pageMeta).toEqual({
      published: '2022-01-24',
      issuer: '青山区司法局',
      title: '青山区人民政府2021年度法治政府建设情况报告',
      docNumber: null, // `文 号 | 无`
    });
    expect(r.text).not.toMatch(/[|｜]|索 引 号|扫一扫|^附件/m);
    expect(r.text.split('\n')[0]).toBe('青山区人民政府2021年度法治政府建设情况报告');
    expect(r.text.endsWith('全区行政首长出庭应诉率90%以上。')).toBe(true);
    expect(r.removed.filter((c) => c.kind === 'meta-table')).toHaveLength(4);
    expect(r.removed.filter((c) => c.kind === 'footer').map((c) => c.text)).toEqual([
      '附件:',
      '扫一扫在手机打开当前页',
    ]);
  });

  it('神湾镇: removes site tools, breadcrumb and source line; no indentation or blank lines', () => {
    const r = cleanText(seed('神湾镇'));
    expect(r.pageMeta.published).toBe('2023-02-15');
    expect(r.pageMeta.issuer).toBeNull(); // 信息来源:本网 is the website, not a body
    expect(r.removed.map((c) => c.kind)).toEqual(['site-tools', 'breadcrumb', 'source-line']);
    expect(r.text.split('\n')[0]).toBe('神湾镇2022年法治政府建设年度报告');
    expect(r.text).not.toMatch(/^[\s\u3000]|\n\n|\n[\s\u3000]/);
    expect(r.text).not.toMatch(/无障碍|长者助手|信息来源|分享:/);
  });

  it('荣成 and 绵竹: nothing to remove; the signature block is body text', () => {
    const a = cleanText(seed('荣成市'));
    expect(a.removed).toEqual([]);
    expect(a.text.split('\n').slice(-2)).toEqual(['荣成市人民政府', '2023年1月10日']);
    expect(cleanText(seed('绵竹市')).removed).toEqual([]);
  });

  it('keeps every body character of every seed (only whole lines are removed)', () => {
    for (const name of ['绵竹市', '恩平市', '荣成市', '青山区', '神湾镇']) {
      const src = seed(name);
      const r = cleanText(src);
      const kept = new Set(r.text.split('\n'));
      const lines = src.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const removed = new Set(r.removed.map((c) => c.text));
      for (const l of lines) expect(kept.has(l) || removed.has(l)).toBe(true);
    }
  });
});

describe('cleanText: normalisation', () => {
  it('normalises line breaks and strips indentation, keeps internal text as written', () => {
    const r = clean(
      `\u3000\u3000第一段，262 项。\r\n\r\n\u00a0 第二段（全角）：１２件。\u2028\t第三段。  \r第四段。\u2029`,
    );
    expect(r.text).toBe('第一段，262 项。\n第二段（全角）：１２件。\n第三段。\n第四段。');
  });

  it('keeps a body line that only looks like chrome when it stands in the middle', () => {
    const r = clean(
      `标题：某县法治政府建设情况报告\n${BODY}\n来源：群众来信反映的问题均已办结。\n附件：1.行政执法统计表`,
    );
    expect(r.text).toContain('来源：群众来信反映的问题均已办结。');
    expect(r.text).toContain('附件：1.行政执法统计表'); // an attachment with content is not chrome
    expect(r.removed.map((c) => c.kind)).toEqual(['meta-table']);
    expect(r.pageMeta.title).toBe('某县法治政府建设情况报告');
  });

  it('removes page furniture anywhere and site tools and footers at the bottom', () => {
    const r = clean(
      `${BODY}\n- 3 -\n一、主要举措和成效\n第 2 页 共 5 页\n关闭窗口时要断电。\n某县人民政府\n【打印】【关闭】\n上一篇：某县召开会议\n主办单位：某县人民政府办公室\n网站标识码：1234567890\n粤ICP备12345678号`,
    );
    expect(r.text).toBe(`${BODY}\n一、主要举措和成效\n关闭窗口时要断电。\n某县人民政府`);
    expect(r.removed.map((c) => c.kind)).toEqual([
      'page-furniture',
      'page-furniture',
      'site-tools',
      'footer',
      'footer',
      'footer',
      'footer',
    ]);
  });

  it('reads a key line whose value is on the next line, and dates in other forms', () => {
    const r = clean(
      `发布时间：\n2023/3/5 10:20\n发布机构：某县司法局\n发文字号：某府〔2023〕1号\n${BODY}`,
    );
    expect(r.pageMeta).toEqual({
      published: '2023-03-05',
      issuer: '某县司法局',
      title: null,
      docNumber: '某府〔2023〕1号',
    });
    expect(r.text).toBe(BODY);
  });

  it('falls back on the page head meta tags (htmlMeta)', () => {
    const r = cleanText({
      ...extracted(BODY),
      htmlMeta: {
        title: '某县2022年法治政府建设情况报告',
        published: '2023年3月1日',
        issuer: '某县人民政府',
      },
    });
    expect(r.pageMeta).toEqual({
      published: '2023-03-01',
      issuer: '某县人民政府',
      title: '某县2022年法治政府建设情况报告',
      docNumber: null,
    });
  });

  it('never removes a whole report that lost its line breaks, even if it starts with chrome', () => {
    const flat = seed('恩平市').text.replace(/\n/g, '');
    expect(flat.startsWith('当前位置')).toBe(true);
    const r = clean(flat);
    expect(r.text).toBe(flat);
    expect(r.removed).toEqual([]);
  });

  it('leaves flowed text (no line breaks) alone', () => {
    const flowed = `某县2022年法治政府建设情况报告${BODY}一、主要举措和成效（一）加强领导。`;
    expect(clean(flowed).text).toBe(flowed);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2023-02-15', '2023-02-15'],
    ['2023-2-5 09:00:00', '2023-02-05'],
    ['2023年1月10日', '2023-01-10'],
    ['二〇二三年一月十日', '2023-01-10'],
    ['二〇二二年十二月三十一日', '2022-12-31'],
    ['２０２３．０３．０１', '2023-03-01'],
    ['2023-13-01', null],
    ['无', null],
  ])('%s → %s', (input, want) => expect(normalizeDate(input)).toBe(want));
});
