// Sentence and clause boundaries, computed once per text in one pass (over char codes).
import { isDigitCode } from './chars.ts';

const SENTENCE_END = '。！？；;!?\n';
const CLAUSE_END = SENTENCE_END + ',，:：()（）';

export interface Boundaries {
  /** Sorted indices of sentence-ending characters. */
  sentenceEnds: number[];
  /** Sorted indices of clause-ending characters (sentence ends included). */
  clauseEnds: number[];
}

/** By char code (64 KB): 2 ends a sentence (and a clause), 1 ends only a clause. */
const ENDS = new Uint8Array(0x10000);
for (const c of CLAUSE_END) ENDS[c.charCodeAt(0)] = 1;
for (const c of SENTENCE_END) ENDS[c.charCodeAt(0)] = 2;

const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;

export function boundaries(text: string): Boundaries {
  const sentenceEnds: number[] = [];
  const clauseEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const end = ENDS[code];
    if (end === 0) continue;
    // `1,234`: a comma between digits is a thousands separator, not a clause end.
    if (
      (code === COMMA || code === FULL_COMMA) &&
      isDigitCode(text.charCodeAt(i - 1)) &&
      isDigitCode(text.charCodeAt(i + 1))
    ) {
      continue;
    }
    clauseEnds.push(i);
    if (end === 2) sentenceEnds.push(i);
  }
  return { sentenceEnds, clauseEnds };
}

/** First index in the sorted array that is >= pos. */
export function lowerBound(arr: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) of the span around [from, to): after the previous end mark, through the next. */
export function spanAround(
  ends: number[],
  from: number,
  to: number,
  textLength: number,
  includeEnd: boolean,
): [number, number] {
  const k = lowerBound(ends, from);
  const start = k > 0 ? ends[k - 1] + 1 : 0;
  const n = lowerBound(ends, to);
  const endMark = n < ends.length ? ends[n] : textLength;
  const end = n < ends.length && includeEnd ? endMark + 1 : endMark;
  return [start, Math.max(start, end)];
}

/** Whether a character ends a clause. */
export function isClauseEnd(c: string | undefined): boolean {
  return c !== undefined && CLAUSE_END.includes(c);
}
