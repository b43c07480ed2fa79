// Inputs of the comparison builders: plain data the state layer assembles from stored records.
import type { Approx } from '../quantities/types.ts';

/** A report as a column of a table or grid. */
export interface CompareColumn {
  id: string;
  /** Short label for the header (`青山区 2021`). */
  label: string;
  locality: string;
  /** Key of the locality for the population map (see localityKey). */
  localityKey: string;
  year: number | null;
}

/** One quantity of one report, with the user's decisions already applied (rejected ones left out). */
export interface Mention {
  /** The quantity id, `${reportId}:${start}:${end}`. */
  id: string;
  reportId: string;
  indicatorId: string;
  /** In `unit` (base unit: `1.2亿元` → 120000000 元). */
  value: number;
  unit: string;
  approx: Approx;
  /** The expression as written (`96件`, `90%以上`). */
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence, when the caller has the text (for popovers and exports). */
  sentence?: string;
  /** True when the number is a change (`同比减少40%`), not a level. */
  change: boolean;
}

/** A value typed in by the user for one cell; wins over every mention. */
export interface ManualEntry {
  value: number;
  unit: string;
  note: string;
}

/** What the user decided for one cell (report × indicator). */
export interface CellChoice {
  /** Chosen mention (quantity id); ignored when it no longer exists. */
  quantityId?: string | null;
  manual?: ManualEntry | null;
}

export const cellKey = (reportId: string, indicatorId: string) => `${reportId}:${indicatorId}`;

/** The key a population is stored under: the same name in another province is another place. */
export function localityKey(province: string | null, prefecture: string | null, name: string) {
  return [province ?? '', prefecture ?? '', name].join('/');
}
