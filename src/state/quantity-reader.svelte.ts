// Quantities of the report open in the reader, with the user's decisions applied (they win),
// grouped by indicator, and the reader marks that highlight them.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { decide, decisionsOf, quantitiesOf, undecide } from '../db/quantities.ts';
import type { QuantityDecision, QuantityRecord } from '../db/types.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import type { Indicator } from '../core/indicators/types.ts';
import type { ReaderMark } from './reader-marks.ts';
import { applyDecisions, groupItems } from './quantity-items.ts';

export type { QuantityGroup, QuantityItem } from './quantity-items.ts';
import { settings } from './settings.svelte.ts';

export class QuantityReaderState {
  quantities = $state.raw<QuantityRecord[]>([]);
  decisions = $state.raw<QuantityDecision[]>([]);
  catalogue = $state.raw<Indicator[]>([]);
  focusedId = $state<string | null>(null);
  reportId = $state<string | null>(null);

  items = $derived(applyDecisions(this.quantities, this.decisions));
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
