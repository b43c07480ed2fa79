import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8, zipSync, strToU8 } from 'fflate';
import {
  anchorSpans,
  buildQdpx,
  codePointOffsets,
  exportPositions,
  normGuid,
  readQdpx,
  writeQde,
  type QdpxExportInput,
} from '../../../src/core/refi/index.ts';
import {
  addCode,
  copyTemplate,
  flatten,
  type Code,
  type Coding,
} from '../../../src/core/codebook/index.ts';
import { effects, seeds } from '../codebook/fx.ts';
import { validateProject } from '../../support/refi-xsd.ts';

const EXT_B = '𠀀𠀁𠀂'; // CJK Extension B: two UTF-16 units each

function coding(
  id: string,
  reportId: string,
  codeId: string,
  text: string,
  quote: string,
  extra: Partial<Coding> = {},
): Coding {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return {
    id,
    reportId,
    codeId,
    start,
    end: start + quote.length,
    quote,
    memo: '',
    coder: '张三',
    auto: false,
    createdAt: '2024-01-02T03:04:05.000Z',
    updatedAt: '2024-01-02T03:04:05.000Z',
    ...extra,
  };
}

function project(): QdpxExportInput {
  const fx = effects();
  const { codebook, codes: base } = copyTemplate('outline-2021', fx)!;
  const r = addCode(
    base,
    { codebookId: codebook.id, parentId: base[0].id, name: '子代码 & <特殊>' },
    fx,
  );
  if (!r.ok) throw new Error(r.error);
  const codes = r.value.codes;
  const child = r.value.code;
  const [s1, s2] = seeds();
  const text1 = `${EXT_B}开头\r\n${s1.text}`; // surrogates and a CRLF before every coding
  const text2 = s2.text;
  const para = text1.split('\n')[3].slice(0, 12);
  const codings = [
    coding('11111111-1111-4111-8111-000000000001', 'r1', codes[0].id, text1, `${EXT_B}开头`),
    coding('11111111-1111-4111-8111-000000000002', 'r1', child.id, text1, para, {
      memo: '备忘 & "引号"\n第二行',
      coder: '李四',
    }),
    coding('not-a-guid', 'r2', codes[2].id, text2, text2.slice(40, 60)),
  ];
  return {
    projectName: '工作坊项目',
    codebook,
    codes,
    sources: [
      {
        id: '22222222-2222-4222-8222-000000000001',
        name: '报告一',
        text: text1,
        createdAt: '2024-01-01T00:00:00.000Z',
      },
      { id: 'r2', name: '报告二', text: text2, createdAt: '2024-01-01T00:00:00.000Z' },
    ].map((s, i) => ({ ...s, id: i === 0 ? 'r1' : 'r2' })),
    codings,
    now: '2024-02-01T00:00:00.000Z',
    newGuid: fx.newGuid,
  };
}

describe('positions', () => {
  it('counts code points, not UTF-16 units, and CRLF as one LF', () => {
    const text = `a${EXT_B}b\r\nc\rd`;
    const { text: out, at } = exportPositions(text);
    expect(out).toBe(`a${EXT_B}b\nc\nd`);
    expect(at(1)).toBe(1);
    expect(at(3)).toBe(2); // after the first Extension B character
    expect(at(7)).toBe(4); // 'b' → after 3 astral characters
    expect(at(text.length)).toBe([...out].length);
    const back = codePointOffsets(out);
    expect(back(4)).toBe(7);
    expect(out.slice(back(1), back(4))).toBe(EXT_B);
  });
});

describe('.qdpx export', () => {
  it('validates against the REFI-QDA Project XSD', async () => {
    const { xml } = writeQde(project());
    expect(await validateProject(xml)).toEqual([]);
  });

  it('the validator does reject an invalid project (so the test above can fail)', async () => {
    const { xml } = writeQde(project());
    const broken = xml.replace('<CodeBook>', '<Sources/><CodeBook>');
    expect((await validateProject(broken)).length).toBeGreaterThan(0);
    expect((await validateProject(xml.replace(/startPosition="\d+"/, ''))).length).toBeGreaterThan(
      0,
    );
  });

  it('writes sources as UTF-8 without BOM, LF, and positions in code points', () => {
    const input = project();
    const files = unzipSync(buildQdpx(input));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.slice(1).every((n) => /^sources\/[0-9a-f-]{36}\.txt$/.test(n))).toBe(true);
    const xml = strFromU8(files['project.qde']);
    const m = /TextSource guid="([^"]+)"[^>]*plainTextPath="internal:\/\/([^"]+)"/.exec(xml)!;
    expect(m[2]).toBe(`${m[1]}.txt`);
    const bytes = files[`sources/${m[2]}`];
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(bytes);
    expect(text).not.toContain('\r');
    expect(text.startsWith(EXT_B)).toBe(true);
    // First coding: the three Extension B characters + 开头 = 5 characters, not 8 units.
    expect(xml).toMatch(/startPosition="0" endPosition="5"/);
    // The memo is the selection's Description, escaped.
    expect(xml).toContain('<Description>备忘 &amp; &quot;引号&quot;\n第二行</Description>');
  });
});

describe('.qdpx import', () => {
  it('round-trips: identical codes and codings', () => {
    const input = project();
    const fx = effects();
    const r = readQdpx(buildQdpx(input), fx);
    expect(r.errors).toEqual([]);
    expect(r.skipped).toEqual([]);
    const p = r.value!;
    expect(p.name).toBe('工作坊项目');
    const shape = (codes: Code[]) =>
      flatten(codes).map(({ code, depth, path }) => [
        path.join('/'),
        depth,
        code.color,
        code.description,
        code.guid,
      ]);
    expect(shape(p.codes)).toEqual(shape([...input.codes]));

    const guidOf = new Map(input.codes.map((c) => [c.id, normGuid(c.guid)]));
    const expected = input.sources.flatMap((s) => {
      const { text } = exportPositions(s.text);
      return input.codings
        .filter((c) => c.reportId === s.id)
        .map((c) => ({
          quote: s.text.slice(c.start, c.end).replace(/\r\n/g, '\n'),
          code: guidOf.get(c.codeId),
          memo: c.memo,
          coder: c.coder,
          text,
        }));
    });
    const got = p.sources.flatMap((s) =>
      s.codings.map((c) => ({
        quote: s.text.slice(c.start, c.end),
        code: c.codeGuid,
        memo: c.memo,
        coder: c.coder,
        text: s.text,
      })),
    );
    expect(got).toEqual(expected);
    // Sources come back as exported: LF, the astral characters intact.
    expect(p.sources[0].text.startsWith(EXT_B)).toBe(true);
  });

  it('imports what it can from another tool’s project and lists what it skipped', () => {
    const CODE = '{AAAAAAAA-0000-4000-8000-000000000001}';
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo 项目" origin="Other">
  <Users><User guid="BBBBBBBB-0000-4000-8000-000000000001" name="王五"/></Users>
  <CodeBook><Codes><Code guid="${CODE}" name="监督" isCodable="true"/></Codes></CodeBook>
  <Variables><Variable guid="CCCCCCCC-0000-4000-8000-000000000001" name="v" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="DDDDDDDD-0000-4000-8000-000000000001" name="访谈" plainTextPath="internal://DDDDDDDD-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000001" startPosition="3" endPosition="7" creatingUser="bbbbbbbb-0000-4000-8000-000000000001">
        <Coding guid="EEEEEEEE-0000-4000-8000-000000000002"><CodeRef targetGUID="aaaaaaaa-0000-4000-8000-000000000001"/><NoteRef targetGUID="EEEEEEEE-0000-4000-8000-000000000009"/></Coding>
        <Coding guid="EEEEEEEE-0000-4000-8000-000000000003"><CodeRef targetGUID="FFFFFFFF-0000-4000-8000-000000000001"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000004" startPosition="9" endPosition="2"/>
      <Coding guid="EEEEEEEE-0000-4000-8000-000000000005"><CodeRef targetGUID="${CODE}"/></Coding>
      <VendorExtra foo="1"/>
    </TextSource>
    <TextSource guid="DDDDDDDD-0000-4000-8000-000000000002" name="缺文件" plainTextPath="internal://missing.txt"/>
    <TextSource guid="DDDDDDDD-0000-4000-8000-000000000003" name="内嵌"><PlainTextContent>内嵌的文本</PlainTextContent></TextSource>
    <PDFSource guid="DDDDDDDD-0000-4000-8000-000000000004" path="internal://x.pdf"/>
  </Sources>
  <Notes><Note guid="EEEEEEEE-0000-4000-8000-000000000009" name="n"/></Notes>
</Project>`;
    const zip = zipSync({
      'project.qde': strToU8(xml),
      'sources/DDDDDDDD-0000-4000-8000-000000000001.txt': strToU8(`\uFEFF${EXT_B}依法行政工作`),
    });
    const r = readQdpx(zip, effects());
    expect(r.errors).toEqual([]);
    const p = r.value!;
    expect(p.codes.map((c) => c.name)).toEqual(['监督']);
    expect(p.sources.map((s) => s.name)).toEqual(['访谈', '内嵌']);
    const [c] = p.sources[0].codings;
    expect(p.sources[0].codings).toHaveLength(1);
    expect(p.sources[0].text.slice(c.start, c.end)).toBe('依法行政'); // positions 3..7 after 3 astral chars
    expect(c.coder).toBe('王五');
    expect([...r.skipped].sort()).toEqual(
      [
        '变量（Variables）：1 处，未导入。',
        '备注（Notes）：1 处，未导入。',
        'PDF 来源（PDFSource）：1 处，未导入。',
        '未知元素 <VendorExtra>：1 处，未导入。',
        '整篇来源的编码（TextSource 下的 Coding）：1 处，未导入。',
        '备注引用（NoteRef）：1 处，未导入。',
        '引用了代码簿中不存在的代码的编码：1 处，未导入。',
        '“访谈”中位置无效的选段：1 处，未导入。',
        '文本来源“缺文件”找不到纯文本（sources/missing.txt）：1 处，未导入。',
      ].sort(),
    );
  });

  it('refuses what is not a project, changing nothing', () => {
    const fx = effects();
    expect(readQdpx(strToU8('hello'), fx).errors[0]).toMatch(/不是 \.qdpx/);
    expect(readQdpx(zipSync({ 'a.txt': strToU8('x') }), fx).errors[0]).toMatch(/没有 project\.qde/);
    expect(
      readQdpx(
        zipSync({ 'project.qde': strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>') }),
        fx,
      ).errors[0],
    ).toMatch(/<Project>/);
    expect(
      readQdpx(zipSync({ 'project.qde': strToU8('<Project name="x"/>') }), fx).errors[0],
    ).toMatch(/命名空间/);
    expect(readQdpx(zipSync({ 'project.qde': strToU8('<Project') }), fx).errors[0]).toMatch(
      /XML 格式错误/,
    );
    expect(readQdpx(strToU8('PK\u0003\u0004broken'), fx).errors[0]).toMatch(/压缩包|zip/i);
  });
});

describe('anchoring codings on the cleaned text', () => {
  it('maps through whitespace changes and falls back to the quote', () => {
    const src = '一、总体情况\n\n    我市坚持依法行政。\n推进法治政府建设。';
    const clean = '一、总体情况\n我市坚持依法行政。\n推进法治政府建设。';
    const s = src.indexOf('依法行政');
    const t = src.indexOf('推进');
    const spans = [
      { start: s, end: s + 4 },
      { start: s, end: t + 2 }, // across a paragraph break
      { start: src.indexOf('\n\n'), end: src.indexOf('\n\n') + 2 }, // only whitespace
    ];
    const out = anchorSpans(src, clean, spans);
    expect(clean.slice(out[0]!.start, out[0]!.end)).toBe('依法行政');
    expect(clean.slice(out[1]!.start, out[1]!.end)).toBe('依法行政。\n推进');
    expect(out[2]).toBeNull();
    // Chrome dropped before the text: the quote is found; text that is gone is lost.
    const chrome = '首页 > 政务公开\n' + clean.replace('推进法治政府建设。', '');
    const moved = anchorSpans(src, chrome, [spans[0], { start: t, end: t + 4 }]);
    expect(chrome.slice(moved[0]!.start, moved[0]!.end)).toBe('依法行政');
    expect(moved[1]).toBeNull();
  });
});
