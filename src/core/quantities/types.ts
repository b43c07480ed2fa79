// The Quantity record: one number of work found in a report's canonical text.
// Offsets are JS string indices into that text; text.slice(start, end) === q.text always.

/** How the report qualifies the number: 余/多/以上 → more, 约/左右 → about, 近 → nearly, … */
export type Approx = 'exact' | 'more' | 'about' | 'nearly' | 'over' | 'at_least' | 'at_most';

export type UnitKind =
  'count' | 'person' | 'person_time' | 'percent' | 'money' | 'area' | 'duration' | 'other';

/** `同比减少40%`: the number is a change, not a level. */
export interface QuantityChange {
  kind: 'increase' | 'decrease' | 'change';
  /** The comparison basis when written (`同比`, `环比`, `较上年`), else null. */
  basis: string | null;
}

export interface Quantity {
  /** The whole expression, approximation words included (`近100人`, `90%以上`). */
  start: number;
  end: number;
  text: string;
  /** Multiplier-normalised: `1.2亿元` → 120000000; a range's lower bound. */
  value: number;
  /** Ranges only (`3至12名`). */
  low?: number;
  high?: number;
  approx: Approx;
  /** The unit as written (`亿元`, `万平方米`, `人次`, `%`); `亿` alone for `价值4亿`. */
  unit: string;
  /** What `value` is counted in: `元` for `1.2亿元`, `%` for percents, '' for a bare `4亿`. */
  baseUnit: string;
  unitKind: UnitKind;
  /** Set when the number is a change (`同比减少40%`) rather than a level. */
  change?: QuantityChange;
  /** `由299项增加到356项`: value 356, before 299. */
  before?: number;
  /** The thing counted (`法律意见书`), or null when none could be found. */
  subject: string | null;
  subjectStart: number | null;
  subjectEnd: number | null;
  /** True when the subject was carried over from an earlier quantity in the sentence. */
  subjectInherited: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  /** The text that belongs to this quantity: from the previous clause mark (or the previous
   * quantity) to the next one. The indicator matcher reads its words here. */
  clauseStart: number;
  clauseEnd: number;
}
