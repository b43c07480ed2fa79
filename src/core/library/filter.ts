// Filtering and sorting the library table: pure, so it is tested in Node and fast on 10k rows.
import type { PartPresence, REQUIRED_PARTS } from '../types.ts';

export interface LibraryRow {
  title: string;
  localityName: string;
  province: string;
  tier: string;
  year: number | null;
  issuer: string | null;
  parts: PartPresence;
  importedAt: number;
  chars: number;
}

export interface LibraryFilter {
  text: string;
  tier: string;
  year: string;
  province: string;
  /** A required part the report must be missing ('' for any). */
  missing: '' | (typeof REQUIRED_PARTS)[number];
}

export type SortKey =
  'title' | 'localityName' | 'tier' | 'province' | 'year' | 'chars' | 'importedAt' | 'parts';

export const EMPTY_FILTER: LibraryFilter = {
  text: '',
  tier: '',
  year: '',
  province: '',
  missing: '',
};

const TIER_ORDER: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3 };

export function filterRows<T extends LibraryRow>(rows: readonly T[], f: LibraryFilter): T[] {
  const needle = f.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!needle ||
        r.title.toLowerCase().includes(needle) ||
        r.localityName.includes(needle) ||
        r.province.includes(needle) ||
        (r.issuer ?? '').includes(needle)) &&
      (!f.tier || r.tier === f.tier) &&
      (!f.year || String(r.year ?? '') === f.year) &&
      (!f.province || r.province === f.province) &&
      (!f.missing || !r.parts[f.missing]),
  );
}

function partsCount(p: PartPresence): number {
  return Object.values(p).filter(Boolean).length;
}

function key(r: LibraryRow, k: SortKey): string | number {
  switch (k) {
    case 'tier':
      return TIER_ORDER[r.tier] ?? 9;
    case 'year':
      return r.year ?? -1;
    case 'parts':
      return partsCount(r.parts);
    case 'chars':
    case 'importedAt':
      return r[k];
    default:
      return r[k] ?? '';
  }
}

/** Stable sort; Chinese strings compare by pinyin-ish collation (zh locale). */
export function sortRows<T extends LibraryRow>(rows: readonly T[], k: SortKey, dir: 1 | -1): T[] {
  const collator = new Intl.Collator('zh-CN');
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = key(a.r, k);
      const y = key(b.r, k);
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return c * dir || a.i - b.i;
    })
    .map((e) => e.r);
}

/** Distinct non-empty values of a column, sorted, for the filter drop-downs. */
export function distinct<T extends LibraryRow>(
  rows: readonly T[],
  pick: (r: T) => string | number | null,
): string[] {
  const s = new Set<string>();
  for (const r of rows) {
    const v = pick(r);
    if (v !== null && v !== '') s.add(String(v));
  }
  return [...s].sort(new Intl.Collator('zh-CN').compare);
}
