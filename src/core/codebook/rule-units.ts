// The text units a rule codes: sentences, paragraphs (lines) and outline sections.
import type { Heading } from '../types.ts';

export interface Unit {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
// A closing quote or bracket right after a sentence end belongs to that sentence: `…。”`
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '】']);
const isSpace = (c: string) =>
  c === ' ' || c === '\u3000' || c === '\t' || c === '\r' || c === '\u00a0';

/** Trims spaces (incl. full-width indentation) off both ends; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Unit | null {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** Sentences, ending after 。！？； (and ASCII !?;) or at a line break, without indentation. */
export function sentences(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      const u = trimmed(text, start, i);
      if (u) out.push(u);
      start = i + 1;
    } else if (SENTENCE_END.has(c)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || SENTENCE_END.has(text[end]!))) end++;
      const u = trimmed(text, start, end);
      if (u) out.push(u);
      start = end;
      i = end - 1;
    }
  }
  const last = trimmed(text, start, text.length);
  if (last) out.push(last);
  return out;
}

/** Lines with text, without indentation or trailing spaces. */
export function paragraphs(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const u = trimmed(text, start, end);
    if (u) out.push(u);
    start = end + 1;
  }
  return out;
}

/**
 * Sections as units. With a level: the sections of that level (heading to sectionEnd).
 * Without: each heading's own text, up to its first sub-heading, so units never overlap.
 */
export function sections(outline: readonly Heading[], level?: Heading['level']): Unit[] {
  const sorted = [...outline].sort((a, b) => a.start - b.start);
  if (level !== undefined)
    return sorted
      .filter((h) => h.level === level)
      .map((h) => ({ start: h.start, end: h.sectionEnd }));
  return sorted.map((h, i) => {
    const next = sorted[i + 1];
    const end = next && next.start < h.sectionEnd ? next.start : h.sectionEnd;
    return { start: h.start, end };
  });
}

/** Index of the unit containing [start, end), by binary search over sorted, disjoint units. */
export function unitIndexOf(units: readonly Unit[], start: number, end: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (start < u.start) hi = mid - 1;
    else if (start >= u.end) lo = mid + 1;
    else return end <= u.end ? mid : -1;
  }
  return -1;
}
