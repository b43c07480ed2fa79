// The compare view's metric table as the compare worker builds it: this side only says which
// reports to watch and what to build (a TableRequest), and keeps the latest finished table.
import { untrack } from 'svelte';
import * as Comlink from 'comlink';
import type { CellChoiceRecord } from '../db/compare.ts';
import { EMPTY_VIEW_TABLE, type ViewTable } from '../core/compare/view-table.ts';
import { toCsv, toTsv } from '../core/compare/export.ts';
import { indexBy } from '../core/compare/collect.ts';
import type { TableRequest } from '../worker/compare-api.ts';
import { compareWorker } from './compare-worker-client.ts';

export class CompareTableState {
  table = $state.raw<ViewTable>(EMPTY_VIEW_TABLE);
  /** The selection (ids joined) `table` was built for; null before the first table. */
  key = $state<string | null>(null);
  /** While `table` previews the first columns of a large selection: how many it will have. */
  partialOf = $state<number | null>(null);
  // Replaced whole with each table, never mutated (plain maps, not SvelteMap).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  choiceRecords = $state.raw<ReadonlyMap<string, CellChoiceRecord>>(new Map());
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  populations = $state.raw<ReadonlyMap<string, number>>(new Map());
  /** Bumped each time the worker has (re)loaded the data, so the table is asked for again. */
  #dataVersion = $state(0);
  #seq = 0;

  /** Let the worker watch these reports' data (an empty list: nothing); `first`: the ids of
   * the columns shown first, which a large selection previews while the rest loads. */
  watch(ids: string[], first: string[] = []) {
    void compareWorker().watch(
      ids,
      Comlink.proxy(() => {
        this.#dataVersion++;
      }),
      first,
    );
  }

  /** Ask for a new table whenever the request or the data changes; returns the stop function. */
  follow(request: () => TableRequest): () => void {
    return $effect.root(() => {
      $effect(() => {
        const req = request();
        void this.#dataVersion;
        untrack(() => void this.#build(req));
      });
    });
  }

  async #build(req: TableRequest) {
    const seq = ++this.#seq;
    const r = await compareWorker().build(req);
    // Only the answer to the latest request counts; null: the worker has not loaded it yet.
    if (!r || seq !== this.#seq) return;
    this.table = r.table;
    this.choiceRecords = indexBy(r.choices, (c) => c.id);
    this.populations = indexBy(
      r.populations,
      (p) => p.locality,
      (p) => p.population,
    );
    this.key = r.key;
    this.partialOf = r.of;
  }

  /** Every mention of one cell, with its sentence (for the cell's popover). */
  cellMentions(reportId: string, indicatorId: string) {
    return compareWorker().mentions(reportId, indicatorId);
  }

  // Exports come from the worker's full table (this copy has no mention lists).
  metricRows = () => compareWorker().exportRows('wide');
  longRows = () => compareWorker().exportRows('long');
  metricCsv = async () => toCsv(await this.metricRows());
  longCsv = async () => toCsv(await this.longRows());
  metricTsv = async () => toTsv(await this.metricRows());
}
