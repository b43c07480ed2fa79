// What a file really is, from its first bytes (magic numbers) and only then its extension.
import { ImportFailure, LIMITS } from '../errors.ts';
import type { InputFile } from '../types.ts';
import { extensionOf, formatBytes, hasBytes, indexOfAscii, indexOfUtf16le } from './bytes.ts';
import { listZipNames } from './zip-reader.ts';

export type SniffedKind = 'pdf' | 'docx' | 'zip' | 'html' | 'md' | 'txt';

/** Extensions whose files we read as text; binary content under them is 'binary', not 'unsupported'. */
export const TEXT_EXTENSIONS = new Set([
  '',
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'shtml',
  'xhtml',
]);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'shtml', 'xhtml']);
const MD_EXTENSIONS = new Set(['md', 'markdown']);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const GZIP = [0x1f, 0x8b];
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

/**
 * Classify a file. Throws ImportFailure for everything we cannot read
 * ('empty', 'too-large', 'image', 'legacy-doc', 'wps', 'encrypted', 'unsupported').
 */
export function sniff(file: InputFile, maxBytes = LIMITS.fileBytes): SniffedKind {
  const { bytes } = file;
  const ext = extensionOf(file.path);
  if (bytes.length === 0) throw new ImportFailure('empty');
  if (bytes.length > maxBytes)
    throw new ImportFailure('too-large', `上限 ${formatBytes(maxBytes)}`);

  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return 'pdf';
  if (isImage(bytes)) throw new ImportFailure('image');
  if (hasBytes(bytes, OLE2)) return sniffOle2(bytes, ext);
  if (hasBytes(bytes, ZIP_LOCAL) || hasBytes(bytes, ZIP_EMPTY)) return sniffZip(bytes, ext);
  if (hasBytes(bytes, GZIP) || hasBytes(bytes, RAR) || hasBytes(bytes, SEVEN_ZIP)) {
    throw new ImportFailure('unsupported', '只支持 .zip 压缩包；RAR、7z、gz 请先解压或改用 zip');
  }

  const head = peekAscii(bytes);
  if (/^\{\\rtf/.test(head)) {
    throw new ImportFailure('unsupported', 'RTF 格式：请在 Word 或 WPS 中另存为 .docx');
  }
  if (ext === 'mht' || ext === 'mhtml' || /^(MIME-Version:|From: <Saved by)/i.test(head)) {
    throw new ImportFailure('unsupported', 'MHTML 网页归档：请在浏览器中另存为“网页，仅 HTML”');
  }
  if (HTML_EXTENSIONS.has(ext) || /^<(!doctype html|html|head|meta|title|body)[\s>]/i.test(head)) {
    return 'html';
  }
  if (MD_EXTENSIONS.has(ext)) return 'md';
  return 'txt';
}

function isImage(bytes: Uint8Array): boolean {
  if (hasBytes(bytes, PNG) || hasBytes(bytes, JPEG)) return true;
  if (indexOfAscii(bytes, 'GIF8', 0, 4) === 0) return true;
  if (indexOfAscii(bytes, 'RIFF', 0, 4) === 0 && indexOfAscii(bytes, 'WEBP', 8, 12) === 8) {
    return true;
  }
  if (hasBytes(bytes, [0x49, 0x49, 0x2a, 0x00]) || hasBytes(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return true;
  }
  // BMP: 'BM' and the declared file size must match, so a text starting with "BM" is not an image.
  if (indexOfAscii(bytes, 'BM', 0, 2) === 0 && bytes.length >= 14) {
    const size = new DataView(bytes.buffer, bytes.byteOffset, 6).getUint32(2, true);
    if (size === bytes.length) return true;
  }
  // HEIC/AVIF photos from phones: ISO box 'ftyp' with an image brand.
  const brand = indexOfAscii(bytes, 'ftyp', 4, 8) === 4 ? peekAscii(bytes.subarray(8, 12)) : '';
  return /^(heic|heix|mif1|avif)/.test(brand);
}

/** OLE2 compound file: legacy Word, WPS, or an encrypted .docx (Office wraps those in OLE2). */
function sniffOle2(bytes: Uint8Array, ext: string): never {
  if (indexOfUtf16le(bytes, 'EncryptedPackage') >= 0) {
    throw new ImportFailure('encrypted', '加密的 Office 文档');
  }
  if (ext === 'wps') throw new ImportFailure('wps');
  if (indexOfUtf16le(bytes, 'WordDocument') >= 0 || ext === 'doc' || ext === 'dot' || ext === '') {
    throw new ImportFailure('legacy-doc');
  }
  if (indexOfUtf16le(bytes, 'Workbook') >= 0 || indexOfUtf16le(bytes, 'PowerPoint') >= 0) {
    throw new ImportFailure('unsupported', '旧版 Excel/PowerPoint 文件');
  }
  throw new ImportFailure('unsupported', `.${ext}`);
}

/** A zip is a .docx, another office format we do not read, or an archive to unpack. */
export function sniffZip(bytes: Uint8Array, ext: string): SniffedKind {
  const names = listZipNames(bytes);
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (has('word/')) return 'docx';
  if (has('xl/')) throw new ImportFailure('unsupported', 'Excel 表格（.xlsx）');
  if (has('ppt/')) throw new ImportFailure('unsupported', 'PowerPoint 演示文稿（.pptx）');
  if (names.some((n) => /^(Doc_\d+\/)?OFD\.xml$/i.test(n)) || ext === 'ofd') {
    throw new ImportFailure('unsupported', 'OFD 版式文件：请导出为 PDF 或 .docx');
  }
  if (names.includes('mimetype') && names.includes('content.xml')) {
    throw new ImportFailure('unsupported', 'OpenDocument 文档：请另存为 .docx');
  }
  // A damaged .docx may have no readable names left; trust the extension to say what it was.
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') return 'docx';
  return 'zip';
}

/** The first bytes as ASCII (after a UTF-8 BOM and leading whitespace), for text signatures. */
function peekAscii(bytes: Uint8Array): string {
  let start = hasBytes(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  let utf16 = false;
  if (hasBytes(bytes, [0xff, 0xfe]) || hasBytes(bytes, [0xfe, 0xff])) {
    start = 2;
    utf16 = true;
  }
  let out = '';
  for (let i = start; i < bytes.length && out.length < 64; i++) {
    const b = bytes[i]!;
    if (utf16 && b === 0) continue;
    if (out === '' && (b === 0x20 || (b >= 0x09 && b <= 0x0d))) continue;
    out += String.fromCharCode(b);
  }
  return out;
}
