import { describe, expect, it } from 'vitest';
import {
  compileQuery,
  foldWidth,
  kwic,
  searchLibrary,
  searchText,
  sortKwic,
  units,
  type Matcher,
} from '../../../src/core/search/index.ts';
import { seeds } from '../codebook/fx.ts';

function matcher(text: string, mode: 'plain' | 'regex' = 'plain'): Matcher {
  const q = compileQuery({ text, mode });
  if (!q.ok) throw new Error(q.error);
  return q.matcher;
}
const found = (text: string, q: string, mode: 'plain' | 'regex' = 'plain') =>
  searchText(text, matcher(q, mode)).hits.map((h) => text.slice(h.start, h.end));

describe('compileQuery', () => {
  it('refuses empty, unbalanced and operator-only queries in Chinese', () => {
    expect(compileQuery({ text: '  ', mode: 'plain' })).toEqual({
      ok: false,
      error: '请输入检索词。',
    });
    expect(compileQuery({ text: '"复议', mode: 'plain' })).toEqual({
      ok: false,
      error: '引号没有配对:请补上结尾的 "。',
    });
    expect(compileQuery({ text: 'OR 复议', mode: 'plain' }).ok).toBe(false);
    expect(compileQuery({ text: '-复议', mode: 'plain' })).toEqual({
      ok: false,
      error: '只有排除词:请至少输入一个要查找的词。',
    });
  });
  it('refuses invalid regexes with the engine’s message', () => {
    const q = compileQuery({ text: '复议(', mode: 'regex' });
    expect(q.ok).toBe(false);
    expect(!q.ok && q.error).toMatch(/^正则表达式无效:.*Invalid regular expression/);
    expect(compileQuery({ text: 'a*', mode: 'regex' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/空字符串/),
    });
  });
  it('refuses catastrophic patterns quickly, before running them', () => {
    for (const p of ['(a+)+$', '(a*)*', '(a|a)*', '(.*)*', '(\\w)\\1', '(\\d+)+件', '.*.*复议']) {
      const t0 = performance.now();
      const q = compileQuery({ text: p, mode: 'regex' });
      expect(q.ok, p).toBe(false);
      expect(performance.now() - t0).toBeLessThan(100);
    }
    expect(compileQuery({ text: '(a+)+$', mode: 'regex' })).toEqual({
      ok: false,
      error: expect.stringContaining('嵌套的重复'),
    });
    expect(compileQuery({ text: '(\\w)\\1', mode: 'regex' })).toEqual({
      ok: false,
      error: expect.stringContaining('反向引用'),
    });
    for (const p of [
      '行政.*复议',
      '\\d+件',
      '(复议|诉讼)案件',
      '[一二三四五六七八九十]是',
      '(\\d{3},)+',
    ])
      expect(compileQuery({ text: p, mode: 'regex' }).ok, p).toBe(true);
  });
});

describe('searchText', () => {
  const text = '行政复议案件９６件，ＡＢＣ。\n行政诉讼案件12件。\n复议 诉讼 同段。';
  it('finds literal substrings of any length, width- and case-insensitively', () => {
    expect(found(text, '复议')).toEqual(['复议', '复议']);
    expect(found(text, '96件')).toEqual(['９６件']);
    expect(found(text, 'abc')).toEqual(['ＡＢＣ']);
    expect(foldWidth(text)).toHaveLength(text.length);
  });
  it('supports AND / OR / NOT per paragraph and quoted phrases', () => {
    expect(found(text, '复议 诉讼')).toEqual(['复议', '诉讼']);
    expect(found(text, '复议 OR 诉讼')).toEqual(['复议', '诉讼', '复议', '诉讼']);
    expect(found(text, '案件 -诉讼')).toEqual(['案件']);
    expect(found(text, '案件 NOT 复议')).toEqual(['案件']);
    expect(found(text, '"复议 诉讼"')).toEqual(['复议 诉讼']);
  });
  it('runs regexes per bounded unit and caps hits', () => {
    expect(found(text, '\\d+件', 'regex')).toEqual(['12件']);
    const long = '甲'.repeat(5000);
    expect(units(long).every((u) => u.end - u.start <= 2000)).toBe(true);
    const r = searchText('复议'.repeat(100), matcher('复议'), { maxHits: 10 });
    expect(r).toMatchObject({ truncated: true });
    expect(r.hits).toHaveLength(10);
  });
});

describe('KWIC', () => {
  it('builds rows with context inside the line', () => {
    const t = '第一行。\n开展行政复议工作,办理复议案件。\n末行';
    const rows = kwic(t, searchText(t, matcher('复议')).hits, { width: 4 });
    expect(rows).toEqual([
      { start: 9, end: 11, left: '开展行政', hit: '复议', right: '工作,办' },
      { start: 16, end: 18, left: '作,办理', hit: '复议', right: '案件。' },
    ]);
  });
  it('sorts by right context, left context read right-to-left, or position', () => {
    const rows = [
      { start: 0, end: 2, left: '甲乙', hit: 'X', right: '丙丁' },
      { start: 5, end: 7, left: '丁乙', hit: 'X', right: '乙甲' },
      { start: 9, end: 11, left: '丙甲', hit: 'X', right: '丙乙' },
    ];
    // pinyin: 丙 bing < 丁 ding < 甲 jia < 乙 yi
    expect(sortKwic(rows, 'right').map((r) => r.start)).toEqual([0, 9, 5]);
    expect(sortKwic(rows, 'right').map((r) => r.right)).toEqual(['丙丁', '丙乙', '乙甲']);
    // left read right-to-left: 甲丙 (9) < 乙丁 (5) < 乙甲 (0)
    expect(sortKwic(rows, 'left').map((r) => r.start)).toEqual([9, 5, 0]);
    expect(sortKwic(sortKwic(rows, 'left'), 'position').map((r) => r.start)).toEqual([0, 5, 9]);
  });
  it('sorts 复议 on the seeds by right context', () => {
    const reports = seeds();
    const res = searchLibrary(reports, matcher('复议'), {}, { width: 12 });
    expect(res.rows.length).toBeGreaterThanOrEqual(10);
    expect(res.reportsSearched).toBe(5);
    const sorted = sortKwic(res.rows, 'right');
    // identical right contexts sit together, and 复议案件 rows group before 复议机关 ones etc.
    const firsts = sorted.map((r) => r.right[0] ?? '');
    const seen = new Set<string>();
    for (let i = 0; i < firsts.length; i++) {
      if (i > 0 && firsts[i] !== firsts[i - 1]) expect(seen.has(firsts[i]!), firsts[i]).toBe(false);
      seen.add(firsts[i]!);
    }
    for (const r of sorted) {
      const t = reports.find((x) => x.id === r.reportId)!.text;
      expect(t.slice(r.start, r.end)).toBe('复议');
      expect(t.slice(r.end, r.end + r.right.length)).toBe(r.right);
    }
    console.log(
      sorted
        .slice(0, 8)
        .map((r) => `${r.left.padStart(12, '　')}【${r.hit}】${r.right}`)
        .join('\n'),
    );
  });
  it('filters the library by year, tier, province and part', () => {
    const reports = seeds().map((s) => ({
      ...s,
      year: Number(s.id.slice(0, 4)),
      tier: 'county' as const,
      province: s.id.includes('恩平') ? '广东省' : '其他',
    }));
    const all = searchLibrary(reports, matcher('复议'));
    const y = searchLibrary(reports, matcher('复议'), { years: [2019] });
    expect(Object.keys(y.perReport)).toEqual(['2019-恩平市-法治政府建设情况报告']);
    expect(searchLibrary(reports, matcher('复议'), { provinces: ['广东省'] }).rows).toEqual(y.rows);
    expect(searchLibrary(reports, matcher('复议'), { tiers: ['province'] }).rows).toEqual([]);
    const t = reports[0]!.text;
    const outline = [
      {
        level: 1 as const,
        marker: '一、',
        title: '',
        start: 0,
        end: 2,
        sectionEnd: Math.floor(t.length / 2),
        part: 'measures' as const,
      },
    ];
    const partOnly = searchLibrary([{ ...reports[0]!, outline }], matcher('复议'), {
      parts: ['measures'],
    });
    expect(partOnly.rows.every((r) => r.end <= t.length / 2)).toBe(true);
    expect(all.rows.length).toBeGreaterThan(y.rows.length);
  });
});
