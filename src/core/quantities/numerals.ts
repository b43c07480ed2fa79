// Reads one number core at a position: Arabic (half/full width, thousands separators,
// decimals), Chinese numerals (十 百 千 万 亿, 两, 零) and mixes (`9万3千余`, `4.5万余`).
// A single forward pass; never looks back, so scanning a long run is linear.
// Reads char codes (see chars.ts): no string is made per character.
import {
  bigMultiplierCode,
  cnDigitCode,
  digitCode,
  isDigitCode,
  isInlineSpaceCode,
  smallMultiplierCode,
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

const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;
const POINT = 0x2e;
const FULL_POINT = 0xff0e;
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

/** Arabic number at i: digits, optional `,ddd` groups, optional decimal part. */
function readArabic(text: string, i: number): ArabicAtom {
  let j = i;
  let s = '';
  // Count every digit but keep only enough to parse: a 5 MB digit run stays cheap.
  let intCount = 0;
  for (let d = digitCode(text.charCodeAt(j)); d >= 0; d = digitCode(text.charCodeAt(j))) {
    if (intCount++ <= MAX_DIGITS) s += d;
    j++;
  }
  // Thousands separators only when the first group has 1–3 digits and groups are exactly 3.
  if (s.length <= 3) {
    for (;;) {
      const sep = text.charCodeAt(j);
      if (sep !== COMMA && sep !== FULL_COMMA) break;
      const d1 = digitCode(text.charCodeAt(j + 1));
      const d2 = digitCode(text.charCodeAt(j + 2));
      const d3 = digitCode(text.charCodeAt(j + 3));
      if (d1 < 0 || d2 < 0 || d3 < 0 || isDigitCode(text.charCodeAt(j + 4))) break;
      s += `${d1}${d2}${d3}`;
      j += 4;
    }
  }
  const intDigits = Math.max(intCount, s.length);
  let fracCount = 0;
  const point = text.charCodeAt(j);
  if ((point === POINT || point === FULL_POINT) && isDigitCode(text.charCodeAt(j + 1))) {
    s += '.';
    j++;
    for (let d = digitCode(text.charCodeAt(j)); d >= 0; d = digitCode(text.charCodeAt(j))) {
      if (fracCount++ <= MAX_DIGITS) s += d;
      j++;
    }
  }
  const digits = Math.max(intDigits, fracCount);
  return { end: j, value: digits > MAX_DIGITS ? NaN : Number(s), digits };
}

/** Codes that can start a number core, by char code (64 KB). */
const STARTS = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿') {
  STARTS[c.charCodeAt(0)] = 1;
}

/** Can a number core start at i? (Char codes only: this runs on every character.) */
export function startsNumber(text: string, i: number): boolean {
  return STARTS[text.charCodeAt(i)] === 1;
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
    const c = text.charCodeAt(j);
    if (isDigitCode(c)) {
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
    const d = cnDigitCode(c);
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
    const small = smallMultiplierCode(c);
    if (small > 0 && !more) {
      section += (hasPending ? pending : 1) * small;
      pending = 0;
      hasPending = false;
      cnDigitRun = 0;
      j++;
      lastWasMultiplier = true;
      continue;
    }
    const big = bigMultiplierCode(c);
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
    if (!more && (c === YU || c === DUO) && (hasPending || lastWasMultiplier)) {
      more = true;
      j++;
      continue;
    }
    // `110 余件`: 余 after a space still belongs to the number.
    if (
      !more &&
      isInlineSpaceCode(c) &&
      text.charCodeAt(j + 1) === YU &&
      (hasPending || lastWasMultiplier)
    ) {
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
  const single = j === i + 1 && cnDigitCode(text.charCodeAt(i)) >= 0;
  return {
    start: i,
    end: j,
    value,
    hasArabic,
    hasDigit,
    singleCnDigit: single ? text[i] : null,
    more,
    trailingBigAt,
    longestRun,
  };
}
