import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/text/segments.ts';

describe('segment', () => {
  it('cuts at every mark boundary and lists covering marks outermost first', () => {
    const text = '办理行政复议案件96件。';
    const marks = [
      { id: 'c', start: 0, end: 12, kind: 'coding' },
      { id: 'q', start: 8, end: 11, kind: 'quantity' },
    ];
    const segs = segment(text, 0, text.length, marks);
    expect(segs.map((s) => s.text)).toEqual(['办理行政复议案件', '96件', '。']);
    expect(segs[1].marks.map((m) => m.id)).toEqual(['c', 'q']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores marks outside the range and empty marks', () => {
    const segs = segment('abcdef', 2, 5, [
      { id: 'x', start: 0, end: 1, kind: 'k' },
      { id: 'y', start: 3, end: 3, kind: 'k' },
    ]);
    expect(segs).toEqual([{ start: 2, end: 5, text: 'cde', marks: [] }]);
  });
});
