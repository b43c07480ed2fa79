// The library view's state: all report rows (live from IndexedDB), filter, sort, selection.
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
import type { EditableField, EditableMeta, ReportRecord } from '../db/types.ts';
import {
  EMPTY_FILTER,
  filterRows,
  sortRows,
  type LibraryFilter,
  type SortKey,
} from '../core/library/filter.ts';

export class LibraryState {
  reports = $state.raw<ReportRecord[]>([]);
  loaded = $state(false);
  filter = $state<LibraryFilter>({ ...EMPTY_FILTER });
  sortKey = $state<SortKey>('importedAt');
  sortDir = $state<1 | -1>(1);
  selected = new SvelteSet<string>();
  /** Count of reports in the last undoable delete (0 when nothing to undo). */
  lastDeleted = $state(0);

  visible = $derived(sortRows(filterRows(this.reports, this.filter), this.sortKey, this.sortDir));

  #sub: Subscription | null = null;

  start() {
    if (this.#sub) return;
    const db = getDb();
    this.#sub = liveQuery(() => listReports(db)).subscribe({
      next: (rows) => {
        this.reports = rows;
        this.loaded = true;
      },
      error: (e) => console.error('library query failed', e),
    });
  }

  stop() {
    this.#sub?.unsubscribe();
    this.#sub = null;
  }

  #poll: ReturnType<typeof setInterval> | null = null;
  /** Reports stored so far while an import runs (the table refreshes when it ends). */
  storedDuringImport = $state<number | null>(null);

  /** During an import, re-reading the whole library after every stored file is quadratic:
   * poll the count instead, and go live again afterwards. */
  pause() {
    if (this.#poll) return;
    const wasLive = this.#sub !== null;
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
