// Which encoding a saved web page is in: BOM, then <meta charset>/http-equiv, then content.
import type { TextEncoding } from '../types.ts';
import { commonHanScore } from './common-hanzi.ts';
import {
  MIN_COMMON_SCORE,
  bomEncoding,
  decodeStrict,
  decodeText,
  type DecodedText,
} from './text-encoding.ts';

const GB_LABELS =
  /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/;
const BIG5_LABELS = /^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/;
const UTF8_LABELS = /^(utf-8|utf8|unicode-1-1-utf-8)$/;

/** The charset label a page declares in its first bytes (as browsers prescan), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one char, so ASCII markup is readable whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

export function encodingForLabel(label: string): TextEncoding | null {
  if (GB_LABELS.test(label)) return 'gb18030';
  if (BIG5_LABELS.test(label)) return 'big5';
  if (UTF8_LABELS.test(label)) return 'utf-8';
  return null;
}

/**
 * Decode a page. Valid UTF-8 wins even over a stale `charset=gb2312` (pages re-saved as UTF-8
 * keep their old meta, and GBK bytes are almost never valid UTF-8); otherwise the declared
 * charset if it reads as Chinese; otherwise detection. Any overruled declaration is a warning.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  if (bomEncoding(bytes)) return decodeText(bytes);
  const label = declaredCharset(bytes);
  const declared = label ? encodingForLabel(label) : null;
  const utf8 = decodeStrict(bytes, 'utf-8');
  let result: DecodedText;
  // Pure ASCII reads the same either way: keep the declared name then.
  if (utf8 !== null && !(declared && /^\p{ASCII}*$/u.test(utf8))) {
    result = { text: utf8, encoding: 'utf-8', warnings: [] };
  } else if (declared && declared !== 'utf-8' && readsAsChinese(decodeStrict(bytes, declared))) {
    return { text: decodeStrict(bytes, declared)!, encoding: declared, warnings: [] };
  } else {
    result = decodeText(bytes);
  }
  if (label && declared !== result.encoding) {
    result.warnings.push(
      `网页声明的编码是 ${label}，但内容按 ${result.encoding} 才能正确读取，已按 ${result.encoding} 解码。`,
    );
  }
  return result;
}

function readsAsChinese(text: string | null): boolean {
  if (text === null) return false;
  const { han, score } = commonHanScore(text);
  return han === 0 || score >= MIN_COMMON_SCORE;
}
