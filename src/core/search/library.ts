// Searching the whole library. Strategy: a linear scan of every report that passes the filters
// (indexOf over width-folded text, or the bounded regex scan). Reports run to tens of thousands
// of characters, so a library of a few thousand is tens of millions of characters: a scan is
// fast enough in a worker and needs no index to build, store or keep in sync.
import type { Heading, RequiredPart, Tier } from '../types.ts';
import { kwic, type KwicRow } from './kwic.ts';
import { searchText, type Span } from './search.ts';
import type { Matcher } from './query.ts';

export interface SearchableReport {
  id: string;
  text: string;
  /** `foldWidth(text)` if the caller caches it. */
  folded?: string;
  year?: number | null;
  tier?: Tier | null;
  province?: string | null;
  /** Needed for the required-part filter. */
  outline?: Heading[];
}

export interface LibraryFilters {
  reportIds?: string[];
  years?: number[];
  tiers?: Tier[];
  provinces?: string[];
  /** Keep hits inside level-1 sections recognised as these parts. */
  parts?: RequiredPart[];
}

export interface LibraryHit extends KwicRow {
  reportId: string;
}

export interface LibraryResult {
  rows: LibraryHit[];
  /** Hits per report id (after filters), including reports cut by maxHits. */
  perReport: Record<string, number>;
  reportsSearched: number;
  truncated: boolean;
}

export function passesFilters(r: SearchableReport, f: LibraryFilters): boolean {
  if (f.reportIds?.length && !f.reportIds.includes(r.id)) return false;
  if (f.years?.length && (r.year == null || !f.years.includes(r.year))) return false;
  if (f.tiers?.length && (r.tier == null || !f.tiers.includes(r.tier))) return false;
  if (f.provinces?.length && (r.province == null || !f.provinces.includes(r.province)))
    return false;
  return true;
}

/** The spans of level-1 sections whose part is one of `parts`. */
export function partSpans(outline: readonly Heading[], parts: readonly RequiredPart[]): Span[] {
  return outline
    .filter((h) => h.level === 1 && h.part !== undefined && parts.includes(h.part))
    .map((h) => ({ start: h.start, end: h.sectionEnd }));
}

export function searchLibrary(
  reports: readonly SearchableReport[],
  matcher: Matcher,
  filters: LibraryFilters = {},
  opts: { maxHits?: number; width?: number } = {},
): LibraryResult {
  const maxHits = opts.maxHits ?? 5000;
  const rows: LibraryHit[] = [];
  const perReport: Record<string, number> = {};
  let searched = 0;
  let truncated = false;
  for (const r of reports) {
    if (!passesFilters(r, filters)) continue;
    searched++;
    let { hits } = searchText(r.text, matcher, { folded: r.folded, maxHits: Infinity });
    if (filters.parts?.length) {
      const spans = partSpans(r.outline ?? [], filters.parts);
      hits = hits.filter((h) => spans.some((s) => h.start >= s.start && h.end <= s.end));
    }
    if (!hits.length) continue;
    perReport[r.id] = hits.length;
    const room = maxHits - rows.length;
    if (hits.length > room) truncated = true;
    for (const row of kwic(r.text, hits.slice(0, Math.max(0, room)), { width: opts.width }))
      rows.push({ reportId: r.id, ...row });
  }
  return { rows, perReport, reportsSearched: searched, truncated };
}
