// The metric table built straight from packed mention sets into the packed view table: the
// same cells as buildMetricTable + toViewTable (tests/unit/compare/packed-table.test.ts holds
// them side by side), without making a Mention per quantity or a MetricCell per cell — at
// 10,000 reports × 45 indicators those 600,000 objects cost more than the table itself.
// Rules (see metric-table.ts): manual entry, else the chosen mention, else the first level
// (not a change) in text order with an exact number, else the first level.
import type { Indicator } from '../indicators/types.ts';
import { isYearSeries, median, type RowStats, type YearChange } from './metric-table.ts';
import { mentionId, unpackMention, type PackedMentions } from './mention-pack.ts';
import type { CellChoice, CompareColumn, Mention } from './types.ts';
import type { ViewRow, ViewTable } from './view-table.ts';

export interface PackedOptions {
  /** User choices by cellKey(reportId, indicatorId). */
  choices?: ReadonlyMap<string, CellChoice>;
  /** Residents by CompareColumn.localityKey. */
  populations?: ReadonlyMap<string, number>;
  normalise?: boolean;
  keepEmptyRows?: boolean;
}

const APPROX_CODE: Record<string, number> = {
  exact: 0,
  more: 1,
  about: 2,
  nearly: 3,
  over: 4,
  at_least: 5,
  at_most: 6,
};
const SOURCE_MANUAL = 1 << 3;
const SOURCE_CHOSEN = 2 << 3;
const SOURCE_DEFAULT = 3 << 3;
const EXTREME_MAX = 1 << 5;
const EXTREME_MIN = 2 << 5;

const normalisable = (ind: Indicator) => ind.kind === 'count' || ind.kind === 'money';

/** Earlier in the text; equal starts keep the earlier mention of the set. */
const before = (p: PackedMentions, i: number, j: number) => j < 0 || p.starts[i] < p.starts[j];

export function buildPackedTable(
  columns: readonly CompareColumn[],
  indicators: readonly Indicator[],
  sets: ReadonlyMap<string, PackedMentions>,
  opts: PackedOptions = {},
): ViewTable {
  const n = columns.length;
  const m = indicators.length;
  const rowOf = new Map(indicators.map((ind, r) => [ind.id, r]));
  const size = n * m;
  const count = new Uint32Array(size);
  const first = new Int32Array(size).fill(-1); // any mention, earliest
  const level = new Int32Array(size).fill(-1); // earliest level
  const exact = new Int32Array(size).fill(-1); // earliest exact level
  const packs: (PackedMentions | undefined)[] = columns.map((c) => sets.get(c.id));
  packs.forEach((p, c) => {
    if (!p) return;
    for (let i = 0; i < p.values.length; i++) {
      const r = rowOf.get(p.indicatorIds[i]);
      if (r === undefined) continue;
      const k = r * n + c;
      count[k]++;
      if (before(p, i, first[k])) first[k] = i;
      if (p.change[i]) continue;
      if (before(p, i, level[k])) level[k] = i;
      if (p.approx[i] === 'exact' && before(p, i, exact[k])) exact[k] = i;
    }
  });

  const value = new Float64Array(size).fill(NaN);
  const perTenThousand = new Float64Array(size).fill(NaN);
  const shown = new Float64Array(size).fill(NaN);
  const unit = new Uint16Array(size);
  const flags = new Uint8Array(size);
  const chosenStart = new Int32Array(size).fill(-1);
  const chosenEnd = new Int32Array(size).fill(-1);
  const units: string[] = [''];
  const unitIndex = new Map<string, number>([['', 0]]);
  const unitOf = (u: string) => {
    let x = unitIndex.get(u);
    if (x === undefined) unitIndex.set(u, (x = units.push(u) - 1));
    return x;
  };
  const manual: ViewTable['manual'] = [];
  const pops = columns.map((c) => opts.populations?.get(c.localityKey));

  for (let c = 0; c < n; c++) {
    const p = packs[c];
    const reportId = columns[c].id;
    for (let r = 0; r < m; r++) {
      const k = r * n + c;
      const ind = indicators[r];
      const choice = opts.choices?.size ? opts.choices.get(`${reportId}:${ind.id}`) : undefined;
      let picked = -1;
      if (choice?.quantityId && p && count[k])
        for (let i = 0; i < p.values.length; i++)
          if (
            p.indicatorIds[i] === ind.id &&
            mentionId(reportId, p.starts[i], p.ends[i]) === choice.quantityId
          ) {
            picked = i;
            break;
          }
      const man = choice?.manual ?? null;
      const chosen = man ? -1 : picked >= 0 ? picked : exact[k] >= 0 ? exact[k] : level[k];
      let v: number | null = null;
      if (man) {
        v = man.value;
        manual.push([k, man]);
        flags[k] = SOURCE_MANUAL;
        unit[k] = unitOf(man.unit);
      } else if (chosen >= 0 && p) {
        v = p.values[chosen];
        flags[k] = APPROX_CODE[p.approx[chosen]] | (picked >= 0 ? SOURCE_CHOSEN : SOURCE_DEFAULT);
        unit[k] = unitOf(p.units[chosen]);
        chosenStart[k] = p.starts[chosen];
        chosenEnd[k] = p.ends[chosen];
      } else if (first[k] >= 0 && p) unit[k] = unitOf(p.units[first[k]]);
      if (v === null) continue;
      value[k] = v;
      const pop = pops[c];
      const norm = normalisable(ind);
      const per = norm && pop && pop > 0 ? (v / pop) * 10_000 : null;
      if (per !== null) perTenThousand[k] = per;
      const s = opts.normalise && norm ? per : v;
      if (s !== null) shown[k] = s;
    }
  }

  // Rows to keep, year-over-year changes and statistics.
  const yoyChanges: [number, YearChange][] = [];
  const byYear = isYearSeries(columns)
    ? columns.map((col, i) => ({ year: col.year!, i })).sort((a, b) => a.year - b.year)
    : null;
  const kept: number[] = [];
  const rows: ViewRow[] = [];
  for (let r = 0; r < m; r++) {
    const base = r * n;
    let any = !!opts.keepEmptyRows;
    for (let c = 0; c < n && !any; c++) any = count[base + c] > 0 || !Number.isNaN(value[base + c]);
    if (!any) continue;
    kept.push(r);
    if (byYear)
      for (let q = 1; q < byYear.length; q++) {
        const cur = shown[base + byYear[q].i];
        const prev = shown[base + byYear[q - 1].i];
        if (Number.isNaN(cur) || Number.isNaN(prev)) continue;
        const delta = cur - prev;
        yoyChanges.push([
          base + byYear[q].i,
          {
            previous: columns[byYear[q - 1].i].id,
            delta,
            ratio: prev === 0 ? null : delta / prev,
          },
        ]);
      }
    const vals: number[] = [];
    let min = Infinity;
    let max = -Infinity;
    for (let c = 0; c < n; c++) {
      const s = shown[base + c];
      if (Number.isNaN(s)) continue;
      vals.push(s);
      if (s < min) min = s;
      if (s > max) max = s;
    }
    const stats: RowStats | null = vals.length
      ? { min, max, median: median(vals), count: vals.length }
      : null;
    const maxIds: string[] = [];
    const minIds: string[] = [];
    if (stats && vals.length >= 2 && min !== max)
      for (let c = 0; c < n; c++) {
        const s = shown[base + c];
        if (s === max) {
          flags[base + c] |= EXTREME_MAX;
          maxIds.push(columns[c].id);
        } else if (s === min) {
          flags[base + c] |= EXTREME_MIN;
          minIds.push(columns[c].id);
        }
      }
    rows.push({ indicator: indicators[r], stats, maxIds, minIds });
  }

  // Only the kept rows, in order (cell index r × n + c renumbered).
  const remap = new Int32Array(m).fill(-1);
  kept.forEach((r, k) => (remap[r] = k));
  const pick = <A extends Float64Array | Uint16Array | Uint8Array | Uint32Array | Int32Array>(
    a: A,
  ): A => {
    if (kept.length === m) return a;
    const out = new (a.constructor as new (len: number) => A)(kept.length * n);
    kept.forEach((r, k) => out.set(a.subarray(r * n, r * n + n), k * n));
    return out;
  };
  const re = <T>(list: [number, T][]): [number, T][] =>
    list
      .map(([k, x]): [number, T] => [remap[Math.floor(k / n)] * n + (k % n), x])
      .filter(([k]) => k >= 0);
  return {
    columns: [...columns],
    rows,
    normalised: !!opts.normalise,
    yoy: !!byYear,
    value: pick(value),
    perTenThousand: pick(perTenThousand),
    shown: pick(shown),
    unit: pick(unit),
    units,
    flags: pick(flags),
    mentionCount: pick(count),
    chosenStart: pick(chosenStart),
    chosenEnd: pick(chosenEnd),
    manual: re(manual),
    yoyChanges: re(yoyChanges),
  };
}

/** Column order by one row's shown values (missing last, whatever the direction). */
export function sortPackedColumns(
  t: ViewTable,
  indicatorId: string,
  dir: 1 | -1 = -1,
): CompareColumn[] {
  const r = t.rows.findIndex((x) => x.indicator.id === indicatorId);
  if (r < 0) return t.columns;
  const n = t.columns.length;
  return t.columns
    .map((c, i) => ({ c, v: t.shown[r * n + i], i }))
    .sort((a, b) => {
      const an = Number.isNaN(a.v);
      const bn = Number.isNaN(b.v);
      return an && bn ? a.i - b.i : an ? 1 : bn ? -1 : (a.v - b.v) * dir || a.i - b.i;
    })
    .map((e) => e.c);
}

/** Every mention of one indicator in one report's set, in text order. */
export function packedMentionsOf(
  reportId: string,
  p: PackedMentions | undefined,
  indicatorId: string,
): Mention[] {
  if (!p) return [];
  const out: Mention[] = [];
  for (let i = 0; i < p.values.length; i++)
    if (p.indicatorIds[i] === indicatorId) out.push(unpackMention(reportId, p, i));
  return out.sort((a, b) => a.start - b.start);
}
