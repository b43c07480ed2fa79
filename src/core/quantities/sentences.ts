// Sentence and clause boundaries, read from char codes as the quantities are walked.
import { isDigitCode } from './chars.ts';

const SENTENCE_END = '。！？；;!?\n';
const CLAUSE_END = SENTENCE_END + ',，:：()（）';

/** By char code (64 KB): 2 ends a sentence (and a clause), 1 ends only a clause. */
const ENDS = new Uint8Array(0x10000);
for (const c of CLAUSE_END) ENDS[c.charCodeAt(0)] = 1;
for (const c of SENTENCE_END) ENDS[c.charCodeAt(0)] = 2;

const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;

/**
 * The sentence (or clause) around positions asked in increasing order, found with two forward
 * cursors instead of an array of every mark: the walk to the mark before and the walk to the
 * mark after each only move forward, so the whole text is walked at most twice. (The array made
 * a text of nothing but marks cost an array as long as the text.) An earlier position restarts
 * the cursors, which keeps the answer right for any order.
 */
export class SpanCursor {
  #before = 0; // marks before this position are known
  #lastMark = -1; // the last mark before #before
  #afterFrom = 0;
  #nextMark = -1; // the first mark at or after #afterFrom (text.length if none)

  constructor(
    private readonly text: string,
    private readonly sentence: boolean,
  ) {}

  #isMark(i: number): boolean {
    const code = this.text.charCodeAt(i);
    const end = ENDS[code];
    if (end === 0 || (this.sentence && end !== 2)) return false;
    // `1,234`: a comma between digits is a thousands separator, not a clause end.
    return !(
      (code === COMMA || code === FULL_COMMA) &&
      isDigitCode(this.text.charCodeAt(i - 1)) &&
      isDigitCode(this.text.charCodeAt(i + 1))
    );
  }

  /** [start, end) of the span around [from, to): after the previous mark, up to the next one
   * (through it when `includeEnd`). */
  around(from: number, to: number, includeEnd: boolean): [number, number] {
    if (from < this.#before) {
      this.#before = 0;
      this.#lastMark = -1;
    }
    for (; this.#before < from; this.#before++) {
      if (this.#isMark(this.#before)) this.#lastMark = this.#before;
    }
    if (to < this.#afterFrom) this.#nextMark = -1;
    if (this.#nextMark < to) {
      let j = to;
      while (j < this.text.length && !this.#isMark(j)) j++;
      this.#nextMark = j;
    }
    this.#afterFrom = to;
    const start = this.#lastMark + 1;
    const found = this.#nextMark < this.text.length;
    const end = found && includeEnd ? this.#nextMark + 1 : this.#nextMark;
    return [start, Math.max(start, end)];
  }
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

/** Whether a character ends a clause. */
export function isClauseEnd(c: string | undefined): boolean {
  return c !== undefined && CLAUSE_END.includes(c);
}
