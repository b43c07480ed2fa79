// Chooses which marker candidates are headings, and where each heading's title ends.
//
// A marker at the start of a line is a heading unless its number is far out of sequence. A marker
// inside a line is only a heading when its number is the next one at its level (一 then 二; 1 then
// 2 after each new parent), and either
//  - it follows the previous heading's title directly (`一、主要举措和成效（一）加强领导。`), or
//  - the text is flowed (converted from PDF, few line breaks) and it follows a sentence end.
// That keeps `2.` in `4.5万余条`, dates and in-paragraph enumerations out.
import type { Candidate, Level } from './markers.ts';

/** Titles longer than this are rare; past it a heading is taken to run into its paragraph. */
export const MAX_TITLE = 60;
/** How far to look for the sentence end that closes a title. */
const TITLE_REACH = 80;
const TERMINATOR = /[。；;！？!?：:\n]/;
/** Where a paragraph visibly starts inside a run-on title: `一是`, `2023年,` `今年以来,`. */
const PARAGRAPH_OPENER =
  /[一二三四五六七八九十]是|(?:[0-9]{4}|今|本|去)年(?:度|以来)?[,，]|近年来|今年以来/;

/** Few line breaks for the amount of text: converted from PDF, headings are inline. */
export function isFlowed(text: string): boolean {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return text.length > 0 && breaks < text.length / 400;
}

/** The previous heading's title runs straight into this candidate (no sentence end between). */
function chained(text: string, prev: Candidate | undefined, c: Candidate): boolean {
  if (!prev || c.level <= prev.level) return false;
  const between = text.slice(prev.markerEnd, c.start);
  return between.length <= TITLE_REACH && !TERMINATOR.test(between);
}

export function selectHeadings(text: string, candidates: Candidate[]): Candidate[] {
  const flowed = isFlowed(text);
  const last: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.markerEnd) continue;
    const next = last[c.level] + 1;
    let ok: boolean;
    if (c.context === 'line-start') {
      // Numbering slips happen in real reports (a repeated `（三）`); only a wild jump is refused.
      ok = c.n === 1 || (c.n >= last[c.level] && c.n <= last[c.level] + 3);
    } else if (chained(text, prev, c)) {
      ok = c.n === next;
    } else {
      ok = flowed && c.context === 'after-punct' && c.n === next;
    }
    if (!ok) continue;
    out.push(c);
    last[c.level] = c.n;
    for (let l = c.level + 1; l <= 4; l++) last[l as Level] = 0;
  }
  return out;
}

/** End offset of a title that starts at `from`; `limit` is where the next heading starts. */
export function titleEnd(text: string, from: number, limit: number): number {
  const reach = Math.min(limit, from + TITLE_REACH);
  const region = text.slice(from, reach);
  const t = TERMINATOR.exec(region);
  const o = PARAGRAPH_OPENER.exec(region);
  let end: number;
  if (o && o.index > 0 && (!t || o.index < t.index)) end = from + o.index;
  else if (t) end = from + t.index;
  else if (reach === limit || reach === text.length) end = reach;
  else {
    // No sentence end in reach: the heading runs into its paragraph. Cut at the first comma
    // if there is one within MAX_TITLE, else at MAX_TITLE (never inside a 《title》).
    const short = region.slice(0, MAX_TITLE);
    const comma = short.search(/[,，]/);
    if (comma > 0) end = from + comma;
    else {
      const open = short.lastIndexOf('《');
      end = from + (open > 0 && short.indexOf('》', open) === -1 ? open : short.length);
    }
  }
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}
