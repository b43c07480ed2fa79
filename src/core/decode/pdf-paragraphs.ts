// Visual lines of all pages → paragraphs: running headers, footers and page numbers removed,
// wrapped lines joined back (no space between CJK characters).
import type { PdfLine } from './pdf-lines.ts';

const PAGE_NUMBER = [
  /^[-—–－~_·•\s]*\d{1,4}[-—–－~_·•\s]*$/, // 3  - 3 -  — 3 —
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页  第3页，共12页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/, // 共12页 第3页
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/12
  /^(page\s*)?\d{1,4}(\s*of\s*\d{1,4})?$/i, // Page 3 of 12
];

// 一、  （一）/(一)  1. 1、 1．  （1）/(1): a new paragraph starts here. `4.5万` is not a marker.
const HEADING_START =
  /^([一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])/;
const CONTINUES = /[，、,（(“‘《]$/;
// Wrapped English words get their space back; Chinese (even with half-width ,:) gets none.
const LATIN_END = /[A-Za-z][,.;:!?)]?$/;
const LATIN_START = /^[A-Za-z0-9(]/;

export interface PdfParagraphs {
  text: string;
  /** Lines dropped as running headers, footers or page numbers. */
  furniture: string[];
}

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** Join the body lines of all pages into paragraphs. `pages` are top-to-bottom line lists. */
export function linesToParagraphs(pages: PdfLine[][]): PdfParagraphs {
  const { body, furniture } = removeFurniture(pages);
  const all = body.flat();
  if (all.length === 0) return { text: '', furniture };

  const size = median(all.map((l) => l.size));
  const left = modeOf(all.map((l) => Math.round(l.x)));
  const right = percentile(
    all.map((l) => l.xEnd),
    0.9,
  );
  const gaps = body.flatMap((lines) =>
    lines
      .slice(1)
      .map((l, i) => lines[i]!.y - l.y)
      .filter((g) => g > 0),
  );
  const lineGap = gaps.length ? median(gaps) : size * 1.5;

  const paragraphs: string[] = [];
  let prev: PdfLine | null = null;
  let prevPage = -1;
  body.forEach((lines, page) => {
    for (const line of lines) {
      const samePage = page === prevPage;
      // A title or heading set larger than the body and wrapped (often centred): one paragraph.
      const wrappedTitle =
        prev !== null &&
        samePage &&
        line.size > 1.1 * size &&
        Math.abs(line.size - prev.size) <= 0.05 * prev.size &&
        !/[。！？：；!?:;]$/.test(prev.text);
      const startsNew =
        prev === null ||
        (!wrappedTitle && line.x - left > 0.8 * size) ||
        HEADING_START.test(line.text) ||
        Math.abs(line.size - prev.size) > 0.15 * prev.size ||
        (samePage && prev.y - line.y > 1.8 * lineGap) ||
        // A short line ends its paragraph (。！？：； or a title), unless it stops mid-clause.
        (prev.xEnd < right - 2 * size && !CONTINUES.test(prev.text));
      if (startsNew) paragraphs.push(line.text);
      else {
        const last = paragraphs[paragraphs.length - 1]!;
        const space = LATIN_END.test(last) && LATIN_START.test(line.text) ? ' ' : '';
        paragraphs[paragraphs.length - 1] = last + space + line.text;
      }
      prev = line;
      prevPage = page;
    }
  });
  return { text: paragraphs.join('\n'), furniture };
}

/**
 * Running headers/footers: among the first and last two lines of each page, text that recurs
 * (digits ignored, so `第 2 页` and `第 3 页` match) on at least half the pages; and page numbers.
 */
function removeFurniture(pages: PdfLine[][]): { body: PdfLine[][]; furniture: string[] } {
  // Same text (digits aside) at the same height: a body title equal to the header is kept.
  const key = (l: PdfLine) =>
    `${Math.round(l.y / 4)}:${l.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const edgeIndices = (lines: PdfLine[]) =>
    [...new Set([0, 1, lines.length - 2, lines.length - 1])].filter(
      (i) => i >= 0 && i < lines.length,
    );
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edgeIndices(lines).map((i) => key(lines[i]!)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(pages.length / 2));
  const furniture: string[] = [];
  const body = pages.map((lines) => {
    const edges = new Set(edgeIndices(lines));
    return lines.filter((line, i) => {
      if (!edges.has(i)) return true;
      const drop = (counts.get(key(line)) ?? 0) >= minRepeats || isPageNumber(line.text);
      if (drop) furniture.push(line.text);
      return !drop;
    });
  });
  return { body, furniture };
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Most common value (ties: the smallest, i.e. the leftmost margin). */
function modeOf(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  }
  return best;
}
