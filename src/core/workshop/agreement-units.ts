// Sentence units for agreement: each report's sentences (the same splitter the coding rules use),
// and for every sentence and coder the set of codes whose codings overlap it. A coder with no
// coding of this codebook in a report counts as missing there, not as "coded nothing".
import type { Code, Coding } from '../codebook/types.ts';
import { sentences } from '../codebook/rule-units.ts';
import type { Value } from './agreement.ts';

export interface UnitCodes {
  reportId: string;
  start: number;
  end: number;
  /** Per coder (same order as the input's coders): the codes applied, or null when missing. */
  codes: (Set<string> | null)[];
}

export interface AgreementInput {
  reports: readonly { id: string; text: string }[];
  /** The codes in scope (one codebook). */
  codes: readonly Code[];
  codings: readonly Coding[];
  coders: readonly string[];
}

/** The first unit whose end lies after `pos`. */
function firstAfter(units: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildUnits(input: AgreementInput): UnitCodes[] {
  const inScope = new Set(input.codes.map((c) => c.id));
  const coderIndex = new Map(input.coders.map((c, i) => [c, i]));
  const out: UnitCodes[] = [];
  for (const r of input.reports) {
    const units = sentences(r.text);
    const mine = input.codings.filter(
      (c) => c.reportId === r.id && inScope.has(c.codeId) && coderIndex.has(c.coder),
    );
    const present = new Set(mine.map((c) => coderIndex.get(c.coder)!));
    const rows: UnitCodes[] = units.map((u) => ({
      reportId: r.id,
      start: u.start,
      end: u.end,
      codes: input.coders.map((_, k) => (present.has(k) ? new Set<string>() : null)),
    }));
    for (const c of mine) {
      const k = coderIndex.get(c.coder)!;
      for (let i = firstAfter(units, c.start); i < units.length && units[i]!.start < c.end; i++)
        rows[i]!.codes[k]!.add(c.codeId);
    }
    out.push(...rows);
  }
  return out;
}

/** Per unit and coder: "1"/"0" for one code, or the sorted set of codes ("" for none). */
export function valuesFor(units: readonly UnitCodes[], codeId: string | null): Value[][] {
  return units.map((u) =>
    u.codes.map((s) => {
      if (s === null) return null;
      if (codeId !== null) return s.has(codeId) ? '1' : '0';
      return [...s].sort().join('+');
    }),
  );
}

/** Units where the coders present disagree (for one code, or on the set of codes). */
export function disagreements(units: readonly UnitCodes[], codeId: string | null): UnitCodes[] {
  const values = valuesFor(units, codeId);
  return units.filter((_, i) => {
    const present = values[i]!.filter((v) => v !== null);
    return present.length >= 2 && present.some((v) => v !== present[0]);
  });
}
