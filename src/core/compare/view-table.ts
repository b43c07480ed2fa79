// The metric table as the UI receives it from the compare worker: packed into typed arrays
// (rows × columns, row-major) so 10,000 reports × 45 indicators cross the worker boundary as a
// few transferred buffers instead of 450,000 cloned objects. The UI reads the cells it renders
// with viewCell(); the mention lists (with sentences) stay in the worker and come on demand.
import type { Approx } from '../quantities/types.ts';
import type { Indicator } from '../indicators/types.ts';
import type { CellSource, MetricCell, MetricTable, RowStats, YearChange } from './metric-table.ts';
import type { CompareColumn, ManualEntry } from './types.ts';
import { mentionId } from './mention-pack.ts';

/** One cell as the UI shows it (made on demand from the packed table). */
export interface ViewCell {
  reportId: string;
  indicatorId: string;
  value: number | null;
  unit: string;
  approx: Approx;
  source: CellSource | null;
  perTenThousand: number | null;
  shown: number | null;
  yoy: YearChange | null;
  extreme: 'max' | 'min' | null;
  manual: ManualEntry | null;
  mentionCount: number;
  /** Id of the mention the value comes from (its sentence comes with the cell's mentions). */
  chosenId: string | null;
}

export interface ViewRow {
  indicator: Indicator;
  stats: RowStats | null;
  maxIds: string[];
  minIds: string[];
}

export interface ViewTable {
  columns: CompareColumn[];
  rows: ViewRow[];
  normalised: boolean;
  yoy: boolean;
  /** Per cell (index r × columns + c); NaN for null. */
  value: Float64Array;
  perTenThousand: Float64Array;
  shown: Float64Array;
  /** Index into `units`. */
  unit: Uint16Array;
  units: string[];
  /** approx (bits 0–2), source (bits 3–4), extreme (bits 5–6). */
  flags: Uint8Array;
  mentionCount: Uint32Array;
  /** Offsets of the chosen mention; -1 when none. */
  chosenStart: Int32Array;
  chosenEnd: Int32Array;
  /** Sparse: cell index → entry (manual entries and year changes are few). */
  manual: [number, ManualEntry][];
  yoyChanges: [number, YearChange][];
}

const APPROX: Approx[] = ['exact', 'more', 'about', 'nearly', 'over', 'at_least', 'at_most'];
const SOURCE: (CellSource | null)[] = [null, 'manual', 'chosen', 'default'];
const EXTREME: ('max' | 'min' | null)[] = [null, 'max', 'min'];

function packed(columns: CompareColumn[], rows: ViewRow[], size: number) {
  return {
    columns,
    rows,
    value: new Float64Array(size),
    perTenThousand: new Float64Array(size),
    shown: new Float64Array(size),
    unit: new Uint16Array(size),
    flags: new Uint8Array(size),
    mentionCount: new Uint32Array(size),
    chosenStart: new Int32Array(size),
    chosenEnd: new Int32Array(size),
  };
}

export const EMPTY_VIEW_TABLE: ViewTable = {
  ...packed([], [], 0),
  normalised: false,
  yoy: false,
  units: [],
  manual: [],
  yoyChanges: [],
};

const num = (x: number | null) => (x === null ? NaN : x);
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function toViewTable(t: MetricTable): ViewTable {
  const n = t.columns.length;
  const rows = t.rows.map(({ indicator, stats, maxIds, minIds }) => ({
    indicator,
    stats,
    maxIds,
    minIds,
  }));
  const out: ViewTable = {
    ...packed([...t.columns], rows, n * t.rows.length),
    normalised: t.normalised,
    yoy: t.yoy,
    units: [],
    manual: [],
    yoyChanges: [],
  };
  const unitIndex = new Map<string, number>();
  t.rows.forEach((row, r) =>
    row.cells.forEach((c: MetricCell, ci) => {
      const i = r * n + ci;
      out.value[i] = num(c.value);
      out.perTenThousand[i] = num(c.perTenThousand);
      out.shown[i] = num(c.shown);
      let u = unitIndex.get(c.unit);
      if (u === undefined) {
        u = out.units.push(c.unit) - 1;
        unitIndex.set(c.unit, u);
      }
      out.unit[i] = u;
      out.flags[i] =
        APPROX.indexOf(c.approx) |
        (SOURCE.indexOf(c.source) << 3) |
        (EXTREME.indexOf(c.extreme) << 5);
      out.mentionCount[i] = c.mentions.length;
      out.chosenStart[i] = c.chosen ? c.chosen.start : -1;
      out.chosenEnd[i] = c.chosen ? c.chosen.end : -1;
      if (c.manual) out.manual.push([i, c.manual]);
      if (c.yoy) out.yoyChanges.push([i, c.yoy]);
    }),
  );
  return out;
}

/** The buffers to transfer (not copy) when posting a view table. */
export function viewTableBuffers(t: ViewTable): ArrayBuffer[] {
  return [
    t.value,
    t.perTenThousand,
    t.shown,
    t.unit,
    t.flags,
    t.mentionCount,
    t.chosenStart,
    t.chosenEnd,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** Cell (row r, column c) of a packed table. */
export function viewCell(t: ViewTable, r: number, c: number): ViewCell {
  const i = r * t.columns.length + c;
  const f = t.flags[i];
  const reportId = t.columns[c].id;
  const s = t.chosenStart[i];
  return {
    reportId,
    indicatorId: t.rows[r].indicator.id,
    value: orNull(t.value[i]),
    unit: t.units[t.unit[i]] ?? '',
    approx: APPROX[f & 7],
    source: SOURCE[(f >> 3) & 3],
    perTenThousand: orNull(t.perTenThousand[i]),
    shown: orNull(t.shown[i]),
    yoy: t.yoyChanges.find(([k]) => k === i)?.[1] ?? null,
    extreme: EXTREME[(f >> 5) & 3],
    manual: t.manual.find(([k]) => k === i)?.[1] ?? null,
    mentionCount: t.mentionCount[i],
    chosenId: s < 0 ? null : mentionId(reportId, s, t.chosenEnd[i]),
  };
}
