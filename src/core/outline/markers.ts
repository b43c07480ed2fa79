// Finds every place that could be a heading marker, with its level, number and context.
// Deciding which candidates are headings is select.ts's job.
import { parseSmallNumber } from '../clean/dates.ts';

export type Level = 1 | 2 | 3 | 4;
export type Context = 'line-start' | 'after-punct' | 'inline';

export interface Candidate {
  level: Level;
  /** The number the marker carries (`三` → 3, `（12）` → 12). */
  n: number;
  marker: string;
  start: number;
  /** Offset just after the marker. */
  markerEnd: number;
  context: Context;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIG = '[0-9０-９]{1,2}';
// Lookbehinds keep `21.` out of `2021.` and `十一、` out of `二十一、`; the lookahead keeps
// `4.5万` and `1、2月` from reading as markers.
const MARKER = new RegExp(
  [
    `(?<![一二三四五六七八九十〇])(${CN})[、.．]`,
    `[（(](${CN})[）)]`,
    `(?<![0-9０-９.．])(${DIG})[.、．](?![0-9０-９])`,
    `[（(](${DIG})[）)]`,
  ].join('|'),
  'g',
);

const SENTENCE_END = new Set(['。', '；', ';', '：', ':', '！', '!', '？', '?']);
const SPACE = /[ \t\u3000\u00a0]/;

function contextAt(text: string, pos: number): Context {
  let i = pos - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  if (i < 0 || text[i] === '\n') return 'line-start';
  return SENTENCE_END.has(text[i]!) ? 'after-punct' : 'inline';
}

/** `一、二季度` `一、二等奖`: a list of numerals, not a heading. */
const NUMERAL_LIST = /^[一二三四五六七八九十]+[、季等级类]/;

export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MARKER)) {
    const numText = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const level: Level = m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : 4;
    const n = parseSmallNumber(numText);
    if (n === null || n === 0) continue;
    const markerEnd = m.index + m[0].length;
    if (level === 1 && NUMERAL_LIST.test(text.slice(markerEnd, markerEnd + 4))) continue;
    out.push({
      level,
      n,
      marker: m[0],
      start: m.index,
      markerEnd,
      context: contextAt(text, m.index),
    });
  }
  return out;
}
