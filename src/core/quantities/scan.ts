// The scanner: walks the text once, reads each number core, and keeps those that carry a
// unit (or a 万/亿 multiplier) and pass the filters. Linear: the cursor never moves back
// further than the start of the number it just read.
import { isInlineSpace, isRangeDash } from './chars.ts';
import { prefixBefore, suffixAt } from './approx.ts';
import { rejectReason } from './filters.ts';
import { nameMask } from './names.ts';
import { readNumber, startsNumber, type NumberCore } from './numerals.ts';
import { baseUnitOf, unitAt } from './units.ts';
import type { Approx, UnitKind } from './types.ts';

export interface RawQuantity {
  start: number;
  end: number;
  /** Where the number itself starts (after approximation words). */
  numberStart: number;
  value: number;
  low?: number;
  high?: number;
  approx: Approx;
  unit: string;
  baseUnit: string;
  unitKind: UnitKind;
  unitEnd: number;
}

function skipSpaces(text: string, i: number, max = 2): number {
  let j = i;
  while (j < text.length && j - i < max && isInlineSpace(text[j])) j++;
  return j;
}

const PERCENT_WORD = '百分之';
const PERCENT_CODE = PERCENT_WORD.charCodeAt(0);

interface RangeEnd {
  core: NumberCore;
  high: number;
}

/** `3至12名` `3-5人` `3～5个`: the upper bound after a connector, when there is one. */
function readRange(text: string, core: NumberCore): RangeEnd | null {
  const k = skipSpaces(text, core.end);
  const c = text[k];
  if (!(c === '至' || c === '到' || isRangeDash(c))) return null;
  const m = skipSpaces(text, k + 1);
  if (!startsNumber(text, m)) return null;
  const hi = readNumber(text, m);
  if (hi.hasArabic !== core.hasArabic || !(hi.value > core.value)) return null;
  return { core: hi, high: hi.value };
}

function build(text: string, core: NumberCore, names: Uint8Array): RawQuantity | null {
  const range = readRange(text, core);
  const last = range ? range.core : core;
  const more = core.more || last.more;
  const unitStart = skipSpaces(text, last.end);
  const def = unitAt(text, unitStart);
  let unit: string;
  let kind: UnitKind;
  let baseUnit: string;
  let unitEnd: number;
  if (def) {
    // A 万/亿 right before the unit is part of the unit as written (`万元`, `万平方米`).
    const adjacent = last.trailingBigAt >= 0 && last.trailingBigAt === unitStart - 1;
    unit = adjacent ? text.slice(last.trailingBigAt, unitStart + def.unit.length) : def.unit;
    kind = def.kind;
    baseUnit = baseUnitOf(def.unit, def.kind);
    unitEnd = unitStart + def.unit.length;
  } else if (!range && core.hasArabic && core.trailingBigAt === core.end - 1) {
    unit = text[core.trailingBigAt]; // `价值4亿`: a bare multiplier
    kind = 'other';
    baseUnit = '';
    unitEnd = core.end;
  } else {
    return null;
  }
  const prefix = prefixBefore(text, core.start);
  const start = prefix ? core.start - prefix.word.length : core.start;
  const cand = { core, start, unit: def, unitEnd, hasPrefix: prefix !== null };
  if (rejectReason(text, cand, names)) return null;
  const suffix = suffixAt(text, unitEnd);
  const end = suffix ? unitEnd + suffix.word.length : unitEnd;
  const approx: Approx = more ? 'more' : suffix ? suffix.approx : prefix ? prefix.approx : 'exact';
  const q: RawQuantity = {
    start,
    end,
    numberStart: core.start,
    value: core.value,
    approx,
    unit,
    baseUnit,
    unitKind: kind,
    unitEnd,
  };
  if (range) {
    q.low = core.value;
    q.high = range.high;
  }
  return q;
}

/** `百分之九十`: the percent word comes first. */
function buildPercentWord(text: string, i: number): RawQuantity | null {
  const at = i + PERCENT_WORD.length;
  if (!startsNumber(text, at)) return null;
  const core = readNumber(text, at);
  if (!Number.isFinite(core.value) || !core.hasDigit) return null;
  const prefix = prefixBefore(text, i);
  const suffix = suffixAt(text, core.end);
  return {
    start: prefix ? i - prefix.word.length : i,
    end: suffix ? core.end + suffix.word.length : core.end,
    numberStart: at,
    value: core.value,
    approx: core.more ? 'more' : (suffix?.approx ?? prefix?.approx ?? 'exact'),
    unit: PERCENT_WORD,
    baseUnit: '%',
    unitKind: 'percent',
    unitEnd: core.end,
  };
}

export function scanQuantities(text: string): RawQuantity[] {
  const names = nameMask(text);
  const out: RawQuantity[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === PERCENT_CODE && text.startsWith(PERCENT_WORD, i) && !names[i]) {
      const q = buildPercentWord(text, i);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
    }
    if (!startsNumber(text, i)) {
      i++;
      continue;
    }
    const core = readNumber(text, i);
    const q = build(text, core, names);
    if (q) out.push(q);
    i = Math.max(i + 1, q ? q.end : core.end);
  }
  return out;
}
