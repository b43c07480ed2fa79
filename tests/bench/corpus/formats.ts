// Serialise a composed report as the files people actually have: UTF-8 or GB18030 text,
// a saved web page (with chrome), or a .docx.
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import type { ComposedReport } from './compose.ts';

export type Format = 'txt-utf8' | 'txt-gb18030' | 'html' | 'html-gbk' | 'docx';

export const EXT: Record<Format, string> = {
  'txt-utf8': 'txt',
  'txt-gb18030': 'txt',
  html: 'html',
  'html-gbk': 'html',
  docx: 'docx',
};

/** The encoding a plain decoder needs for the bytes (the baseline uses it; docx: none). */
export const ENCODING: Record<Format, string | null> = {
  'txt-utf8': 'utf-8',
  'txt-gb18030': 'gb18030',
  html: 'utf-8',
  'html-gbk': 'gbk',
  docx: null,
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(rep: ComposedReport, charset: string): string {
  const { title, paragraphs, locality: loc, year } = rep;
  const body = paragraphs
    .slice(1)
    .map((p) => `<p style="text-indent:2em">${esc(p)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>${esc(title)}_${loc.name}人民政府门户网站</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="//hm.example/hm.js";})();</script>
<link rel="stylesheet" href="../css/main.css"></head>
<body><div class="top">无障碍 | 长者模式 | 登录 | 注册</div>
<div class="nav"><a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法治政府建设</a></div>
<table class="meta"><tr><td>索引号：</td><td>${loc.prefecture}-${year + 1}-0${loc.name.length}12</td><td>发布机构：</td><td>${esc(loc.name)}司法局</td></tr>
<tr><td>标题：</td><td colspan="3">${esc(title)}</td></tr><tr><td>发布日期：</td><td>${year + 1}-02-15</td></tr></table>
<div class="article"><h1>${esc(title)}</h1>
${body}
</div>
<div class="share">分享到：微信 微博</div><div class="footer">主办：${esc(loc.name)}人民政府办公室 版权所有 备案号：X ICP备00000000号</div>
<script>document.querySelector(".share").onclick=function(){};</script>
</body></html>`;
}

function docx(paragraphs: string[]): Uint8Array {
  const ps = paragraphs.map(
    (p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`,
  );
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${ps.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(doc),
  });
}

export function encodeReport(rep: ComposedReport, format: Format): Uint8Array {
  const text = rep.paragraphs.join('\n') + '\n';
  switch (format) {
    case 'txt-utf8':
      return strToU8(text);
    case 'txt-gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'html':
      return strToU8(html(rep, 'utf-8'));
    case 'html-gbk':
      // GB18030 is a superset of GBK; browsers decode the 'gbk' label as GB18030 anyway.
      return new Uint8Array(iconv.encode(html(rep, 'gbk'), 'gb18030'));
    case 'docx':
      return docx(rep.paragraphs);
  }
}

/** 60% UTF-8 text, 15% GB18030 text, 10% UTF-8 page, 5% GBK page, 10% docx. */
export function pickFormat(x: number): Format {
  if (x < 0.6) return 'txt-utf8';
  if (x < 0.75) return 'txt-gb18030';
  if (x < 0.85) return 'html';
  if (x < 0.9) return 'html-gbk';
  return 'docx';
}
