// Character classes for the scanner. Every check is O(1) on one UTF-16 code unit. The hot
// loops pass char codes (`text.charCodeAt(i)`, NaN past the end): indexing a string with
// `text[i]` allocates a one-character string for every Han character, which made the full-text
// passes slow and their time grow with the garbage collector's work. The string forms remain
// for the per-quantity rules.

/** 0–9 for ASCII and full-width digits, else -1. */
export function digitCode(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Chinese digit values by char code (64 KB), -1 where the code is not a digit. */
const CN_DIGITS = new Int8Array(0x10000).fill(-1);
for (const [c, v] of Object.entries({
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
})) {
  CN_DIGITS[c.charCodeAt(0)] = v;
}

const TEN = '十'.charCodeAt(0);
const HUNDRED = '百'.charCodeAt(0);
const THOUSAND = '千'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** Chinese digit value of a char code (一 → 1, 两 → 2), else -1. */
export function cnDigitCode(code: number): number {
  return code >= 0 ? CN_DIGITS[code] : -1;
}

/** 十 百 千 → 10 100 1000, else 0. */
export function smallMultiplierCode(code: number): number {
  return code === TEN ? 10 : code === HUNDRED ? 100 : code === THOUSAND ? 1000 : 0;
}

/** 万 亿 → 1e4 1e8, else 0. */
export function bigMultiplierCode(code: number): number {
  return code === WAN ? 1e4 : code === YI ? 1e8 : 0;
}

/** Spaces allowed inside an expression (`262 项`, `达 99.94%`). */
export function isInlineSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x09;
}

const code0 = (c: string | undefined): number => (c === undefined ? NaN : c.charCodeAt(0));

/** 0–9 for ASCII and full-width digits, else -1. */
export function digitValue(c: string | undefined): number {
  return digitCode(code0(c));
}

export function isDigit(c: string | undefined): boolean {
  return isDigitCode(code0(c));
}

/** Chinese digit value (一 → 1, 两 → 2), else -1. */
export function cnDigit(c: string | undefined): number {
  return cnDigitCode(code0(c));
}

/** 十 百 千 → 10 100 1000, else 0. */
export function smallMultiplier(c: string | undefined): number {
  return smallMultiplierCode(code0(c));
}

/** 万 亿 → 1e4 1e8, else 0. */
export function bigMultiplier(c: string | undefined): number {
  return bigMultiplierCode(code0(c));
}

export function isDecimalPoint(c: string | undefined): boolean {
  return c === '.' || c === '．';
}

export function isThousandsComma(c: string | undefined): boolean {
  return c === ',' || c === '，';
}

/** Spaces allowed inside an expression (`262 项`, `达 99.94%`). */
export function isInlineSpace(c: string | undefined): boolean {
  return isInlineSpaceCode(code0(c));
}

/** Han ideograph (BMP blocks used in these reports). */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Range connectors between two numbers: `3至12名` `3-5人` `3～5个`. */
export function isRangeDash(c: string | undefined): boolean {
  return c === '-' || c === '－' || c === '~' || c === '～' || c === '—' || c === '–' || c === '〜';
}
