// Windowing for the virtualised metric table: which rows and columns intersect the viewport,
// how far to scroll to reveal a cell, and where the arrow keys move the active cell. Pure
// arithmetic over prefix sums, so it is testable without a DOM.

/** Prefix sums: offsets[i] is where item i starts, offsets[n] the total size. */
export function offsets(sizes: readonly number[]): number[] {
  const out = new Array<number>(sizes.length + 1);
  out[0] = 0;
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i] + sizes[i];
  return out;
}

/** The first index whose item ends after `pos` (binary search; n when pos is past the end). */
function indexAt(offs: readonly number[], pos: number): number {
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid + 1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items [from, to) that intersect [scroll, scroll + view), widened by `overscan` each side. */
export function visibleRange(
  offs: readonly number[],
  scroll: number,
  view: number,
  overscan = 2,
): { from: number; to: number } {
  const n = offs.length - 1;
  if (n <= 0) return { from: 0, to: 0 };
  const first = indexAt(offs, Math.max(0, scroll));
  const last = indexAt(offs, Math.max(0, scroll + Math.max(view, 1) - 1));
  return { from: Math.max(0, first - overscan), to: Math.min(n, last + 1 + overscan) };
}

/** The scroll position that shows item i whole (unchanged when it already is). */
export function reveal(offs: readonly number[], i: number, scroll: number, view: number): number {
  const start = offs[i];
  const end = offs[i + 1];
  if (start < scroll) return start;
  if (end > scroll + view) return Math.max(0, end - view);
  return scroll;
}

export interface CellPos {
  /** Row index among the data rows. */
  r: number;
  /** Column index among the report columns. */
  c: number;
}

/** Where a key moves the active cell (null: not a navigation key). `page` rows per PageUp/Down. */
export function moveCell(
  at: CellPos,
  key: string,
  rows: number,
  cols: number,
  page: number,
  ctrl = false,
): CellPos | null {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowLeft':
      return { r: at.r, c: clamp(at.c - 1, cols) };
    case 'ArrowRight':
      return { r: at.r, c: clamp(at.c + 1, cols) };
    case 'ArrowUp':
      return { r: clamp(at.r - 1, rows), c: at.c };
    case 'ArrowDown':
      return { r: clamp(at.r + 1, rows), c: at.c };
    case 'PageUp':
      return { r: clamp(at.r - page, rows), c: at.c };
    case 'PageDown':
      return { r: clamp(at.r + page, rows), c: at.c };
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : { r: at.r, c: 0 };
    case 'End':
      return ctrl ? { r: rows - 1, c: cols - 1 } : { r: at.r, c: cols - 1 };
    default:
      return null;
  }
}
