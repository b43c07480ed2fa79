// Full-text search across the library with a KWIC concordance. The texts and the scan live in
// the search worker (src/worker/search-worker.ts); this state filters the slim library rows by
// year, tier and province, sends their ids, and shows the hits that come back.
import * as Comlink from 'comlink';
import { getDb } from '../db/schema.ts';
import { textsOf } from '../db/coding.ts';
import {
  compileQuery,
  sortKwic,
  type KwicSort,
  type LibraryResult,
  type SearchMode,
} from '../core/search/index.ts';
import type { RequiredPart } from '../core/types.ts';
import type { SearchWorkerApi } from '../worker/search-api.ts';
import { library } from './library.svelte.ts';

let client: Comlink.Remote<SearchWorkerApi> | null = null;
function worker(): Comlink.Remote<SearchWorkerApi> {
  client ??= Comlink.wrap<SearchWorkerApi>(
    new Worker(new URL('../worker/search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    }),
  );
  return client;
}

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

  rows = $derived(this.result ? sortKwic(this.result.rows, this.sort) : []);

  /** Let the worker load the texts while the user types the first query. */
  warm() {
    if (library.loaded) void worker().warm(library.rows.map((r) => r.id));
  }

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
      const t0 = performance.now();
      const ids = library.rows
        .filter(
          (r) =>
            (!this.year || String(r.year) === this.year) &&
            (!this.tier || r.tier === this.tier) &&
            (!this.province || r.province === this.province),
        )
        .map((r) => r.id);
      const result = await worker().search({
        matcher: q.matcher,
        ids,
        parts: this.part ? [this.part] : undefined,
        width: 24,
      });
      this.result = result;
      this.ms = Math.round(performance.now() - t0);
    } finally {
      this.busy = false;
    }
  }

  /** The texts of the reports with hits, for "code all hits" (sentence/paragraph expansion). */
  hitTexts(): Promise<Map<string, string>> {
    return textsOf(getDb(), Object.keys(this.result?.perReport ?? {}));
  }
}

export const search = new SearchState();
