// The agreement table: one row for all codes together and one per code.
import type { Code } from '../codebook/types.ts';
import { cohenKappa, krippendorffAlpha, pairableUnits, percentAgreement } from './agreement.ts';
import { buildUnits, valuesFor, type AgreementInput, type UnitCodes } from './agreement-units.ts';

export interface AgreementRow {
  /** null: all codes together (each sentence's value is the set of codes applied). */
  code: Code | null;
  /** Sentences coded by at least two of the coders. */
  units: number;
  /** Of those, the sentences where any coder applied this code (for one code). */
  coded: number;
  percent: number | null;
  /** Only for exactly two coders. */
  kappa: number | null;
  alpha: number | null;
}

export interface AgreementTable {
  units: UnitCodes[];
  rows: AgreementRow[];
}

function row(units: readonly UnitCodes[], code: Code | null, coders: number): AgreementRow {
  const m = valuesFor(units, code?.id ?? null);
  return {
    code,
    units: pairableUnits(m),
    coded: code
      ? m.filter((r) => r.includes('1') && r.filter((v) => v !== null).length >= 2).length
      : 0,
    percent: percentAgreement(m),
    kappa:
      coders === 2
        ? cohenKappa(
            m.map((r) => r[0]!),
            m.map((r) => r[1]!),
          )
        : null,
    alpha: krippendorffAlpha(m),
  };
}

export function agreementTable(input: AgreementInput): AgreementTable {
  const units = buildUnits(input);
  const n = input.coders.length;
  return {
    units,
    rows: [row(units, null, n), ...input.codes.map((c) => row(units, c, n))],
  };
}
