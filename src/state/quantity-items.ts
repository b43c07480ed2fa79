// Quantities with the user's decisions applied, grouped by indicator (pure, testable).
import type { QuantityDecision, QuantityRecord } from '../db/types.ts';
import type { Indicator } from '../core/indicators/types.ts';

export interface QuantityItem {
  q: QuantityRecord;
  decision: QuantityDecision | null;
  value: number;
  unit: string;
  indicatorId: string | null;
  status: 'auto' | 'confirmed' | 'rejected' | 'corrected';
}

export interface QuantityGroup {
  indicator: Indicator | null;
  items: QuantityItem[];
}

export function applyDecision(q: QuantityRecord, d: QuantityDecision | null): QuantityItem {
  return {
    q,
    decision: d,
    value: d?.value ?? q.value,
    unit: d?.unit ?? q.unit,
    indicatorId: d && d.indicatorId !== undefined ? d.indicatorId : q.indicatorId,
    status: d?.status ?? 'auto',
  };
}

/** Each quantity with its decision applied (a decision always wins). */
export function applyDecisions(
  qs: readonly QuantityRecord[],
  decisions: readonly QuantityDecision[],
): QuantityItem[] {
  const ds = new Map(decisions.map((d) => [d.id, d]));
  return qs.map((q) => applyDecision(q, ds.get(q.id) ?? null));
}

export function groupItems(
  items: QuantityItem[],
  catalogue: readonly Indicator[],
): QuantityGroup[] {
  const byId = new Map<string, QuantityItem[]>();
  const other: QuantityItem[] = [];
  for (const it of items) {
    if (it.indicatorId && it.status !== 'rejected') {
      const list = byId.get(it.indicatorId) ?? [];
      list.push(it);
      byId.set(it.indicatorId, list);
    } else other.push(it);
  }
  const groups: QuantityGroup[] = [];
  for (const ind of catalogue) {
    const list = byId.get(ind.id);
    if (list) groups.push({ indicator: ind, items: list });
  }
  if (other.length) groups.push({ indicator: null, items: other });
  return groups;
}
