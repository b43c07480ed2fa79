// Sorting helpers shared by the charts: by value with missing values always last, by label
// (Chinese collation), or as given. Stable: ties keep the input order.
import type { SortOrder } from './types.ts';

const COLL = new Intl.Collator('zh-CN', { numeric: true });

export function compareLabels(a: string, b: string): number {
  return COLL.compare(a, b);
}

/** Items ordered by `order`; `value` null means missing (last in either direction). */
export function sortBy<T>(
  items: readonly T[],
  order: SortOrder,
  value: (t: T) => number | null,
  label: (t: T) => string,
): T[] {
  const idx = items.map((t, i) => ({ t, i, v: value(t) }));
  if (order === 'hand') return [...items];
  const dir = order === 'asc' ? 1 : -1;
  idx.sort((a, b) => {
    if (order === 'label') return compareLabels(label(a.t), label(b.t)) || a.i - b.i;
    if (a.v === null || b.v === null) return a.v === null ? (b.v === null ? a.i - b.i : 1) : -1;
    return (a.v - b.v) * dir || a.i - b.i;
  });
  return idx.map((e) => e.t);
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
