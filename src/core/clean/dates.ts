// Dates as written on Chinese government pages and in signature blocks, normalised to YYYY-MM-DD.
// Shared by the cleaner (meta tables, source lines) and meta (signature date).

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `2023` `二〇二三` `２０２３` → 2023. Null when it is not a year written digit by digit. */
function parseYearText(s: string): number | null {
  if (/^[0-9０-９]{4}$/.test(s)) return Number(toAsciiDigits(s));
  if (s.length !== 4) return null;
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** `12` `１２` `十二` `二十三` `三十一` → number (used for months, days and heading numerals). */
export function parseSmallNumber(s: string): number | null {
  if (/^[0-9０-９]{1,2}$/.test(s)) return Number(toAsciiDigits(s));
  if (/^[一二三四五六七八九]$/.test(s)) return CN_DIGITS[s]!;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
}

export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

function build(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC =
  /([0-9０-９]{4})\s*[-/.．／－年]\s*([0-9０-９]{1,2})\s*[-/.．／－月]\s*([0-9０-９]{1,2})/;
const HANZI =
  /([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** The first date in `s` (`2023-02-15`, `2023/2/15 10:00`, `2023年1月10日`, `二〇二三年一月十日`). */
export function findDate(s: string): { date: string; index: number; length: number } | null {
  const candidates: { date: string; index: number; length: number }[] = [];
  const a = NUMERIC.exec(s);
  if (a) {
    const date = build(
      Number(toAsciiDigits(a[1]!)),
      Number(toAsciiDigits(a[2]!)),
      Number(toAsciiDigits(a[3]!)),
    );
    if (date) candidates.push({ date, index: a.index, length: a[0].length });
  }
  const b = HANZI.exec(s);
  if (b) {
    const y = parseYearText(b[1]!);
    const m = parseSmallNumber(b[2]!);
    const d = parseSmallNumber(b[3]!);
    const date = y !== null && m !== null && d !== null ? build(y, m, d) : null;
    if (date) candidates.push({ date, index: b.index, length: b[0].length });
  }
  candidates.sort((x, y) => x.index - y.index);
  return candidates[0] ?? null;
}

export function normalizeDate(s: string | null | undefined): string | null {
  return s ? (findDate(s)?.date ?? null) : null;
}

/** A line that is nothing but a date (a signature date), e.g. `2023年1月10日`. */
export function dateOnlyLine(line: string): string | null {
  const t = line.trim();
  const f = findDate(t);
  if (!f || f.index !== 0) return null;
  return /^[日\s)）]*$/.test(t.slice(f.length)) ? f.date : null;
}
