// The subject phrase: the thing a number counts. Usually the noun phrase before the number in
// the same clause, after its verb (`出具法律意见书62份`); otherwise the noun phrase after the
// unit (`2300多名公务员进行了轮训`); otherwise carried from an earlier quantity in the
// sentence (`受理矛盾纠纷1195件,调解成功1194件`). All look-arounds are capped, so the cost per
// quantity is constant however long a clause runs.
import { digitValue, isHan, isInlineSpace } from './chars.ts';
import { isClauseEnd } from './sentences.ts';
import { WordIndex } from './lookup.ts';
import { CONTENT_VERBS, EVENT_UNITS, LEADING, LIGHT_VERBS, STOP_AFTER, TRAILING } from './words.ts';

const LIGHT = new WordIndex(LIGHT_VERBS);
const CONTENT = new WordIndex(CONTENT_VERBS);
const LEAD = new WordIndex(LEADING);
const TRAIL = new WordIndex(TRAILING);
const STOP = new WordIndex(STOP_AFTER);

const LOOK_BACK = 40;
const MAX_SUBJECT = 20;

export type Span = [number, number];

function firstVerbEnd(text: string, a: number, b: number, verbs: WordIndex): number {
  for (let p = a; p < b; p++) {
    const v = verbs.longestAt(text, p, b);
    if (v) return p + v.length;
  }
  return a;
}

function lastDe(text: string, a: number, b: number): number {
  for (let p = b - 1; p >= a; p--) if (text[p] === '的') return p + 1;
  return a;
}

function strip(text: string, a: number, b: number): Span {
  let changed = true;
  while (changed && a < b) {
    changed = false;
    while (a < b && isInlineSpace(text[a])) a++;
    while (a < b && isInlineSpace(text[b - 1])) b--;
    // A year at the start: `2022年共审查…`
    let y = a;
    while (y < b && digitValue(text[y]) >= 0) y++;
    if (y - a === 4 && text[y] === '年') {
      a = text[y + 1] === '度' ? y + 2 : y + 1;
      changed = true;
    }
    const lead = LEAD.longestAt(text, a, b);
    if (lead) {
      a += lead.length;
      changed = true;
    }
    const trail = TRAIL.longestEndingAt(text, b, a);
    if (trail) {
      b -= trail.length;
      changed = true;
    }
  }
  return [a, b];
}

function usable(text: string, [a, b]: Span): boolean {
  if (b - a < 2) return false;
  let han = 0;
  for (let p = a; p < b; p++) if (isHan(text[p])) han++;
  return han >= 2;
}

/** The subject before the number: `from` is where this quantity's clause starts. */
export function subjectBefore(
  text: string,
  from: number,
  numberStart: number,
  unit: string,
  percent: boolean,
): Span | null {
  let a = Math.max(from, numberStart - LOOK_BACK);
  let b = numberStart;
  if (!percent) {
    const event = EVENT_UNITS.includes(unit);
    a = firstVerbEnd(text, a, b, event ? LIGHT : CONTENT);
    a = lastDe(text, a, b);
  }
  [a, b] = strip(text, a, b);
  if (b - a > MAX_SUBJECT) a = b - MAX_SUBJECT;
  return usable(text, [a, b]) ? [a, b] : null;
}

/** The subject after the unit, up to a verb, adverb, conjunction or clause mark. */
export function subjectAfter(text: string, end: number, limit: number): Span | null {
  let a = end;
  while (a < limit && isInlineSpace(text[a])) a++;
  let p = a;
  while (p < limit && p - a < MAX_SUBJECT) {
    const c = text[p];
    if (isClauseEnd(c) || digitValue(c) >= 0 || c === '近') break;
    if (STOP.longestAt(text, p)) break;
    p++;
  }
  // `24宗面积共96亩`: a noun that introduces the next number is not this one's subject.
  let k = p;
  while (k < limit && k - p < 3 && '共计达为约近合累'.includes(text[k])) k++;
  let y = k;
  while (y - k < 20 && digitValue(text[y]) >= 0) y++;
  if (y > k && !(y - k === 4 && text[y] === '年')) return null;
  let b = p;
  a = lastDe(text, a, b);
  [a, b] = strip(text, a, b);
  return usable(text, [a, b]) ? [a, b] : null;
}
