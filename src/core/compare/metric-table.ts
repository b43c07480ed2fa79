// The metric table: indicators (rows) × reports (columns), each cell traceable to its sentence.
//
// Which value a cell shows, strongest first:
//   1. a manual entry typed by the user (value + note);
//   2. the mention the user chose (by quantity id; a choice whose quantity no longer exists is
//      ignored);
//   3. the default: the first mention in text order that is a level (not a change such as
//      `同比增长40%`) with an exact number; failing that the first level with an approximation
//      (`约`, `余` …). A cell whose mentions are all changes has no default: it lists them and
//      waits for a choice.
// Missing values are null, never 0, and are left out of the row statistics.
import type { Indicator } from '../indicators/types.ts';
import type { Approx } from '../quantities/types.ts';
import {
  cellKey,
  type CellChoice,
  type CompareColumn,
  type ManualEntry,
  type Mention,
} from './types.ts';

export type CellSource = 'manual' | 'chosen' | 'default';

export interface YearChange {
  /** Column id of the previous year. */
  previous: string;
  delta: number;
  /** delta / previous value; null when the previous value is 0. */
  ratio: number | null;
}

export interface MetricCell {
  reportId: string;
  indicatorId: string;
  /** Every mention of the indicator in the report, in text order. */
  mentions: Mention[];
  /** The mention the value comes from (null for manual entries and empty cells). */
  chosen: Mention | null;
  manual: ManualEntry | null;
  source: CellSource | null;
  /** The value as reported (in `unit`), or null when missing. */
  value: number | null;
  unit: string;
  approx: Approx;
  /** Per 10,000 residents (counts and money only, when a population is known). */
  perTenThousand: number | null;
  /** The number the row statistics use: perTenThousand when normalising, else value. */
  shown: number | null;
  yoy: YearChange | null;
  extreme: 'max' | 'min' | null;
}

export interface RowStats {
  min: number;
  max: number;
  median: number;
  /** Cells with a value. */
  count: number;
}

export interface MetricRow {
  indicator: Indicator;
  cells: MetricCell[];
  stats: RowStats | null;
  /** Column ids of the highest and lowest cells (empty unless the row has two different values). */
  maxIds: string[];
  minIds: string[];
}

export interface MetricTable {
  columns: CompareColumn[];
  rows: MetricRow[];
  normalised: boolean;
  /** True when the columns are one locality's years, so cells carry year-over-year changes. */
  yoy: boolean;
}

export interface MetricOptions {
  /** User choices by cellKey(reportId, indicatorId). */
  choices?: ReadonlyMap<string, CellChoice>;
  /** Residents by CompareColumn.localityKey. */
  populations?: ReadonlyMap<string, number>;
  normalise?: boolean;
  /** Keep indicators with no value and no mention in any column (default: drop them). */
  keepEmptyRows?: boolean;
}

/** The default mention of a cell (see the header comment), or null. */
export function defaultMention(mentions: readonly Mention[]): Mention | null {
  // Most cells have no mention or one: no sorting needed (450,000 cells at 10,000 reports).
  if (mentions.length === 0) return null;
  if (mentions.length === 1) return mentions[0].change ? null : mentions[0];
  const levels = mentions.filter((m) => !m.change).sort((a, b) => a.start - b.start);
  return levels.find((m) => m.approx === 'exact') ?? levels[0] ?? null;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function normalisable(ind: Indicator): boolean {
  return ind.kind === 'count' || ind.kind === 'money';
}

function buildCell(
  col: CompareColumn,
  ind: Indicator,
  mentions: Mention[],
  opts: MetricOptions,
  pop: number | undefined,
): MetricCell {
  const choice = opts.choices?.size ? opts.choices.get(cellKey(col.id, ind.id)) : undefined;
  const manual = choice?.manual ?? null;
  const picked = choice?.quantityId ? mentions.find((m) => m.id === choice.quantityId) : undefined;
  const chosen = manual ? null : (picked ?? defaultMention(mentions));
  const source: CellSource | null = manual
    ? 'manual'
    : picked
      ? 'chosen'
      : chosen
        ? 'default'
        : null;
  const value = manual ? manual.value : (chosen?.value ?? null);
  const perTenThousand =
    value !== null && normalisable(ind) && pop && pop > 0 ? (value / pop) * 10_000 : null;
  const shown = opts.normalise && normalisable(ind) ? perTenThousand : value;
  return {
    reportId: col.id,
    indicatorId: ind.id,
    mentions,
    chosen,
    manual,
    source,
    value,
    unit: manual ? manual.unit : (chosen?.unit ?? mentions[0]?.unit ?? ''),
    approx: manual ? 'exact' : (chosen?.approx ?? 'exact'),
    perTenThousand,
    shown,
    yoy: null,
    extreme: null,
  };
}

/** True when the columns are one locality's reports, each of a different known year. */
export function isYearSeries(columns: readonly CompareColumn[]): boolean {
  if (columns.length < 2) return false;
  const years = columns.map((c) => c.year);
  return (
    columns.every((c) => c.localityKey === columns[0].localityKey) &&
    years.every((y) => y !== null) &&
    new Set(years).size === years.length
  );
}

function addYearChanges(columns: readonly CompareColumn[], cells: MetricCell[]) {
  const byYear = columns.map((c, i) => ({ year: c.year!, i })).sort((a, b) => a.year - b.year);
  for (let k = 1; k < byYear.length; k++) {
    const cur = cells[byYear[k].i];
    const prev = cells[byYear[k - 1].i];
    if (cur.shown === null || prev.shown === null) continue;
    const delta = cur.shown - prev.shown;
    cur.yoy = {
      previous: columns[byYear[k - 1].i].id,
      delta,
      ratio: prev.shown === 0 ? null : delta / prev.shown,
    };
  }
}

function rowStats(cells: MetricCell[]): Pick<MetricRow, 'stats' | 'maxIds' | 'minIds'> {
  const vals: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  // A loop, not Math.min(...vals): spreading tens of thousands of arguments can overflow.
  for (const c of cells) {
    if (c.shown === null) continue;
    vals.push(c.shown);
    if (c.shown < min) min = c.shown;
    if (c.shown > max) max = c.shown;
  }
  if (!vals.length) return { stats: null, maxIds: [], minIds: [] };
  const stats: RowStats = { min, max, median: median(vals), count: vals.length };
  if (vals.length < 2 || stats.min === stats.max) return { stats, maxIds: [], minIds: [] };
  const maxIds: string[] = [];
  const minIds: string[] = [];
  for (const c of cells) {
    if (c.shown === stats.max) {
      c.extreme = 'max';
      maxIds.push(c.reportId);
    } else if (c.shown === stats.min) {
      c.extreme = 'min';
      minIds.push(c.reportId);
    }
  }
  return { stats, maxIds, minIds };
}

/** Build the table. `mentions` may hold any reports and indicators; others are ignored. */
export function buildMetricTable(
  columns: readonly CompareColumn[],
  indicators: readonly Indicator[],
  mentions: readonly Mention[],
  opts: MetricOptions = {},
): MetricTable {
  // Indicator → report → mentions: nested maps, no key string per cell.
  const grouped = new Map<string, Map<string, Mention[]>>();
  for (const m of mentions) {
    let byReport = grouped.get(m.indicatorId);
    if (!byReport) grouped.set(m.indicatorId, (byReport = new Map()));
    const list = byReport.get(m.reportId);
    if (list) list.push(m);
    else byReport.set(m.reportId, [m]);
  }
  for (const byReport of grouped.values())
    for (const list of byReport.values())
      if (list.length > 1) list.sort((a, b) => a.start - b.start);
  const pops = columns.map((c) => opts.populations?.get(c.localityKey));
  const yoy = isYearSeries(columns);
  const rows: MetricRow[] = [];
  for (const ind of indicators) {
    const byReport = grouped.get(ind.id);
    const cells = columns.map((col, i) =>
      buildCell(col, ind, byReport?.get(col.id) ?? [], opts, pops[i]),
    );
    if (!opts.keepEmptyRows && cells.every((c) => c.value === null && !c.mentions.length)) continue;
    if (yoy) addYearChanges(columns, cells);
    rows.push({ indicator: ind, cells, ...rowStats(cells) });
  }
  return { columns: [...columns], rows, normalised: !!opts.normalise, yoy };
}

/** Column order by one row's values (missing last, whatever the direction). */
export function sortColumnsByRow(
  table: MetricTable,
  indicatorId: string,
  dir: 1 | -1 = -1,
): CompareColumn[] {
  const row = table.rows.find((r) => r.indicator.id === indicatorId);
  if (!row) return table.columns;
  return table.columns
    .map((c, i) => ({ c, v: row.cells[i].shown, i }))
    .sort((a, b) =>
      a.v === null && b.v === null
        ? a.i - b.i
        : a.v === null
          ? 1
          : b.v === null
            ? -1
            : (a.v - b.v) * dir || a.i - b.i,
    )
    .map((e) => e.c);
}

/** Columns by locality then year, or by year then locality (stable). */
export function orderColumns(
  columns: readonly CompareColumn[],
  by: 'locality' | 'year',
): CompareColumn[] {
  const coll = new Intl.Collator('zh-CN');
  const yr = (c: CompareColumn) => c.year ?? Number.MAX_SAFE_INTEGER;
  return [...columns].sort((a, b) =>
    by === 'year'
      ? yr(a) - yr(b) || coll.compare(a.locality, b.locality)
      : coll.compare(a.locality, b.locality) || yr(a) - yr(b),
  );
}

/** The mark shown before a value: ≈ about/nearly, ＞ more/over, ≥ at least, ≤ at most. */
export function approxMark(a: Approx): string {
  switch (a) {
    case 'about':
    case 'nearly':
      return '≈';
    case 'more':
    case 'over':
      return '＞';
    case 'at_least':
      return '≥';
    case 'at_most':
      return '≤';
    default:
      return '';
  }
}
