// Sentence and clause boundaries, computed once per text in one pass.

const SENTENCE_END = '。！？；;!?\n';
const CLAUSE_END = SENTENCE_END + ',，:：()（）';

function isDigitChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

export interface Boundaries {
  /** Sorted indices of sentence-ending characters. */
  sentenceEnds: number[];
  /** Sorted indices of clause-ending characters (sentence ends included). */
  clauseEnds: number[];
}

const SENTENCE_CODES = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
const CLAUSE_CODES = new Set([...CLAUSE_END].map((c) => c.charCodeAt(0)));

export function boundaries(text: string): Boundaries {
  const sentenceEnds: number[] = [];
  const clauseEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!CLAUSE_CODES.has(code)) continue;
    const c = text[i];
    if ((c === ',' || c === '，') && isDigitChar(text[i - 1]) && isDigitChar(text[i + 1])) continue;
    clauseEnds.push(i);
    if (SENTENCE_CODES.has(code)) sentenceEnds.push(i);
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
