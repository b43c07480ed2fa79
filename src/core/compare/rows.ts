// Which indicators are rows of the metric table, in what order, and how they are grouped.
// The user's choice is a list of indicator ids in display order; an empty list means "every
// indicator with a value, in catalogue order" (the default before anything is chosen).
import { OUTLINE_2021 } from '../codebook/template-2021.ts';
import type { Indicator } from '../indicators/types.ts';

/** The chosen indicators in the chosen order (ids no longer in the catalogue are skipped). */
export function selectRows(
  catalogue: readonly Indicator[],
  chosen: readonly string[],
): Indicator[] {
  if (!chosen.length) return [...catalogue];
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  return chosen.map((id) => byId.get(id)).filter((i): i is Indicator => !!i);
}

/**
 * Turn a row on or off. From the default (nothing chosen yet) the rows shown now (`current`)
 * become the choice first, so turning one off keeps the others; a newly chosen row goes last.
 */
export function toggleRow(
  chosen: readonly string[],
  id: string,
  current: readonly string[],
): string[] {
  const ids = chosen.length ? [...chosen] : [...current];
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Move `id` to index `to` (clamped); unknown ids leave the order as it was. */
export function moveRowTo(order: readonly string[], id: string, to: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const next = order.filter((x) => x !== id);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, id);
  return next;
}

/**
 * Move a row one place up (-1) or down (+1). With grouping by area the step skips rows of other
 * areas, so the row moves visibly within its group (a row never leaves its area).
 */
export function moveRow(
  order: readonly string[],
  id: string,
  step: -1 | 1,
  areaOf?: (id: string) => number | undefined,
): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const area = areaOf?.(id);
  let to = from + step;
  while (to >= 0 && to < order.length && areaOf && areaOf(order[to]) !== area) to += step;
  if (to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

export interface RowGroup<T> {
  /** Area 1–9 of the 2021–2025 outline, or null when rows are not grouped. */
  area: number | null;
  rows: T[];
}

/** Rows grouped by their indicator's area (areas ascending, order kept within an area), or one group. */
export function groupRows<T extends { indicator: Pick<Indicator, 'area'> }>(
  rows: readonly T[],
  byArea: boolean,
): RowGroup<T>[] {
  if (!byArea) return rows.length ? [{ area: null, rows: [...rows] }] : [];
  const areas = new Map<number, T[]>();
  for (const r of rows) {
    const list = areas.get(r.indicator.area);
    if (list) list.push(r);
    else areas.set(r.indicator.area, [r]);
  }
  return [...areas.entries()].sort((a, b) => a[0] - b[0]).map(([area, rows]) => ({ area, rows }));
}

const AREA_NAMES = new Map(
  OUTLINE_2021.codes.map((c) => [Number(c.key.slice(5)), c.name.replace(/^2021-\d+\s*/, '')]),
);

/** The 2021–2025 outline's name of an area (`健全行政执法工作体系`), or '' for an unknown one. */
export function areaName(area: number): string {
  return AREA_NAMES.get(area) ?? '';
}
