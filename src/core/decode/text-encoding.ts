// Bytes of a plain-text file → string, with the encoding named explicitly (never a silent guess).
import { ImportFailure } from '../errors.ts';
import type { TextEncoding } from '../types.ts';
import { hasBytes } from './bytes.ts';
import { commonHanScore } from './common-hanzi.ts';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

const BOMS: Array<[TextEncoding, number[]]> = [
  ['utf-8-bom', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** TextDecoder label for each encoding we name. */
const LABEL: Record<TextEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  big5: 'big5',
};

/** A wrong GBK/Big5 reading is full of rare characters; a right one is not. */
export const MIN_COMMON_SCORE = 0.12;

export function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  for (const [encoding, bom] of BOMS) if (hasBytes(bytes, bom)) return encoding;
  return null;
}

/** Strict decode (BOM stripped); null when the bytes are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    // ignoreBOM: false makes TextDecoder strip a BOM that matches the encoding.
    return new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Detect the encoding and decode. Throws 'binary' or 'undecodable'. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeStrict(bytes, bom);
    if (text !== null) return { text, encoding: bom, warnings: [] };
    // A BOM followed by invalid data: say so rather than fall back to guessing.
    throw new ImportFailure('undecodable', `${bom} BOM，但内容不是有效的 ${LABEL[bom]}`);
  }

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes)) throw new ImportFailure('binary');

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };
  const cut = utf8CutAtEnd(bytes);
  if (cut) return cut;

  return decodeChinese(bytes);
}

/** GB18030 and Big5 both read strictly; the one that reads like Chinese prose wins. */
function decodeChinese(bytes: Uint8Array): DecodedText {
  const readings = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: decodeStrict(bytes, encoding) }))
    .filter((r): r is { encoding: 'gb18030' | 'big5'; text: string } => r.text !== null)
    .map((r) => ({ ...r, ...commonHanScore(r.text) }));
  // Ties go to GB18030: mainland reports are the common case.
  readings.sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (!best || best.han === 0 || best.score < MIN_COMMON_SCORE) {
    throw new ImportFailure('undecodable');
  }
  return { text: best.text, encoding: best.encoding, warnings: [] };
}

/** UTF-16 without a BOM: ASCII characters leave NUL bytes on one side only. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const nuls = even + odd;
  if (nuls < 4 || nuls < n / 20) return null;
  const encoding: TextEncoding | null =
    odd >= nuls * 0.95 ? 'utf-16le' : even >= nuls * 0.95 ? 'utf-16be' : null;
  if (!encoding || bytes.length % 2 !== 0) return null;
  const text = decodeStrict(bytes, encoding);
  if (text === null || hasControlChars(text)) return null;
  return {
    text,
    encoding,
    warnings: [`文本为 ${encoding.toUpperCase()} 编码但没有 BOM，已按内容判断。`],
  };
}

/** NUL bytes, or more than a few C0 control characters, mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC occur in real text files; other C0 controls do not.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) controls++;
  }
  return controls > 32 || controls / n > 0.005;
}

/** Valid UTF-8 except for a multi-byte character cut off at the very end (a truncated save). */
function utf8CutAtEnd(bytes: Uint8Array): DecodedText | null {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    if (bytes[bytes.length - k]! < 0xc0) continue;
    const text = decodeStrict(bytes.subarray(0, bytes.length - k), 'utf-8');
    if (text === null) return null;
    return {
      text,
      encoding: 'utf-8',
      warnings: ['文件末尾有一个不完整的字符（文件可能被截断），已忽略。'],
    };
  }
  return null;
}

/** C0 controls other than tab, newlines, form feed and ESC. */
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d) && c !== 0x1b) return true;
  }
  return false;
}
