// Shaped chart data: what each chart draws, already sorted, with every mark traceable to the
// report and passage behind it. Missing values are null (drawn as missing), never 0.
import type { Approx } from '../quantities/types.ts';
import type { REQUIRED_PARTS } from '../types.ts';

export type ChartKind = 'bars' | 'coverage' | 'trend' | 'structure' | 'concreteness';
export const CHART_KINDS: readonly ChartKind[] = [
  'bars',
  'coverage',
  'trend',
  'structure',
  'concreteness',
];

export type PartKey = (typeof REQUIRED_PARTS)[number];

/** Where a click on a mark opens the reader (offset into the canonical text, or the top). */
export interface SourceRef {
  reportId: string;
  at: number | null;
}

/** Why a value is missing: no value in the report, no population to normalise by, or only
 * changes (同比增长) that wait for the user's choice in the metric table. */
export type MissingReason = 'no-value' | 'no-population' | 'choose' | 'no-report';

export interface BarDatum {
  reportId: string;
  label: string;
  value: number | null;
  missing: MissingReason | null;
  approx: Approx;
  /** ≈ ＞ ≥ ≤ or ''. */
  mark: string;
  unit: string;
  /** The expression as written (`96件`), null for manual entries and missing values. */
  text: string | null;
  sentence: string | null;
  at: number | null;
  manual: boolean;
}

export interface BarPanel {
  indicatorId: string;
  name: string;
  unit: string;
  normalised: boolean;
  bars: BarDatum[];
  /** Largest value (null when every bar is missing). */
  max: number | null;
}

export interface BarsData {
  kind: 'bars';
  panels: BarPanel[];
}

export interface HeatRow {
  id: string;
  label: string;
}

export interface HeatCell {
  /** count (segments), share (0–1 of the report's characters) or 1/0 (part present/missing). */
  value: number;
  /** Segments behind the value (parts: sections). */
  count: number;
  /** First passage: opens the reader there; its text is the tooltip's source sentence. */
  at: number | null;
  quote: string | null;
}

export interface HeatmapData {
  kind: 'coverage';
  mode: 'codes' | 'parts';
  metric: 'count' | 'share' | 'presence';
  /** Rows are reports, columns codes or required parts; cells[row][col]. */
  rows: HeatRow[];
  cols: HeatRow[];
  cells: HeatCell[][];
  max: number;
}

export interface TrendPoint {
  year: number;
  value: number | null;
  missing: MissingReason | null;
  reportId: string | null;
  approx: Approx;
  mark: string;
  text: string | null;
  sentence: string | null;
  at: number | null;
}

export interface TrendSeries {
  key: string;
  locality: string;
  /** One point per year of `years`, in order; gaps are points with value null. */
  points: TrendPoint[];
}

export interface TrendData {
  kind: 'trend';
  indicatorId: string;
  name: string;
  unit: string;
  normalised: boolean;
  years: number[];
  series: TrendSeries[];
  /** Reports left out because their year is unknown. */
  undated: number;
}

export interface StructureSegment {
  key: string;
  chars: number;
  share: number;
  /** Start of the first passage of this key (the reader opens there). */
  at: number | null;
  heading: string | null;
}

export interface StructureBar {
  reportId: string;
  label: string;
  chars: number;
  /** One per key of StructureData.keys, in that order (zero-length ones included). */
  segments: StructureSegment[];
}

export interface StructureData {
  kind: 'structure';
  mode: 'parts' | 'codes';
  keys: HeatRow[];
  bars: StructureBar[];
}

export interface ConcretePoint {
  reportId: string;
  label: string;
  chars: number;
  quantities: number;
  perThousand: number;
  /** The first quantity's sentence and offset (an example of what was counted). */
  sentence: string | null;
  at: number | null;
}

export interface ConcretenessData {
  kind: 'concreteness';
  points: ConcretePoint[];
  medianPerThousand: number | null;
  medianChars: number | null;
}

export type ChartData = BarsData | HeatmapData | TrendData | StructureData | ConcretenessData;

export type SortOrder = 'desc' | 'asc' | 'label' | 'hand';
export type AxisOrder = 'hand' | 'label' | 'total' | 'cluster';

/** What a chart shows; saved and exported (data is recomputed from it, or carried in a file). */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Where the reports come from: the compare view's current selection or a saved set. */
  source: { type: 'selection' } | { type: 'set'; id: string; name: string };
  reportIds: string[];
  /** Bars: one or more (small multiples); trend: the first. */
  indicatorIds: string[];
  normalise: boolean;
  sort: SortOrder;
  /** Coverage and structure: required parts or the codes of a codebook. */
  mode: 'parts' | 'codes';
  codebookId: string | null;
  metric: 'count' | 'share';
  rowOrder: AxisOrder;
  colOrder: AxisOrder;
  /** Structure: the key whose share orders the bars (null: the first key). */
  partKey: string | null;
}

export const DEFAULT_SPEC: ChartSpec = {
  kind: 'bars',
  title: '',
  source: { type: 'selection' },
  reportIds: [],
  indicatorIds: [],
  normalise: false,
  sort: 'desc',
  mode: 'parts',
  codebookId: null,
  metric: 'count',
  rowOrder: 'hand',
  colOrder: 'hand',
  partKey: null,
};
