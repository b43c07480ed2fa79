// The year a report is about (not the year it was published).
import { toAsciiDigits } from '../clean/dates.ts';

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** `2022年` `２０２２年` `二〇二二年` → 2022; only plausible report years. */
const YEAR = /([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年/g;

function toYear(s: string): number | null {
  const digits = toAsciiDigits(s).replace(/[〇零○一二三四五六七八九]/g, (c) => CN_DIGIT[c]!);
  const y = Number(digits);
  return y >= 1990 && y <= 2100 ? y : null;
}

/** The first year in a title, outside 《book titles》 (`《法治政府建设实施纲要(2015-2020年)》`). */
export function yearInTitle(title: string): number | null {
  const plain = title.replace(/《[^》]*》/g, '');
  for (const m of plain.matchAll(YEAR)) {
    const y = toYear(m[1]!);
    if (y !== null) return y;
  }
  return null;
}

const SELF_REPORT = /现将[^。]{0,40}?([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年/;
/** A sentence that opens with the year: `2023年,我市…` (the usual first words of a report). */
const OPENING = /(?:^|[。；！？\n])\s*([0-9０-９]{4})\s*年(?:度|以来)?[,，]/;
const ABOUT = /([0-9０-９]{4})\s*年度?(?:[^。，,]{0,12})?法治政府建设/;

/** From the opening of the body: `现将XX市2022年度…报告如下`, `2023年,我市…`. */
export function yearInBody(body: string): number | null {
  const head = body.slice(0, 1500).replace(/《[^》]*》/g, '');
  const self = SELF_REPORT.exec(head);
  if (self) return toYear(self[1]!);
  const opening = OPENING.exec(head);
  if (opening) return toYear(opening[1]!);
  const about = ABOUT.exec(head);
  return about ? toYear(about[1]!) : null;
}
