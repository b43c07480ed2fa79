// Searching the whole library. Strategy: a scan of every report that passes the filters
// (indexOf over width-folded text, or the bounded regex scan), skipping reports whose bigram
// signature rules the query out. Hits are listed up to the cap; past it a report is only
// checked for a first hit (to count the reports hit), which is what makes common words cheap.
// The signature is per report and built once, so there is no index to store or keep in sync.
import type { Heading, RequiredPart, Tier } from '../types.ts';
import { foldText, type FoldedText } from './folded-text.ts';
import { kwic, type KwicRow } from './kwic.ts';
import { hasPlainHit, searchFolded, searchText, type Span } from './search.ts';
import type { Matcher } from './query.ts';
import { candidateTest, type Signature } from './signature.ts';

export interface SearchableReport {
  id: string;
  /** The canonical text, or (as the search worker keeps it) its folded form. */
  text: string | FoldedText;
  /** `signature(folded)`, when the caller keeps it: reports it rules out are not scanned. */
  sig?: Signature;
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
  /** Hits per report with rows (after filters); reports past the cap are only counted. */
  perReport: Record<string, number>;
  /** Reports with at least one hit (after filters), including those past the cap. */
  reportsHit: number;
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

function hitsOf(r: SearchableReport, f: FoldedText, matcher: Matcher, parts?: RequiredPart[]) {
  let hits =
    matcher.mode === 'plain'
      ? searchFolded(f.folded, matcher, Infinity).hits
      : searchText(r.text, matcher, { maxHits: Infinity }).hits;
  if (parts?.length) {
    const spans = partSpans(r.outline ?? [], parts);
    hits = hits.filter((h) => spans.some((s) => h.start >= s.start && h.end <= s.end));
  }
  return hits;
}

function anyHit(r: SearchableReport, f: FoldedText, matcher: Matcher): boolean {
  if (matcher.mode === 'plain') return hasPlainHit(f.folded, matcher);
  return searchText(r.text, matcher, { maxHits: 1 }).hits.length > 0;
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
  const candidate = candidateTest(matcher);
  const parts = filters.parts?.length ? filters.parts : undefined;
  let searched = 0;
  let reportsHit = 0;
  let truncated = false;
  for (const r of reports) {
    if (!passesFilters(r, filters)) continue;
    searched++;
    if (candidate && r.sig && !candidate(r.sig)) continue;
    const f = typeof r.text === 'string' ? foldText(r.text) : r.text;
    if (rows.length >= maxHits && !parts) {
      // Past the cap only "any hit?" matters, and the first one answers it.
      if (anyHit(r, f, matcher)) {
        reportsHit++;
        truncated = true;
      }
      continue;
    }
    const hits = hitsOf(r, f, matcher, parts);
    if (!hits.length) continue;
    reportsHit++;
    const room = maxHits - rows.length;
    if (hits.length > room) truncated = true;
    if (room <= 0) continue;
    perReport[r.id] = hits.length;
    for (const row of kwic(f, hits.slice(0, room), { width: opts.width }))
      rows.push({ reportId: r.id, ...row });
  }
  return { rows, perReport, reportsHit, reportsSearched: searched, truncated };
}
