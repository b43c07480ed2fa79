// The statistics against worked examples from the literature.
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  krippendorffAlpha,
  pairableUnits,
  percentAgreement,
  type Value,
} from '../../../src/core/workshop/index.ts';

const cols = (...coders: (number | null)[][]): Value[][] =>
  coders[0]!.map((_, u) => coders.map((c) => (c[u] === null ? null : String(c[u]))));

describe('Krippendorff alpha (nominal)', () => {
  it('matches Krippendorff (2011) §C: 4 observers, 12 units, missing values → 0.743', () => {
    const _ = null;
    const m = cols(
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    );
    // Unit 12 has one value only: it is not pairable.
    expect(pairableUnits(m)).toBe(11);
    expect(krippendorffAlpha(m)).toBeCloseTo(0.743, 3);
  });

  it('matches Krippendorff (2011) §A: two observers, binary, 10 units → 0.095', () => {
    const m = cols([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(krippendorffAlpha(m)).toBeCloseTo(0.095, 3);
    expect(percentAgreement(m)).toBeCloseTo(0.6, 10);
  });

  it('is 1 for perfect agreement and undefined when only one category occurs', () => {
    expect(krippendorffAlpha(cols([1, 2, 1], [1, 2, 1]))).toBe(1);
    expect(krippendorffAlpha(cols([1, 1, 1], [1, 1, 1]))).toBeNull();
    expect(krippendorffAlpha(cols([1, null], [null, 2]))).toBeNull();
  });
});

describe("Cohen's kappa", () => {
  it('matches the textbook 2×2 example: 20/5/10/15 of 50 → po 0.7, pe 0.5, κ 0.4', () => {
    const a: Value[] = [];
    const b: Value[] = [];
    const push = (x: string, y: string, n: number) => {
      for (let i = 0; i < n; i++) {
        a.push(x);
        b.push(y);
      }
    };
    push('yes', 'yes', 20);
    push('yes', 'no', 5);
    push('no', 'yes', 10);
    push('no', 'no', 15);
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
    expect(percentAgreement(a.map((x, i) => [x, b[i]!]))).toBeCloseTo(0.7, 10);
  });

  it('on Krippendorff’s binary data is (0.6 − 0.56) / 0.44 = 1/11', () => {
    const m = cols([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(
      cohenKappa(
        m.map((r) => r[0]!),
        m.map((r) => r[1]!),
      ),
    ).toBeCloseTo(1 / 11, 10);
  });

  it('works for three categories (a table worked by hand): κ = 0.29 / 0.59 ≈ 0.492', () => {
    // Rows: coder A's category, columns: coder B's; counts out of 100.
    const table = [
      [44, 5, 1],
      [7, 20, 3],
      [9, 5, 6],
    ];
    const a: Value[] = [];
    const b: Value[] = [];
    table.forEach((r, i) =>
      r.forEach((n, j) => {
        for (let k = 0; k < n; k++) {
          a.push(String(i));
          b.push(String(j));
        }
      }),
    );
    // po = 0.70; pe = 0.5·0.6 + 0.3·0.3 + 0.2·0.1 = 0.41; κ = 0.29 / 0.59.
    expect(cohenKappa(a, b)).toBeCloseTo(0.29 / 0.59, 10);
  });

  it('skips units either coder left missing and is undefined for one category', () => {
    expect(cohenKappa(['1', null, '0'], ['1', '0', '0'])).toBe(1);
    expect(cohenKappa(['1', '1'], ['1', '1'])).toBeNull();
  });
});
