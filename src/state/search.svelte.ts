/* eslint-disable svelte/prefer-svelte-reactivity -- the text caches are replaced whole (texts) or never read reactively (#folded). */
// Full-text search across the library with a KWIC concordance (main thread: a linear scan over
// width-folded texts, bounded regexes; see src/core/search/library.ts for the strategy).
import { getDb } from '../db/schema.ts';
import { textsOf } from '../db/coding.ts';
import {
  compileQuery,
  foldWidth,
  searchLibrary,
  sortKwic,
  type KwicSort,
  type LibraryFilters,
  type LibraryResult,
  type SearchMode,
} from '../core/search/index.ts';
import type { RequiredPart, Tier } from '../core/types.ts';
import { library } from './library.svelte.ts';

export class SearchState {
  query = $state('');
  mode = $state<SearchMode>('plain');
  sort = $state<KwicSort>('position');
  year = $state('');
  tier = $state('');
  province = $state('');
  part = $state<RequiredPart | ''>('');
  error = $state<string | null>(null);
  result = $state.raw<LibraryResult | null>(null);
  ms = $state(0);
  busy = $state(false);
  texts = $state.raw(new Map<string, string>());
  #folded = new Map<string, string>();

  rows = $derived(this.result ? sortKwic(this.result.rows, this.sort) : []);

  async run() {
    const q = compileQuery({ text: this.query, mode: this.mode });
    if (!q.ok) {
      this.error = q.error;
      this.result = null;
      return;
    }
    this.error = null;
    this.busy = true;
    try {
      const reports = library.reports;
      if (reports.some((r) => !this.texts.has(r.id))) this.texts = await textsOf(getDb());
      const t0 = performance.now();
      const filters: LibraryFilters = {
        years: this.year ? [Number(this.year)] : undefined,
        tiers: this.tier ? [this.tier as Tier] : undefined,
        provinces: this.province ? [this.province] : undefined,
        parts: this.part ? [this.part] : undefined,
      };
      const searchable = reports.map((r) => {
        const text = this.texts.get(r.id) ?? '';
        let folded = this.#folded.get(r.id);
        if (folded === undefined) {
          folded = foldWidth(text);
          this.#folded.set(r.id, folded);
        }
        return {
          id: r.id,
          text,
          folded,
          year: r.year,
          tier: r.tier as Tier,
          province: r.province,
          outline: r.outline,
        };
      });
      this.result = searchLibrary(searchable, q.matcher, filters, { width: 24 });
      this.ms = Math.round(performance.now() - t0);
    } finally {
      this.busy = false;
    }
  }
}

export const search = new SearchState();
