// Agreement between coders on units with nominal values: percentage agreement, Cohen's kappa
// (two coders) and Krippendorff's alpha (any number of coders, missing values allowed).
// A matrix row is one unit, a column one coder; null is a missing value.
// References: Cohen (1960), "A coefficient of agreement for nominal scales";
// Krippendorff (2011), "Computing Krippendorff's alpha-reliability" (coincidence matrices).

export type Value = string | null;

/** Values per category within each unit that has at least two (pairable) values. */
function pairable(matrix: readonly (readonly Value[])[]): Map<string, number>[] {
  const out: Map<string, number>[] = [];
  for (const row of matrix) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of row)
      if (v !== null) {
        counts.set(v, (counts.get(v) ?? 0) + 1);
        m++;
      }
    if (m >= 2) out.push(counts);
  }
  return out;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Units with at least two coders' values: the units every statistic here is computed on. */
export function pairableUnits(matrix: readonly (readonly Value[])[]): number {
  return pairable(matrix).length;
}

/** Share of agreeing coder pairs among all pairs of values in the same unit (two coders: the
 * share of units where they agree). Null when no unit has two values. */
export function percentAgreement(matrix: readonly (readonly Value[])[]): number | null {
  let agree = 0;
  let pairs = 0;
  for (const counts of pairable(matrix)) {
    const m = sum(counts);
    pairs += (m * (m - 1)) / 2;
    for (const n of counts.values()) agree += (n * (n - 1)) / 2;
  }
  return pairs ? agree / pairs : null;
}

/** Cohen's kappa over the units both coders coded; null when chance agreement is 1 (one
 * category only) or there are no such units. */
export function cohenKappa(a: readonly Value[], b: readonly Value[]): number | null {
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    n++;
    if (x === y) agree++;
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
  }
  if (!n) return null;
  let pe = 0;
  for (const [c, k] of ca) pe += (k / n) * ((cb.get(c) ?? 0) / n);
  const po = agree / n;
  return pe >= 1 ? null : (po - pe) / (1 - pe);
}

/** Krippendorff's alpha for nominal data, from the coincidence matrix; null when undefined
 * (fewer than two pairable values, or every value in one category). */
export function krippendorffAlpha(matrix: readonly (readonly Value[])[]): number | null {
  const totals = new Map<string, number>();
  let n = 0;
  let observedSame = 0; // Σ_c o_cc
  for (const counts of pairable(matrix)) {
    const m = sum(counts);
    n += m;
    for (const [c, k] of counts) {
      observedSame += (k * (k - 1)) / (m - 1);
      totals.set(c, (totals.get(c) ?? 0) + k);
    }
  }
  if (n < 2) return null;
  let squares = 0;
  for (const k of totals.values()) squares += k * k;
  const expectedDiff = n * n - squares; // Σ_{c≠k} n_c n_k
  if (expectedDiff === 0) return null;
  const observedDiff = n - observedSame; // Σ_{c≠k} o_ck
  return 1 - ((n - 1) * observedDiff) / expectedDiff;
}
