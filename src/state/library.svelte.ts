// The library view's state: the slim report rows (live from IndexedDB), filter, sort,
// selection; and, only once a view asks for them, the full records (outline, detection).
// At start-up the first page and the count come from the index first, so the table shows
// before all rows are read; the full list follows right after that first paint.
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
import { firstRows, listRows, syncRows } from '../db/rows.ts';
import type { EditableField, EditableMeta, ReportRecord, ReportRow } from '../db/types.ts';
import {
  EMPTY_FILTER,
  filterRows,
  sortRows,
  type LibraryFilter,
  type SortKey,
} from '../core/library/filter.ts';
import { afterPaint } from './schedule.ts';

/** Rows the table shows at first (a screen or two), and how many each "show more" adds. */
export const PAGE_SIZE = 50;
export const MORE_ROWS = 1000;

export class LibraryState {
  /** What the library table lists: one slim row per report, in import order. */
  rows = $state.raw<ReportRow[]>([]);
  /** `rows` holds every row (until then, only `#head` and `#count` are known). */
  loaded = $state(false);
  /** Before `loaded`: the first page in import order, and how many rows there are. */
  #head = $state.raw<ReportRow[] | null>(null);
  #count = $state(0);
  #full = $state.raw<ReportRecord[]>([]);
  #wantFull = false;
  filter = $state<LibraryFilter>({ ...EMPTY_FILTER });
  sortKey = $state<SortKey>('importedAt');
  sortDir = $state<1 | -1>(1);
  selected = new SvelteSet<string>();
  /** Count of reports in the last undoable delete (0 when nothing to undo). */
  lastDeleted = $state(0);
  #loadedOnce: () => void = () => {};
  /** Settles when `rows` first holds every row. */
  readonly ready = new Promise<void>((resolve) => (this.#loadedOnce = resolve));

  /** The table can be shown: every row, or the first page and the count. */
  shown = $derived(this.loaded || this.#head !== null);
  /** Only the first page is read so far. */
  partial = $derived(!this.loaded && this.#head !== null);
  /** The default filter and sort, the order the first page was read in. */
  #plain = $derived(
    this.sortKey === 'importedAt' &&
      this.sortDir === 1 &&
      Object.values(this.filter).every((v) => v === ''),
  );
  /** Reports stored. */
  total = $derived(this.loaded ? this.rows.length : this.#count);
  /** The rows the filter and sort give, in order; while partial, the first page when the
   * order is the default one (otherwise nothing until every row is read). */
  visible = $derived(
    this.loaded
      ? sortRows(filterRows(this.rows, this.filter), this.sortKey, this.sortDir)
      : this.#plain
        ? (this.#head ?? [])
        : [],
  );
  /** How many rows `visible` stands for (while partial, all of them); null while unknown. */
  visibleCount = $derived(
    this.loaded ? this.visible.length : this.#plain && this.#head ? this.#count : null,
  );

  /** Full records, for the views that need outlines (compare, codes, rules). Reading this
   * starts their live query; the library itself never does, so it opens on the slim rows. */
  get reports(): ReportRecord[] {
    if (!this.#wantFull) {
      this.#wantFull = true;
      if (this.#sub) queueMicrotask(() => this.#startFull());
    }
    return this.#full;
  }

  /** Resolves once the rows have been read (at once if they have). */
  whenLoaded(): Promise<void> {
    return this.loaded ? Promise.resolve() : this.ready;
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
    const live = () => {
      if (run !== this.#run) return;
      this.#sub = liveQuery(() => listRows(db)).subscribe({
        next: (rows) => {
          this.rows = rows;
          this.loaded = true;
          this.#head = null;
          this.#loadedOnce();
        },
        error: (e) => console.error('library query failed', e),
      });
      if (this.#wantFull) this.#startFull();
    };
    // Rows written by code that bypassed db/reports.ts are rebuilt before every row is read.
    const sync = () =>
      void syncRows(db)
        .catch((e) => console.error('library rows sync failed', e))
        .then(live);
    if (this.loaded) return sync();
    // First the first page and the count, for the first paint; every row right after it.
    void firstRows(db, PAGE_SIZE).then(
      ({ head, count }) => {
        if (run !== this.#run) return;
        this.#head = head;
        this.#count = count;
        afterPaint(sync);
      },
      (e) => {
        console.error('library first rows failed', e);
        sync();
      },
    );
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
