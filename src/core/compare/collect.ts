// Small collection helpers the comparison state uses (pure; read-only results).

/** A read-only map from each item's key to its value (the last item wins on duplicate keys). */
export function indexBy<T, V = T>(
  items: readonly T[],
  key: (t: T) => string,
  value: (t: T) => V = (t) => t as unknown as V,
): ReadonlyMap<string, V> {
  return new Map(items.map((t) => [key(t), value(t)]));
}

/** Ids without repeats, first occurrence kept. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export interface LocalitySeries {
  key: string;
  name: string;
  /** Number of reports of the locality. */
  reports: number;
}

/** Localities with more than one report (for the "same locality across years" shortcut). */
export function localitySeries(rows: readonly { key: string; name: string }[]): LocalitySeries[] {
  const m = new Map<string, LocalitySeries>();
  for (const r of rows) {
    const e = m.get(r.key) ?? { key: r.key, name: r.name, reports: 0 };
    e.reports++;
    m.set(r.key, e);
  }
  return [...m.values()].filter((e) => e.reports > 1);
}
