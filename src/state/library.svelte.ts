// The library view's state: the slim report rows (live from IndexedDB), filter, sort,
// selection; and, only once a view asks for them, the full records (outline, detection).
import { liveQuery, type Subscription } from 'dexie';
import { SvelteSet } from 'svelte/reactivity';
import { getDb } from '../db/schema.ts';
import {
  deleteReports,
  listReports,
  restoreTrash,
  revertField,
  updateMeta,
} from '../db/reports.ts';
import { listRows, syncRows } from '../db/rows.ts';
import type { EditableField, EditableMeta, ReportRecord, ReportRow } from '../db/types.ts';
import {
  EMPTY_FILTER,
  filterRows,
  sortRows,
  type LibraryFilter,
  type SortKey,
} from '../core/library/filter.ts';

export class LibraryState {
  /** What the library table lists: one slim row per report, in import order. */
  rows = $state.raw<ReportRow[]>([]);
  loaded = $state(false);
  #full = $state.raw<ReportRecord[]>([]);
  #wantFull = false;
  filter = $state<LibraryFilter>({ ...EMPTY_FILTER });
  sortKey = $state<SortKey>('importedAt');
  sortDir = $state<1 | -1>(1);
  selected = new SvelteSet<string>();
  /** Count of reports in the last undoable delete (0 when nothing to undo). */
  lastDeleted = $state(0);

  visible = $derived(sortRows(filterRows(this.rows, this.filter), this.sortKey, this.sortDir));

  /** Full records, for the views that need outlines (compare, codes, rules). Reading this
   * starts their live query; the library itself never does, so it opens on the slim rows. */
  get reports(): ReportRecord[] {
    if (!this.#wantFull) {
      this.#wantFull = true;
      if (this.#sub) queueMicrotask(() => this.#startFull());
    }
    return this.#full;
  }

  #waiters: (() => void)[] = [];
  /** Resolves once the rows have been read (at once if they have). */
  whenLoaded(): Promise<void> {
    return this.loaded ? Promise.resolve() : new Promise((ok) => this.#waiters.push(ok));
  }

  #sub: Subscription | null = null;
  #fullSub: Subscription | null = null;
  /** Bumped by start/stop, so a start that stopped while its rows were syncing subscribes not. */
  #run = 0;
  #started = false;

  start() {
    if (this.#started) return;
    this.#started = true;
    const run = ++this.#run;
    const db = getDb();
    // Rows written by code that bypassed db/reports.ts are rebuilt before the first read.
    void syncRows(db)
      .catch((e) => console.error('library rows sync failed', e))
      .then(() => {
        if (run !== this.#run) return;
        this.#sub = liveQuery(() => listRows(db)).subscribe({
          next: (rows) => {
            this.rows = rows;
            this.loaded = true;
            for (const ok of this.#waiters.splice(0)) ok();
          },
          error: (e) => console.error('library query failed', e),
        });
        if (this.#wantFull) this.#startFull();
      });
  }

  #startFull() {
    if (this.#fullSub || !this.#sub) return;
    const db = getDb();
    this.#fullSub = liveQuery(() => listReports(db)).subscribe({
      next: (all) => (this.#full = all),
      error: (e) => console.error('library query failed', e),
    });
  }

  stop() {
    this.#started = false;
    this.#run++;
    this.#sub?.unsubscribe();
    this.#sub = null;
    this.#fullSub?.unsubscribe();
    this.#fullSub = null;
  }

  #poll: ReturnType<typeof setInterval> | null = null;
  /** Reports stored so far while an import runs (the table refreshes when it ends). */
  storedDuringImport = $state<number | null>(null);

  /** During an import, re-reading the whole library after every stored file is quadratic:
   * poll the count instead, and go live again afterwards. */
  pause() {
    if (this.#poll) return;
    const wasLive = this.#started;
    this.stop();
    if (!wasLive) return;
    // Only the count is polled: re-reading 10,000 records every 2 s blocks the page.
    const db = getDb();
    this.#poll = setInterval(() => {
      void db.reports.count().then((n) => (this.storedDuringImport = n));
    }, 2000);
  }

  resume() {
    if (!this.#poll) return;
    clearInterval(this.#poll);
    this.#poll = null;
    this.storedDuringImport = null;
    this.start();
  }

  sortBy(k: SortKey) {
    if (this.sortKey === k) this.sortDir = this.sortDir === 1 ? -1 : 1;
    else {
      this.sortKey = k;
      this.sortDir = 1;
    }
  }

  toggle(id: string) {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  selectAllVisible(on: boolean) {
    this.selected.clear();
    if (on) for (const r of this.visible) this.selected.add(r.id);
  }

  async deleteSelected() {
    const ids = [...this.selected];
    if (!ids.length) return;
    this.lastDeleted = await deleteReports(getDb(), ids, crypto.randomUUID(), Date.now());
    this.selected.clear();
  }

  async undoDelete(): Promise<number> {
    const n = await restoreTrash(getDb());
    this.lastDeleted = 0;
    return n;
  }

  updateMeta(id: string, patch: Partial<EditableMeta>) {
    return updateMeta(getDb(), id, patch);
  }

  revert(id: string, field: EditableField) {
    return revertField(getDb(), id, field);
  }
}

export const library = new LibraryState();
