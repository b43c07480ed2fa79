// Character classes for the scanner. Every check is O(1) on one UTF-16 code unit.

/** 0–9 for ASCII and full-width digits, else -1. */
export function digitValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigit(c: string | undefined): boolean {
  return digitValue(c) >= 0;
}

const CN_DIGITS: Record<string, number> = {
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
};

/** Chinese digit value (一 → 1, 两 → 2), else -1. */
export function cnDigit(c: string | undefined): number {
  return c !== undefined && c in CN_DIGITS ? CN_DIGITS[c] : -1;
}

const SMALL_MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_MULT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 十 百 千 → 10 100 1000, else 0. */
export function smallMultiplier(c: string | undefined): number {
  return c !== undefined && c in SMALL_MULT ? SMALL_MULT[c] : 0;
}

/** 万 亿 → 1e4 1e8, else 0. */
export function bigMultiplier(c: string | undefined): number {
  return c !== undefined && c in BIG_MULT ? BIG_MULT[c] : 0;
}

export function isDecimalPoint(c: string | undefined): boolean {
  return c === '.' || c === '．';
}

export function isThousandsComma(c: string | undefined): boolean {
  return c === ',' || c === '，';
}

/** Spaces allowed inside an expression (`262 项`, `达 99.94%`). */
export function isInlineSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u3000' || c === '\u00a0' || c === '\t';
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
