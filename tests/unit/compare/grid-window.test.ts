import { describe, expect, it } from 'vitest';
import { moveCell, offsets, reveal, visibleRange } from '../../../src/ui/compare/grid-window.ts';

describe('metric table window', () => {
  const offs = offsets(Array.from({ length: 10_000 }, () => 150));

  it('renders only the columns in view, plus the overscan', () => {
    expect(offsets([30, 40, 40])).toEqual([0, 30, 70, 110]);
    expect(visibleRange(offs, 0, 1000, 2)).toEqual({ from: 0, to: 9 });
    expect(visibleRange(offs, 150 * 5000 + 10, 1000, 2)).toEqual({ from: 4998, to: 5009 });
    expect(visibleRange(offs, 150 * 10_000 - 1000, 1000, 2)).toEqual({ from: 9991, to: 10_000 });
    expect(visibleRange([0], 0, 100)).toEqual({ from: 0, to: 0 });
  });

  it('scrolls just enough to show a cell whole', () => {
    expect(reveal(offs, 3, 0, 1000)).toBe(0);
    expect(reveal(offs, 20, 0, 1000)).toBe(21 * 150 - 1000);
    expect(reveal(offs, 2, 1000, 1000)).toBe(300);
  });

  it('moves the active cell with the arrows, Home/End, Ctrl+Home/End and PageUp/Down', () => {
    const at = { r: 5, c: 5 };
    expect(moveCell(at, 'ArrowLeft', 40, 10_000, 10)).toEqual({ r: 5, c: 4 });
    expect(moveCell(at, 'ArrowDown', 40, 10_000, 10)).toEqual({ r: 6, c: 5 });
    expect(moveCell({ r: 0, c: 0 }, 'ArrowUp', 40, 10_000, 10)).toEqual({ r: 0, c: 0 });
    expect(moveCell(at, 'End', 40, 10_000, 10)).toEqual({ r: 5, c: 9999 });
    expect(moveCell(at, 'End', 40, 10_000, 10, true)).toEqual({ r: 39, c: 9999 });
    expect(moveCell(at, 'Home', 40, 10_000, 10, true)).toEqual({ r: 0, c: 0 });
    expect(moveCell(at, 'PageDown', 40, 10_000, 10)).toEqual({ r: 15, c: 5 });
    expect(moveCell(at, 'PageUp', 40, 10_000, 10)).toEqual({ r: 0, c: 5 });
    expect(moveCell(at, 'a', 40, 10_000, 10)).toBeNull();
  });
});
