import { describe, expect, it } from 'vitest';
import {
  addCode,
  copyTemplate,
  describeCode,
  exportQdc,
  flatten,
  importQdc,
  type Code,
} from '../../../src/core/codebook/index.ts';
import { effects } from './fx.ts';

/** The tree as the user sees it: what a round trip must preserve. */
const shape = (codes: Code[]) =>
  flatten(codes).map(({ code, depth, path }) => ({
    path: path.join('/'),
    depth,
    color: code.color,
    description: code.description,
    guid: code.guid,
  }));

function sample() {
  const fx = effects();
  const { codebook, codes } = copyTemplate('outline-2021', fx)!;
  let list = codes;
  const add = (parentId: string | null, name: string) => {
    const r = addCode(list, { codebookId: codebook.id, parentId, name, color: '#A1B2C3' }, fx);
    if (!r.ok) throw new Error(r.error);
    list = r.value.codes;
    return r.value.code;
  };
  const child = add(codes[6]!.id, '行政复议 & 应诉 <"特殊">');
  add(child.id, "出庭'应诉'");
  const d = describeCode(list, child.id, '多行说明\n第二行 & <b>\t制表');
  if (!d.ok) throw new Error(d.error);
  return { codebook, codes: d.value.codes, fx };
}

const wrap = (body: string, ns = 'urn:QDA-XML:codebook:1.0') =>
  `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="${ns}" origin="x"><Codes>${body}</Codes></CodeBook>`;
const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';

describe('REFI-QDA .qdc', () => {
  it('exports the schema’s elements with escaping and upper-case colours', () => {
    const { codebook, codes } = sample();
    const xml = exportQdc(codebook, codes);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Reportbench">');
    expect(xml).toContain(
      'name="行政复议 &amp; 应诉 &lt;&quot;特殊&quot;&gt;" isCodable="true" color="#A1B2C3"',
    );
    expect(xml).toContain('<Description>多行说明\n第二行 &amp; &lt;b&gt;\t制表</Description>');
    expect(xml).not.toContain('<Sets');
  });

  it('round-trips: identical tree, names, colours, descriptions, order and GUIDs', () => {
    const { codebook, codes, fx } = sample();
    const back = importQdc(exportQdc(codebook, codes), { ...fx, name: '导入' });
    expect(back.errors).toEqual([]);
    expect(shape(back.value!.codes)).toEqual(shape(codes));
    expect(back.value!.codebook.name).toBe('导入');
    // ids are fresh, parent links consistent
    const ids = new Set(back.value!.codes.map((c) => c.id));
    expect(back.value!.codes.every((c) => c.parentId === null || ids.has(c.parentId))).toBe(true);
    expect(codes.some((c) => ids.has(c.id))).toBe(false);
  });

  it('accepts prefixed namespaces, #RGB colours, a BOM and sets with known members', () => {
    const fx = effects();
    const xml = `\uFEFF<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0"><q:Codes><q:Code guid="{${G1}}" name="A&#x4E2D;" isCodable="true" color="#abc"><q:Code guid="${G2}" name="B" isCodable="false"/></q:Code></q:Codes><q:Sets><q:Set guid="${G2.replace(/2/g, '3')}" name="S"><q:MemberCode guid="${G2}"/></q:Set></q:Sets></q:CodeBook>`;
    const r = importQdc(xml, fx);
    expect(r.errors).toEqual([]);
    expect(r.value!.codes.map((c) => [c.name, c.color, c.parentId === null])).toEqual([
      ['A中', '#aabbcc', true],
      ['B', expect.stringMatching(/^#/), false],
    ]);
    expect(r.warnings).toEqual(['文件中的 1 个代码集合(Set)未导入:本应用没有集合。']);
  });

  it('refuses not-XML, malformed XML, wrong root or namespace, and unknown references', () => {
    const fx = effects();
    const err = (xml: string) => importQdc(xml, fx).errors[0];
    expect(err('代码,颜色\n行政复议,#ff0000')).toBe(
      '这不是 XML 文件(.qdc 代码簿应以 <?xml 或 <CodeBook 开头)。',
    );
    expect(err('')).toBe('文件是空的。');
    expect(
      err('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code></Codes></CodeBook>'),
    ).toMatch(/^XML 格式错误\(第 1 行第 \d+ 列\):.*Code/);
    expect(err('<Project xmlns="urn:QDA-XML:project:1.0"/>')).toMatch(/项目文件/);
    expect(err('<html><body/></html>')).toBe('根元素是 <html>,不是 REFI-QDA 代码簿的 <CodeBook>。');
    expect(err(wrap(`<Code guid="${G1}" name="A" isCodable="true"/>`, 'urn:other'))).toBe(
      '命名空间是“urn:other”,REFI-QDA 代码簿应为“urn:QDA-XML:codebook:1.0”。',
    );
    expect(err('<CodeBook><Codes/></CodeBook>')).toMatch(/命名空间是“\(未声明\)”/);
    const twoCodes = wrap(`<Code guid="${G1}" name="A" isCodable="true"/></Codes><Codes>`);
    expect(err(twoCodes)).toBe('缺少 <Codes> 元素(或出现了多个)。');
    const unknown = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${G1}" name="A" isCodable="true"/></Codes><Sets><Set guid="${G2}" name="集合"><MemberCode guid="${G2}"/></Set></Sets></CodeBook>`;
    expect(err(unknown)).toBe(`代码集合“集合”引用了不存在的代码(guid“${G2}”)。`);
    expect(
      err(
        wrap(
          `<Code guid="${G1}" name="A" isCodable="true"/><Code guid="${G1}" name="B" isCodable="true"/>`,
        ),
      ),
    ).toBe(`第 2 个代码“B”的 guid“${G1}”与另一个代码重复。`);
    expect(err(wrap(`<Code guid="x" name="A" isCodable="true"/>`))).toBe(
      '第 1 个代码“A”的 guid“x”不是有效的 GUID。',
    );
    expect(err(wrap(`<Code guid="${G1}" isCodable="true"/>`))).toBe('第 1 个代码缺少 name 属性。');
    expect(err(wrap(''))).toBe('代码簿里没有任何代码。');
    expect(err('<!DOCTYPE a [<!ENTITY e "x">]><CodeBook/>')).toMatch(/DOCTYPE/);
    expect(err('<a/><b/>')).toBe('XML 文件应当只有一个根元素 <CodeBook>。');
  });
});
