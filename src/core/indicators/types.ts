// The Indicator record: a comparable measure (a column of the metric table). Built-in ones
// ship as data; users edit them and add their own in the same shape, so every field is plain
// data a form can show: words, not code.
import type { UnitKind } from '../quantities/types.ts';

/** count: how many; rate: a percent; money: an amount in 元. */
export type IndicatorKind = 'count' | 'rate' | 'money';

export interface Indicator {
  /** Stable column id (`admin-reconsideration-cases`); custom ones start with `custom-`. */
  id: string;
  name: string;
  nameEn?: string;
  /** Area of the 2021–2025 outline (1–9), see docs/domain/README.md. */
  area: number;
  kind: IndicatorKind;
  unitKinds: UnitKind[];
  /** Base units accepted (`件`, `宗`); empty or missing: any unit of unitKinds. */
  units?: string[];
  /** Words the quantity's own clause must contain: every group must match one of its words. */
  keywords: string[][];
  /** Where keywords are looked for: the clause (default) or only the subject phrase. */
  scope?: 'clause' | 'subject';
  /** Words the whole sentence must contain: every group must match one of its words. */
  context?: string[][];
  /** Any of these in the clause rules the indicator out (`法律顾问…代理` is not litigation). */
  exclude?: string[];
  /** Any of these anywhere in the sentence rules the indicator out. */
  excludeSentence?: string[];
  /** Optional regular expression tested on the clause (custom indicators; checked for safety). */
  pattern?: string;
  builtIn: boolean;
}

/** Why a quantity was matched: the rule that fired and the words that made it fire. */
export interface MatchExplanation {
  /** Human-readable rule, e.g. `clause has [行政复议|复议] + [案件]; unit 件`. */
  pattern: string;
  /** The words found, in the order of the rule's groups. */
  words: string[];
}

export interface IndicatorMatch {
  indicatorId: string | null;
  explanation: MatchExplanation | null;
}
