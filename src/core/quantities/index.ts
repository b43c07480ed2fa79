// extractQuantities: every quantity of work in a canonical text, with its subject and
// sentence. Pure and linear in the length of the text.
import { applyChanges, type Changed } from './changes.ts';
import { scanQuantities } from './scan.ts';
import { isClauseEnd, SpanCursor } from './sentences.ts';
import { subjectAfter, subjectBefore, type Span } from './subject.ts';
import type { Quantity } from './types.ts';
import { foldVariants } from './variants.ts';

export type { Approx, Quantity, QuantityChange, UnitKind } from './types.ts';
export { foldVariants } from './variants.ts';

function toQuantity(text: string, q: Changed): Quantity {
  const out: Quantity = {
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    value: q.value,
    approx: q.approx,
    unit: q.unit,
    baseUnit: q.baseUnit,
    unitKind: q.unitKind,
    subject: null,
    subjectStart: null,
    subjectEnd: null,
    subjectInherited: false,
    sentenceStart: 0,
    sentenceEnd: 0,
    clauseStart: 0,
    clauseEnd: 0,
  };
  if (q.low !== undefined && q.high !== undefined) {
    out.low = q.low;
    out.high = q.high;
  }
  if (q.change) out.change = q.change;
  if (q.before !== undefined) out.before = q.before;
  return out;
}

/** For each quantity and the next: the last 、 between them, or -1. Total work is linear
 * because the gaps between consecutive quantities do not overlap. */
function pairCuts(text: string, qs: Quantity[]): number[] {
  const cuts: number[] = [];
  for (let k = 0; k < qs.length; k++) {
    let cut = -1;
    if (k + 1 < qs.length) {
      for (let p = qs[k].end; p < qs[k + 1].start; p++) {
        if (isClauseEnd(text[p])) {
          cut = -1; // different clauses: nothing to split
          break;
        }
        if (text[p] === '、') cut = p;
      }
    }
    cuts.push(cut);
  }
  return cuts;
}

export function extractQuantities(original: string): Quantity[] {
  // Rules read the folded text (traditional → simplified, same offsets); every string handed
  // out is sliced from the original.
  const text = foldVariants(original);
  const found = applyChanges(text, scanQuantities(text));
  const sentences = new SpanCursor(text, true);
  const clauses = new SpanCursor(text, false);
  const out = found.map((q) => toQuantity(original, q));
  const cuts = pairCuts(text, out);
  // The latest quantity with a subject of its own, for carrying subjects forward in O(1).
  let lastAny: Quantity | null = null;
  let lastCount: Quantity | null = null;
  for (let k = 0; k < out.length; k++) {
    const q = out[k];
    const prev = k > 0 ? out[k - 1] : null;
    const next = k + 1 < out.length ? out[k + 1] : null;
    [q.sentenceStart, q.sentenceEnd] = sentences.around(q.start, q.end, true);
    const [cs, ce] = clauses.around(q.start, q.end, false);
    // Between two quantities of one clause, a 、 splits the words between them; without
    // one, a noun read after the earlier unit belongs to the earlier quantity.
    const cutBefore = k > 0 ? cuts[k - 1] : -1;
    const prevEnd = prev ? Math.max(prev.end, prev.subjectEnd ?? 0) : 0;
    if (prev && cutBefore >= 0 && cutBefore + 1 > cs) q.clauseStart = cutBefore + 1;
    else q.clauseStart = prev && prevEnd > cs ? Math.min(prevEnd, q.start) : cs;
    const cutAfter = cuts[k];
    q.clauseEnd = next && next.start < ce ? (cutAfter >= 0 ? cutAfter : next.start) : ce;
    const percent = q.unitKind === 'percent';
    // Number–classifier–noun: a noun right after the unit is what is counted.
    let span: Span | null = percent ? null : subjectAfter(text, q.end, q.clauseEnd);
    span ??= subjectBefore(text, q.clauseStart, q.start, q.unit, percent);
    if (span) {
      [q.subjectStart, q.subjectEnd] = span;
      q.subject = original.slice(span[0], span[1]);
      lastAny = q;
      if (!percent) lastCount = q;
      continue;
    }
    // Carry the subject of the nearest earlier quantity in the same sentence (a percent's
    // subject, a rate, is never carried to a count).
    const from = percent ? lastAny : lastCount;
    if (from && from.sentenceStart === q.sentenceStart && from.subjectStart !== null) {
      q.subject = from.subject;
      q.subjectStart = from.subjectStart;
      q.subjectEnd = from.subjectEnd;
      q.subjectInherited = true;
    }
  }
  return out;
}
