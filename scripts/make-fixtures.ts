// Regenerates tests/fixtures/ (see tests/fixtures/README.md for what each file is for).
// Run: npx tsx scripts/make-fixtures.ts   (needs /usr/bin/chromium, fonts-noto-cjk and qpdf)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { deflateSync, zipSync, strToU8 } from 'fflate';

const OUT = 'tests/fixtures';
mkdirSync(OUT, { recursive: true });
const write = (name: string, data: Uint8Array | string) => {
  writeFileSync(join(OUT, name), data);
  console.log(
    `${name.padEnd(28)} ${typeof data === 'string' ? Buffer.byteLength(data) : data.length} B`,
  );
};

// ---- text: real report paragraphs from the seeds -------------------------------------------
const seed = (name: string) =>
  readFileSync(`seeds/${name}`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const qingshan = seed('2021-青山区-法治政府建设情况报告.txt');
const TITLE = qingshan[4]!; // 青山区人民政府2021年度法治政府建设情况报告
const QS = qingshan.slice(5, 13); // opening paragraph and the first headings/paragraphs
const SHORT = QS.slice(0, 3).map((p) => p.slice(0, 120));
const mianzhu = seed('2023-绵竹市-法治政府建设情况报告.txt');

// Traditional-script paragraph (as a Taiwan/Hong Kong or traditional-script page would have it).
const TRADITIONAL = [
  '青山區人民政府2021年度法治政府建設情況報告',
  '2021年，青山區堅持以習近平新時代中國特色社會主義思想為指導，認真貫徹落實黨的十九大精神，切實抓好法治政府建設。現將有關情況報告如下：',
  '一、學習貫徹習近平法治思想情況',
  '將習近平法治思想作為區委區政府理論學習中心組重點內容，納入黨校和幹部理論教育必修課程，全年開展專題學法245場次。',
];

// ---- GBK / Big5 encoders: invert the WHATWG decoders over every two-byte code -------------
function encoderFor(label: 'gbk' | 'big5'): (s: string) => Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const bytes = map.get(ch);
        if (!bytes) throw new Error(`${label} cannot encode ${ch}`);
        out.push(...bytes);
      }
    }
    return new Uint8Array(out);
  };
}
const gbk = encoderFor('gbk');
const big5 = encoderFor('big5');

const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), le);
  return out;
};

const plain = SHORT.join('\n') + '\n';
write('utf8.txt', plain);
write('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain)]));
write('utf16le-bom.txt', utf16(plain, true));
write('utf16be-bom.txt', utf16(plain, false));
write('crlf.txt', plain.replace(/\n/g, '\r\n'));
write('gbk.txt', gbk(plain));
write('big5.txt', big5(TRADITIONAL.join('\n') + '\n'));
write(
  'cp1252.txt',
  Buffer.from('Rapport annuel : activit\xe9s, r\xe9sultats et priorit\xe9s.\n', 'latin1'),
);
write(
  'report.md',
  `# ${TITLE}\n\n${QS[0]}\n\n## ${QS[1]}\n\n${QS[2]!.slice(0, 100)}\n\n- 专题学法245场次\n- 法治讲座170余次\n`,
);
write('empty.txt', new Uint8Array(0));
write('whitespace.txt', ' \n\t\r\n　\n');
write(
  'binary-renamed.txt',
  new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]),
);

// ---- saved web pages ---------------------------------------------------------------------
const NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进青山', '机构设置', '政策文件'];
const RELATED = [
  '青山区2020年度法治政府建设情况报告',
  '青山区2019年度法治政府建设情况报告',
  '区司法局2021年工作总结',
  '关于开展法治宣传教育的通知',
];
function govPage(charsetMeta: string, paragraphs: string[]): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head>
${charsetMeta}
<title>${TITLE}_青山区人民政府</title>
<meta name="SiteName" content="武汉市青山区人民政府">
<meta name="ArticleTitle" content="${TITLE}">
<meta name="PubDate" content="2022-01-24 10:30">
<meta name="ContentSource" content="青山区司法局">
<script>var token = "SCRIPT_LEAK"; document.write('<p>WRITE_LEAK</p>');</script>
<style>.x { color: red } /* STYLE_LEAK */</style>
</head>
<body onload="alert('ONLOAD_LEAK')">
<form id="form1" method="post" action="./detail.aspx">
<input type="hidden" name="__VIEWSTATE" value="VIEWSTATE_LEAK">
<div class="topbar"><a href="/wza">无障碍版</a> <a href="/zzzs">长者助手</a> <a href="/login">登录</a></div>
<header><div class="logo">武汉市青山区人民政府 HEADER_LEAK</div></header>
<nav><ul>${NAV.map((n) => `<li><a href="/${n}">${n}</a></li>`).join('')}</ul></nav>
<div class="search"><form action="/search"><input name="q"><button>搜索 BUTTON_LEAK</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/fdzdgk">法定主动公开内容</a></div>
<table class="meta">
<tr><td>索 引 号</td><td>733569413/2022-04584</td><td>发布日期</td><td>2022-01-24</td></tr>
<tr><td>发布机构</td><td>青山区司法局</td><td>有 效 性</td><td>有效</td></tr>
<tr><th>标 题</th><td colspan="3">${TITLE}</td></tr>
</table>
<div class="article">
<h1>${TITLE}</h1>
<div class="tools">分享到：<a href="javascript:share('wx')">微信</a> <a href="javascript:share('wb')">微博</a> 【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="content">
${paragraphs.map((p) => `<p style="text-indent:2em">&nbsp;&nbsp;${p}</p>`).join('\n')}
<p>坚持&ldquo;谁执法谁普法&rdquo;，A&amp;B 两类案件<br>分别办理。</p>
<img src="x.png" onerror="alert('ONERROR_LEAK')" alt="ALT_LEAK">
<noscript>NOSCRIPT_LEAK</noscript>
<iframe src="javascript:alert('IFRAME_LEAK')">IFRAME_LEAK</iframe>
<svg><text>SVG_LEAK</text><script>alert('SVG_SCRIPT_LEAK')</script></svg>
<template><p>TEMPLATE_LEAK</p></template>
<div style="display:none">HIDDEN_LEAK</div>
<p><a href="javascript:alert('JS_URL_LEAK')">JSLINK_LEAK</a></p>
</div>
<div class="related"><h3>相关链接</h3><ul>${RELATED.map((r) => `<li><a href="/a">${r}</a></li>`).join('')}</ul></div>
</div>
<aside>ASIDE_LEAK</aside>
<footer>主办：武汉市青山区人民政府 FOOTER_LEAK</footer>
<p>扫一扫在手机打开当前页</p>
</form>
<script src="stats.js"></script>
</body></html>
`;
}
write('gov-page.html', govPage('<meta charset="utf-8">', QS.slice(0, 4)));
write(
  'gov-page-gb2312.html',
  gbk(
    govPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', QS.slice(0, 2)),
  ),
);

// ---- docx: the OOXML parts written by hand -----------------------------------------------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const para = (text: string, split = false) => {
  const runs = split ? [text.slice(0, 10), text.slice(10)] : [text];
  return `<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
};
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>${esc(TITLE)}</w:t></w:r></w:p>
${para(QS[0]!, true)}
<w:p/>
<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
${QS.slice(1, 5)
  .map((p) => para(p))
  .join('\n')}
<w:sectPr/></w:body></w:document>`;
const docx = zipSync({
  '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
  '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
  'word/document.xml': strToU8(documentXml),
});
write('report.docx', docx);
write('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));

// ---- zips, written by hand so flags, names and sizes are exactly what we say ----------------
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of data) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
interface RawEntry {
  name: Uint8Array;
  data: Uint8Array;
  utf8Flag?: boolean;
  /** Lie about the uncompressed size in both headers (zip bomb with a forged header). */
  declaredSize?: number;
}
function makeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const isDir = e.data.length === 0 && e.name[e.name.length - 1] === 0x2f;
    const packed = isDir ? new Uint8Array(0) : deflateSync(e.data, { level: 9 });
    const method = isDir ? 0 : 8;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const flags = e.utf8Flag ? 0x800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(e.name), Buffer.from(packed));
    centrals.push(central, Buffer.from(e.name));
    offset += 30 + e.name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}
const utf8Name = (s: string): RawEntry['name'] => strToU8(s);
const inner = makeZip([
  { name: utf8Name('inner/年度报告.txt'), data: strToU8(SHORT[1]! + '\n'), utf8Flag: true },
]);
const reports = makeZip([
  { name: utf8Name('报告/'), data: new Uint8Array(0), utf8Flag: true },
  { name: gbk('报告/2021年/青山区法治政府建设情况报告.txt'), data: gbk(plain) }, // GBK name, no flag
  { name: utf8Name('报告/2022年/report.md'), data: strToU8(`# ${TITLE}\n\n${SHORT[0]}\n`) },
  {
    name: utf8Name('__MACOSX/报告/._report.md'),
    data: new Uint8Array([0, 5, 22, 7, 0, 2]),
    utf8Flag: true,
  },
  {
    name: utf8Name('报告/.DS_Store'),
    data: new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]),
    utf8Flag: true,
  },
  { name: utf8Name('Thumbs.db'), data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
  { name: utf8Name('nested/inner.zip'), data: inner },
]);
write('reports.zip', reports);
write('truncated.zip', reports.subarray(0, Math.floor(reports.length * 0.6)));
write(
  'junk-only.zip',
  makeZip([
    { name: utf8Name('__MACOSX/._a.txt'), data: new Uint8Array([1, 2]) },
    { name: utf8Name('.DS_Store'), data: new Uint8Array([0, 0, 0, 1]) },
  ]),
);
// 4 MB of zeros → a few KB. Tests lower the limits to 1 MB instead of expanding 200 MB.
const zeros = new Uint8Array(4 * 1024 * 1024);
write('bomb.zip', makeZip([{ name: utf8Name('zeros.txt'), data: zeros }]));
write(
  'bomb-forged.zip',
  makeZip([{ name: utf8Name('small.txt'), data: zeros, declaredSize: 100 }]),
);

// ---- legacy binaries: minimal OLE2 containers (header + one directory sector) --------------
function ole2(streamNames: string[]): Uint8Array {
  const out = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24); // minor version
  out.writeUInt16LE(3, 26); // major version
  out.writeUInt16LE(0xfffe, 28); // byte order
  out.writeUInt16LE(9, 30); // 512-byte sectors
  out.writeUInt16LE(6, 32);
  out.writeUInt32LE(1, 44); // one FAT sector
  out.writeUInt32LE(1, 48); // directory starts at sector 1
  out.writeUInt32LE(0x1000, 56);
  out.writeUInt32LE(0xfffffffe, 60);
  out.writeUInt32LE(0xfffffffe, 68);
  out.writeUInt32LE(0, 76); // FAT in sector 0
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const at = 512 * 2 + i * 128;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out[at + 66] = i === 0 ? 5 : 2;
  });
  return new Uint8Array(out);
}
write('legacy.doc', ole2(['WordDocument', '1Table']));
write('legacy.wps', ole2(['WordDocument']));
write('encrypted.docx', ole2(['EncryptionInfo', 'EncryptedPackage']));

// ---- a PDF using a predefined CJK CMap and a non-embedded font (needs cMapUrl) --------------
function cmapFontPdf(lines: string[]): Uint8Array {
  const hex = (s: string) =>
    Array.from(s)
      .map((c) => c.charCodeAt(0).toString(16).padStart(4, '0'))
      .join('');
  const content = lines
    .map((l, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td <${hex(l)}> Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body); // ASCII only
}
write('cmap-font.pdf', cmapFontPdf(['一、主要举措和成效', '全年开展专题学法245场次。']));

// ---- PDFs printed by headless Chromium (real CJK text layer) --------------------------------
// One font, one weight, A6 pages and ~1,600 characters: three pages, but a small font subset.
const FONT = `font-family: 'Noto Sans CJK SC'; font-weight: normal;`;
const PDF_PARAGRAPHS = mianzhu
  .slice(0, 8)
  .map((p) => (p.length > 190 ? p.slice(0, 189) + '。' : p));
const reportHtml = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title><style>
body { ${FONT} font-size: 12px; line-height: 1.8; margin: 0; }
h1 { font-size: 15px; font-weight: normal; text-align: center; margin: 0 0 16px; }
p { text-indent: 2em; margin: 0; text-align: justify; }
</style></head><body><h1>${TITLE}</h1>${PDF_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const imageOfText = (png: string) =>
  `<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${png}" style="width:480px"></body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setContent(reportHtml);
  const reportPdf = await page.pdf({
    format: 'A6',
    margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="width:100%; font-size:7px; ${FONT} text-align:right; margin-right:12mm;">${TITLE}</div>`,
    footerTemplate: `<div style="width:100%; font-size:8px; ${FONT} text-align:center;">— <span class="pageNumber"></span> —</div>`,
  });
  const dir = join(tmpdir(), `fixtures-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  // Object streams + max Flate: the same PDF, about 40% smaller.
  writeFileSync(join(dir, 'report.pdf'), reportPdf);
  execFileSync('qpdf', [
    '--recompress-flate',
    '--compression-level=9',
    '--object-streams=generate',
    join(dir, 'report.pdf'),
    join(dir, 'small.pdf'),
  ]);
  const smallPdf = readFileSync(join(dir, 'small.pdf'));
  write('report.pdf', smallPdf);
  write('truncated.pdf', smallPdf.subarray(0, Math.floor(smallPdf.length / 2)));

  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"></head><body style="${FONT} font-size:16px"><p>${SHORT[0]!.slice(0, 40)}</p></body></html>`,
  );
  // The same paragraph as pixels only: a scan-like PDF with no text layer.
  await page.setViewportSize({ width: 480, height: 160 });
  const png = await page.screenshot({ type: 'png' });
  write('image-renamed.txt', png);
  await page.setContent(imageOfText(png.toString('base64')));
  write('scan-no-text.pdf', await page.pdf({ format: 'A4' }));

  writeFileSync(join(dir, 'plain.pdf'), cmapFontPdf(['法治政府建设年度报告（加密）']));
  execFileSync('qpdf', [
    '--encrypt',
    'user',
    'owner',
    '256',
    '--',
    join(dir, 'plain.pdf'),
    join(dir, 'enc.pdf'),
  ]);
  write('encrypted.pdf', readFileSync(join(dir, 'enc.pdf')));
  rmSync(dir, { recursive: true });
} finally {
  await browser.close();
}
