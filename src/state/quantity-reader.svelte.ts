// Quantities of the report open in the reader, with the user's decisions applied (they win),
// grouped by indicator, and the reader marks that highlight them.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { decide, decisionsOf, quantitiesOf, undecide } from '../db/quantities.ts';
import type { QuantityDecision, QuantityRecord } from '../db/types.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import type { Indicator } from '../core/indicators/types.ts';
import type { ReaderMark } from './reader-marks.ts';
import { settings } from './settings.svelte.ts';

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

export function groupItems(items: QuantityItem[], catalogue: Indicator[]): QuantityGroup[] {
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

export class QuantityReaderState {
  quantities = $state.raw<QuantityRecord[]>([]);
  decisions = $state.raw<QuantityDecision[]>([]);
  catalogue = $state.raw<Indicator[]>([]);
  focusedId = $state<string | null>(null);
  reportId = $state<string | null>(null);

  items = $derived.by(() => {
    const ds = new Map(this.decisions.map((d) => [d.id, d]));
    return this.quantities.map((q) => applyDecision(q, ds.get(q.id) ?? null));
  });
  groups = $derived(groupItems(this.items, this.catalogue));
  marks = $derived<ReaderMark[]>(
    this.items.map((it) => ({
      id: it.q.id,
      start: it.q.start,
      end: it.q.end,
      kind: 'quantity',
      className: `${it.status}${this.focusedId === it.q.id ? ' focused' : ''}`,
      label: `${this.indicatorName(it.indicatorId)}：${it.value}${it.unit}`,
    })),
  );

  #sub: Subscription | null = null;

  indicatorName(id: string | null): string {
    if (!id) return settings.t('otherQuantities');
    const ind = this.catalogue.find((i) => i.id === id);
    return (settings.locale === 'en' ? ind?.nameEn : ind?.name) ?? ind?.name ?? id;
  }

  open(reportId: string | null) {
    if (reportId === this.reportId) return;
    this.#sub?.unsubscribe();
    this.reportId = reportId;
    this.focusedId = null;
    this.quantities = [];
    this.decisions = [];
    if (!reportId) return;
    const db = getDb();
    this.#sub = liveQuery(async () => ({
      quantities: await quantitiesOf(db, reportId),
      decisions: await decisionsOf(db, reportId),
      indicators: await db.indicators.toArray(),
    })).subscribe({
      next: (r) => {
        this.quantities = r.quantities;
        this.decisions = r.decisions;
        this.catalogue = effectiveCatalogue(r.indicators);
      },
    });
  }

  focus(id: string | null) {
    this.focusedId = id;
  }

  #decision(id: string, patch: Partial<QuantityDecision>): QuantityDecision {
    const prev = this.decisions.find((d) => d.id === id);
    return {
      ...prev,
      id,
      reportId: this.reportId!,
      status: 'confirmed',
      ...patch,
      by: settings.coderName || '—',
      at: Date.now(),
    };
  }

  confirm(id: string) {
    return decide(getDb(), this.#decision(id, { status: 'confirmed' }));
  }

  reject(id: string) {
    return decide(getDb(), this.#decision(id, { status: 'rejected' }));
  }

  correct(
    id: string,
    fix: { value?: number; unit?: string; indicatorId?: string | null; note?: string },
  ) {
    return decide(getDb(), this.#decision(id, { ...fix, status: 'corrected' }));
  }

  reset(id: string) {
    return undecide(getDb(), id);
  }
}

export const quantityReader = new QuantityReaderState();
