// The Indicators view: the catalogue in force (built-ins, the user's edits, custom ones),
// how many quantities each matches, editing with a live test, and background re-matching.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { deleteIndicator, indicatorCounts, saveIndicator } from '../db/quantities.ts';
import type { IndicatorRecord } from '../db/types.ts';
import { CATALOGUE } from '../core/indicators/catalogue.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import { unsafePatternReason } from '../core/indicators/safe-pattern.ts';
import type { Indicator } from '../core/indicators/types.ts';
import { importer } from './importer.svelte.ts';

export type IndicatorOrigin = 'builtIn' | 'edited' | 'custom';

export interface IndicatorRow {
  ind: Indicator;
  origin: IndicatorOrigin;
  count: number;
}

function originOf(id: string, user: readonly IndicatorRecord[]): IndicatorOrigin {
  if (!CATALOGUE.some((c) => c.id === id)) return 'custom';
  return user.some((u) => u.id === id) ? 'edited' : 'builtIn';
}

export class IndicatorsState {
  user = $state.raw<IndicatorRecord[]>([]);
  counts = $state.raw<Record<string, number>>({});
  rows = $derived<IndicatorRow[]>(
    effectiveCatalogue(this.user).map((ind) => ({
      ind,
      origin: originOf(ind.id, this.user),
      count: this.counts[ind.id] ?? 0,
    })),
  );

  #sub: Subscription | null = null;

  start() {
    if (this.#sub) return;
    const db = getDb();
    this.#sub = liveQuery(async () => ({
      user: await db.indicators.toArray(),
      counts: await indicatorCounts(db),
    })).subscribe({
      next: (r) => {
        this.user = r.user;
        this.counts = r.counts;
      },
    });
  }

  stop() {
    this.#sub?.unsubscribe();
    this.#sub = null;
  }

  /** A problem with the draft that stops saving, or null. */
  validate(ind: Indicator): string | null {
    if (!ind.name.trim()) return 'name';
    if (!ind.keywords.length && !ind.pattern) return 'keywords';
    if (ind.pattern && unsafePatternReason(ind.pattern)) return 'pattern';
    return null;
  }

  async save(ind: Indicator) {
    await saveIndicator(getDb(), { ...ind, updatedAt: Date.now() });
    // Re-match in the worker; user decisions live apart and are untouched.
    await importer.rematch();
  }

  async restore(id: string) {
    await deleteIndicator(getDb(), id);
    await importer.rematch();
  }

  test(ind: Indicator) {
    return importer.testIndicator($state.snapshot(ind) as Indicator);
  }

  newCustom(): Indicator {
    return {
      id: `custom-${crypto.randomUUID().slice(0, 8)}`,
      name: '',
      area: 9,
      kind: 'count',
      unitKinds: ['count', 'person', 'person_time'],
      keywords: [],
      builtIn: false,
    };
  }
}

export const indicators = new IndicatorsState();
