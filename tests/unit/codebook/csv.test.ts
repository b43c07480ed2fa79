import { describe, expect, it } from 'vitest';
import {
  addCode,
  copyTemplate,
  exportCodebookCsv,
  flatten,
  importCodebookCsv,
  readCsv,
  updateCode,
  writeCsv,
  type Code,
} from '../../../src/core/codebook/index.ts';
import { effects } from './fx.ts';

const shape = (codes: Code[]) =>
  flatten(codes).map(({ code, path }) => [
    path.join('/'),
    code.color,
    code.description,
    code.keywords,
  ]);

describe('CSV reader/writer', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const rows = [
      ['a', 'b,c', '"引号"'],
      ['多\n行', '', ' 空格 '],
    ];
    expect(writeCsv(rows)).toBe('a,"b,c","""引号"""\r\n"多\n行",," 空格 "\r\n');
    expect(readCsv(writeCsv(rows))).toEqual({ ok: true, rows });
  });
  it('reports unclosed and stray quotes with the line', () => {
    expect(readCsv('a,b\n"c,d\n')).toEqual({
      ok: false,
      error: '第 2 行:引号没有闭合(字段以 " 开始却没有结束的 ")。',
    });
    expect(readCsv('a,b\nc"d,e')).toEqual({
      ok: false,
      error: '第 2 行:未加引号的字段中出现了 "。',
    });
    expect(readCsv('"a"b')).toEqual({ ok: false, error: '第 1 行:引号字段后面多了字符“b”。' });
  });
});

describe('codebook CSV', () => {
  it('round-trips paths, colours, descriptions and keywords (with BOM, CRLF)', () => {
    const fx = effects();
    const { codebook, codes } = copyTemplate('outline-2021', fx)!;
    const a = addCode(
      codes,
      {
        codebookId: codebook.id,
        parentId: codes[6]!.id,
        name: '行政复议',
        description: '含“复议,纠错”',
        keywords: ['行政复议', '复议决定'],
      },
      fx,
    );
    if (!a.ok) throw new Error(a.error);
    const b = updateCode(a.value.codes, codes[0]!.id, { description: '两行\n说明' });
    if (!b.ok) throw new Error(b.error);
    const csv = exportCodebookCsv(b.value.codes);
    expect(csv.startsWith('\uFEFF路径,名称,颜色,说明,关键词\r\n')).toBe(true);
    expect(csv).toContain('2021-7 健全行政权力制约和监督体系/行政复议,行政复议,');
    expect(csv).toContain('行政复议；复议决定');
    const back = importCodebookCsv(csv, fx);
    expect(back.errors).toEqual([]);
    expect(shape(back.value!.codes)).toEqual(shape(b.value.codes));
    expect(importCodebookCsv(csv.slice(1), fx).errors).toEqual([]);
  });

  it('accepts children listed before their parent and English headers', () => {
    const r = importCodebookCsv('path,name,color\nA/B,B,#112233\nA,,\n', effects());
    expect(r.errors).toEqual([]);
    expect(shape(r.value!.codes).map((s) => s[0])).toEqual(['A', 'A/B']);
  });

  it('refuses bad rows with specific messages', () => {
    const fx = effects();
    const errs = (s: string) => importCodebookCsv(s, fx).errors;
    expect(errs('')).toEqual(['文件是空的。']);
    expect(errs('名称,颜色\nA,#fff')[0]).toMatch(/^第 1 行应为表头/);
    expect(errs('路径,名称,颜色\nA,A,red')).toEqual(['第 2 行:颜色“red”无效,应为 #RRGGBB。']);
    expect(errs('路径,名称\nX/Y,Y')).toEqual(['第 2 行:上级代码“X”不存在(请先列出它的那一行)。']);
    expect(errs('路径,名称\nA,B')).toEqual(['第 2 行:名称“B”与路径最后一级“A”不一致。']);
    expect(errs('路径,名称\nA,A\nA,A')).toEqual(['第 3 行:路径“A”重复。']);
    expect(errs('路径,名称\nA//B,B')).toEqual(['第 2 行:路径“A//B”为空或含有空的层级。']);
    expect(errs('路径,名称\n')).toEqual(['文件只有表头,没有代码。']);
  });
});
