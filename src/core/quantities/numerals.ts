// Reads one number core at a position: Arabic (half/full width, thousands separators,
// decimals), Chinese numerals (十 百 千 万 亿, 两, 零) and mixes (`9万3千余`, `4.5万余`).
// A single forward pass; never looks back, so scanning a long run is linear.
import {
  bigMultiplier,
  cnDigit,
  digitValue,
  isDecimalPoint,
  isDigit,
  isInlineSpace,
  isThousandsComma,
  smallMultiplier,
} from './chars.ts';

export interface NumberCore {
  start: number;
  end: number;
  value: number;
  /** Some Arabic digits were written. */
  hasArabic: boolean;
  /** Some digit (Arabic or Chinese 一…九 零) was written, not only multipliers (`百` `万`). */
  hasDigit: boolean;
  /** The core is exactly one Chinese digit char (`一`, `两`), e.g. the article `一项`. */
  singleCnDigit: string | null;
  /** 余/多 was written inside or right after the number. */
  more: boolean;
  /** Index of a 万/亿 that ends the number (for `万元` `亿元`), else -1. */
  trailingBigAt: number;
  /** Length of the longest Arabic digit run (phone numbers, ids, garbage). */
  longestRun: number;
}

const MAX_DIGITS = 15;

interface ArabicAtom {
  end: number;
  value: number;
  digits: number;
}

/** Arabic number at i: digits, optional `,ddd` groups, optional decimal part. */
function readArabic(text: string, i: number): ArabicAtom {
  let j = i;
  let s = '';
  // Count every digit but keep only enough to parse: a 5 MB digit run stays cheap.
  let intCount = 0;
  while (isDigit(text[j])) {
    if (intCount++ <= MAX_DIGITS) s += digitValue(text[j]);
    j++;
  }
  // Thousands separators only when the first group has 1–3 digits and groups are exactly 3.
  if (s.length <= 3) {
    while (
      isThousandsComma(text[j]) &&
      isDigit(text[j + 1]) &&
      isDigit(text[j + 2]) &&
      isDigit(text[j + 3]) &&
      !isDigit(text[j + 4])
    ) {
      s += `${digitValue(text[j + 1])}${digitValue(text[j + 2])}${digitValue(text[j + 3])}`;
      j += 4;
    }
  }
  const intDigits = Math.max(intCount, s.length);
  let fracCount = 0;
  if (isDecimalPoint(text[j]) && isDigit(text[j + 1])) {
    s += '.';
    j++;
    while (isDigit(text[j])) {
      if (fracCount++ <= MAX_DIGITS) s += digitValue(text[j]);
      j++;
    }
  }
  const digits = Math.max(intDigits, fracCount);
  return { end: j, value: digits > MAX_DIGITS ? NaN : Number(s), digits };
}

const NUMERAL_CODES = new Set(
  [...'零〇一二两三四五六七八九十百千万亿'].map((c) => c.charCodeAt(0)),
);

/** Can a number core start at i? (Char codes only: this runs on every character.) */
export function startsNumber(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || NUMERAL_CODES.has(code)
  );
}

/** Read the number core starting at i (caller checked startsNumber). */
export function readNumber(text: string, i: number): NumberCore {
  let result = 0; // sum of completed 万/亿 sections
  let section = 0; // the part below the current 万
  let pending = 0; // digit(s) not yet multiplied
  let hasPending = false;
  let hasArabic = false;
  let hasDigit = false;
  let cnDigitRun = 0;
  let more = false;
  let trailingBigAt = -1;
  let longestRun = 0;
  let j = i;
  let lastWasMultiplier = false;
  for (;;) {
    const c = text[j];
    if (isDigit(c)) {
      if (hasPending || cnDigitRun > 0 || more) break;
      const atom = readArabic(text, j);
      longestRun = Math.max(longestRun, atom.digits);
      pending = atom.value;
      hasPending = true;
      hasArabic = hasDigit = true;
      j = atom.end;
      lastWasMultiplier = false;
      continue;
    }
    const d = cnDigit(c);
    if (d >= 0) {
      if (more || (hasPending && cnDigitRun === 0)) break;
      // Digit strings like 二〇二三 (years) concatenate; they never take units anyway.
      pending = hasPending ? pending * 10 + d : d;
      hasPending = hasDigit = true;
      cnDigitRun++;
      j++;
      lastWasMultiplier = false;
      continue;
    }
    const small = smallMultiplier(c);
    if (small > 0 && !more) {
      section += (hasPending ? pending : 1) * small;
      pending = 0;
      hasPending = false;
      cnDigitRun = 0;
      j++;
      lastWasMultiplier = true;
      continue;
    }
    const big = bigMultiplier(c);
    if (big > 0) {
      const part = section + (hasPending ? pending : 0);
      if (big === 1e8) result = (result + (part || (result ? 0 : 1))) * 1e8;
      else result += (part || 1) * 1e4;
      section = pending = 0;
      hasPending = false;
      cnDigitRun = 0;
      trailingBigAt = j;
      j++;
      lastWasMultiplier = true;
      continue;
    }
    if (!more && (c === '余' || c === '多') && (hasPending || lastWasMultiplier)) {
      more = true;
      j++;
      continue;
    }
    // `110 余件`: 余 after a space still belongs to the number.
    if (!more && isInlineSpace(c) && text[j + 1] === '余' && (hasPending || lastWasMultiplier)) {
      more = true;
      j += 2;
      continue;
    }
    break;
  }
  if (trailingBigAt >= 0 && trailingBigAt !== j - 1 && !(more && trailingBigAt === j - 2)) {
    trailingBigAt = -1;
  }
  const value = result + section + (hasPending ? pending : 0);
  const core = text.slice(i, j);
  return {
    start: i,
    end: j,
    value,
    hasArabic,
    hasDigit,
    singleCnDigit: core.length === 1 && cnDigit(core) >= 0 ? core : null,
    more,
    trailingBigAt,
    longestRun,
  };
}
