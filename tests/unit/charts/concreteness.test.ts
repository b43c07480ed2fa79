import { describe, expect, it } from 'vitest';
import { shapeConcreteness } from '../../../src/core/charts/concreteness.ts';

describe('shapeConcreteness', () => {
  const reports = [
    { id: 'a', label: '甲', chars: 2000 },
    { id: 'b', label: '乙', chars: 4000 },
    { id: 'z', label: '空', chars: 0 },
  ];
  const q = (reportId: string, start: number) => ({ reportId, start, sentence: `句${start}` });

  it('counts quantities per 1,000 characters, keeps the first as an example', () => {
    const d = shapeConcreteness(reports, [q('a', 50), q('a', 10), q('a', 90), q('b', 5)]);
    const a = d.points.find((p) => p.reportId === 'a')!;
    expect(a).toMatchObject({ quantities: 3, perThousand: 1.5, at: 10, sentence: '句10' });
    expect(d.points.find((p) => p.reportId === 'b')!.perThousand).toBe(0.25);
    expect(d.medianPerThousand).toBeCloseTo(0.875);
    expect(d.medianChars).toBe(3000);
  });

  it('a report with no characters is left out (no rate), one with no numbers is a real 0', () => {
    const d = shapeConcreteness(reports, [q('a', 1)]);
    expect(d.points.map((p) => p.reportId)).toEqual(['a', 'b']);
    expect(d.points[1]).toMatchObject({ quantities: 0, perThousand: 0, at: null });
    expect(shapeConcreteness([], []).medianPerThousand).toBeNull();
  });
});
