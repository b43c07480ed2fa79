// Scanning one text with a compiled matcher. Plain terms are found with indexOf over the
// width-folded text; regexes run per paragraph, with long paragraphs cut into bounded chunks
// so even an unlucky pattern only ever backtracks over MAX_UNIT characters.
import { viewOf, type FoldedText } from './folded-text.ts';
import { foldWidth } from './normalize.ts';
import type { Matcher } from './query.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SearchResult {
  hits: Span[];
  /** True when maxHits stopped the scan. */
  truncated: boolean;
}

/** Longest stretch a regex is run over. */
export const MAX_UNIT = 2000;
export const DEFAULT_MAX_HITS = 5000;

/** Paragraphs (split on \n), long ones cut at a sentence end (else hard) to ≤ max chars. */
export function units(text: string | FoldedText, max: number = MAX_UNIT): Span[] {
  const { lines, slice } = viewOf(text);
  const out: Span[] = [];
  let start = 0;
  while (start <= lines.length) {
    let end = lines.indexOf('\n', start);
    if (end === -1) end = lines.length;
    let s = start;
    while (end - s > max) {
      const chunk = slice(s, s + max);
      const cut = Math.max(...['。', '！', '？', '；'].map((p) => chunk.lastIndexOf(p)));
      const e = cut > max / 2 ? s + cut + 1 : s + max;
      out.push({ start: s, end: e });
      s = e;
    }
    if (end > s) out.push({ start: s, end });
    start = end + 1;
  }
  return out;
}

function occurrences(hay: string, term: string, from: number, to: number, out: Span[]): void {
  if (!term) return;
  for (let i = hay.indexOf(term, from); i !== -1 && i + term.length <= to;) {
    out.push({ start: i, end: i + term.length });
    i = hay.indexOf(term, i + term.length);
  }
}

function has(hay: string, term: string, from: number, to: number): boolean {
  const i = hay.indexOf(term, from);
  return i !== -1 && i + term.length <= to;
}

function finish(hits: Span[], maxHits: number): SearchResult {
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = hits.filter(
    (h, i) => i === 0 || h.start !== hits[i - 1]!.start || h.end !== hits[i - 1]!.end,
  );
  return { hits: unique.slice(0, maxHits), truncated: unique.length > maxHits };
}

export interface SearchOptions {
  maxHits?: number;
  /** `foldWidth(text)`, when the caller keeps it cached (plain mode only). */
  folded?: string;
}

/** Hits in a text, kept as is or folded (a regex reads the original, paragraph by paragraph). */
export function searchText(
  text: string | FoldedText,
  matcher: Matcher,
  opts: SearchOptions = {},
): SearchResult {
  const maxHits = opts.maxHits ?? DEFAULT_MAX_HITS;
  const hits: Span[] = [];
  if (matcher.mode === 'regex') {
    const { slice } = viewOf(text);
    const re = new RegExp(
      matcher.regex.source,
      matcher.regex.flags.includes('g') ? matcher.regex.flags : matcher.regex.flags + 'g',
    );
    for (const u of units(text)) {
      const unit = slice(u.start, u.end);
      re.lastIndex = 0;
      for (let m = re.exec(unit); m; m = re.exec(unit)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        hits.push({ start: u.start + m.index, end: u.start + m.index + m[0].length });
        if (hits.length > maxHits) return finish(hits, maxHits);
      }
    }
    return finish(hits, maxHits);
  }
  const hay = typeof text === 'string' ? (opts.folded ?? foldWidth(text)) : text.folded;
  return searchFolded(hay, matcher, maxHits);
}

/** Plain-mode hits in an already width-folded text. */
export function searchFolded(
  hay: string,
  matcher: Extract<Matcher, { mode: 'plain' }>,
  maxHits: number = DEFAULT_MAX_HITS,
): SearchResult {
  const hits: Span[] = [];
  const terms = matcher.all.flat();
  if (matcher.all.length === 1 && !matcher.none.length) {
    for (const t of terms) occurrences(hay, t, 0, hay.length, hits);
    // One term's occurrences come in order and never repeat: nothing to sort or merge.
    if (terms.length === 1)
      return { hits: hits.slice(0, maxHits), truncated: hits.length > maxHits };
    return finish(hits, maxHits);
  }
  // Boolean query: decided per paragraph.
  for (const u of units(hay, Infinity)) {
    if (!paragraphMatches(hay, matcher, u)) continue;
    for (const t of terms) occurrences(hay, t, u.start, u.end, hits);
    if (hits.length > maxHits) break;
  }
  return finish(hits, maxHits);
}

function paragraphMatches(
  hay: string,
  matcher: Extract<Matcher, { mode: 'plain' }>,
  u: Span,
): boolean {
  if (matcher.none.some((t) => has(hay, t, u.start, u.end))) return false;
  return matcher.all.every((any) => any.some((t) => has(hay, t, u.start, u.end)));
}

/** Whether a folded text has any plain-mode hit: stops at the first, counts nothing. */
export function hasPlainHit(hay: string, matcher: Extract<Matcher, { mode: 'plain' }>): boolean {
  if (matcher.all.length === 1 && !matcher.none.length)
    return matcher.all[0]!.some((t) => t !== '' && hay.includes(t));
  // A paragraph can match only if the whole text holds a term of every group.
  if (!matcher.all.every((any) => any.some((t) => t !== '' && hay.includes(t)))) return false;
  for (const u of units(hay, Infinity)) if (paragraphMatches(hay, matcher, u)) return true;
  return false;
}
