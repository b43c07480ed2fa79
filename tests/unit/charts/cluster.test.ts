import { describe, expect, it } from 'vitest';
import { clusterOrder } from '../../../src/core/charts/cluster.ts';

describe('clusterOrder', () => {
  it('puts similar rows next to each other', () => {
    const rows = [
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [1, 0.1, 0, 1],
    ];
    const order = clusterOrder(rows);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    const pos = (i: number) => order.indexOf(i);
    const groupA = [0, 2, 4].map(pos).sort((a, b) => a - b);
    const groupB = [1, 3].map(pos).sort((a, b) => a - b);
    expect(groupA[2] - groupA[0]).toBe(2); // contiguous
    expect(groupB[1] - groupB[0]).toBe(1);
  });

  it('is deterministic and handles tiny inputs', () => {
    expect(clusterOrder([])).toEqual([]);
    expect(clusterOrder([[1]])).toEqual([0]);
    const rows = Array.from({ length: 30 }, (_, i) => [i % 3, (i * 7) % 5, i % 2]);
    expect(clusterOrder(rows)).toEqual(clusterOrder(rows));
  });

  it('scales each feature so one large column does not decide alone', () => {
    // Column 0 is in the thousands but says nothing; column 1 (0/1) separates the groups.
    const rows = [
      [1000, 0],
      [1010, 1],
      [1005, 0],
      [1015, 1],
    ];
    const order = clusterOrder(rows);
    const pos = (i: number) => order.indexOf(i);
    expect(Math.abs(pos(0) - pos(2))).toBe(1);
    expect(Math.abs(pos(1) - pos(3))).toBe(1);
  });

  it('orders 1,000 rows quickly (O(n²))', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i % 7, (i * 13) % 11, i % 3, (i * 5) % 4]);
    const t = performance.now();
    expect(clusterOrder(rows)).toHaveLength(1000);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
