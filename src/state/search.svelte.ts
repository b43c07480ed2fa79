// Full-text search across the library with a KWIC concordance. The texts and the scan live in
// the search worker (src/worker/search-worker.ts); this state filters the slim library rows by
// year, tier and province, sends their ids, and shows the hits that come back.
import * as Comlink from 'comlink';
import { getDb } from '../db/schema.ts';
import { textsOf } from '../db/coding.ts';
import {
  compileQuery,
  sortKwic,
  unpackRows,
  type KwicSort,
  type LibraryHit,
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

/** A query's answer as the view shows it. */
export interface SearchOutcome {
  rows: LibraryHit[];
  reportsHit: number;
  reportsSearched: number;
  truncated: boolean;
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
  result = $state.raw<SearchOutcome | null>(null);
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
      // A query typed before the library's rows arrive searches them, not an empty library.
      await library.whenLoaded();
      const ids = library.rows
        .filter(
          (r) =>
            (!this.year || String(r.year) === this.year) &&
            (!this.tier || r.tier === this.tier) &&
            (!this.province || r.province === this.province),
        )
        .map((r) => r.id);
      const { rows, ...counts } = await worker().search({
        matcher: q.matcher,
        ids,
        parts: this.part ? [this.part] : undefined,
        width: 24,
      });
      this.result = { rows: unpackRows(rows), ...counts };
      this.ms = Math.round(performance.now() - t0);
    } finally {
      this.busy = false;
    }
  }

  /** The texts of the reports with rows, for "code all hits" (sentence/paragraph expansion). */
  hitTexts(): Promise<Map<string, string>> {
    const ids = (this.result?.rows ?? []).map((r) => r.reportId);
    return textsOf(
      getDb(),
      ids.filter((id, i) => i === 0 || id !== ids[i - 1]),
    );
  }
}

export const search = new SearchState();
