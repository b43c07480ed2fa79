// Quantities (with the user's decisions applied) → mentions of indicators, the metric table's input.
import type { Quantity } from '../quantities/types.ts';
import type { Mention } from './types.ts';

/** A quantity with a decision applied (the shape of state/quantity-items.ts QuantityItem). */
export interface DecidedQuantity {
  q: Quantity & { id: string; reportId: string };
  value: number;
  indicatorId: string | null;
  status: string;
  decision: { unit?: string } | null;
}

/**
 * Mentions of indicators: rejected quantities and ones without an indicator are left out. The
 * unit is the base unit the value is counted in (`1.2亿元` → 120000000 元) unless the user
 * corrected it. `texts` (by report id) fills in the sentences when given.
 */
export function toMentions(
  items: readonly DecidedQuantity[],
  texts?: ReadonlyMap<string, string>,
): Mention[] {
  const out: Mention[] = [];
  for (const it of items) {
    if (it.status === 'rejected' || !it.indicatorId) continue;
    const { q } = it;
    const text = texts?.get(q.reportId);
    out.push({
      id: q.id,
      reportId: q.reportId,
      indicatorId: it.indicatorId,
      value: it.value,
      unit: it.decision?.unit ?? (q.baseUnit || q.unit),
      approx: q.approx,
      text: q.text,
      start: q.start,
      end: q.end,
      sentenceStart: q.sentenceStart,
      sentenceEnd: q.sentenceEnd,
      sentence: text?.slice(q.sentenceStart, q.sentenceEnd),
      change: !!q.change,
    });
  }
  return out;
}

/** What of a user's decision on a quantity changes its mention (db QuantityDecision). */
export interface MentionDecision {
  status: string;
  value?: number;
  unit?: string;
  indicatorId?: string | null;
}

/** A stored mention with the user's decision applied (as toMentions does for quantities):
 * null when rejected or no longer an indicator's. */
export function decideMention(m: Mention, d: MentionDecision | undefined): Mention | null {
  if (!d) return m;
  if (d.status === 'rejected') return null;
  const indicatorId = d.indicatorId !== undefined ? d.indicatorId : m.indicatorId;
  if (!indicatorId) return null;
  return { ...m, indicatorId, value: d.value ?? m.value, unit: d.unit ?? m.unit };
}
