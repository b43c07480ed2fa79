// The Compare view's state: which reports (ordered), the options, the passage grid (built here
// from live data, only while its tab is shown) and the metric table (loaded and built in the
// compare worker, src/worker/compare-worker.ts, which sends back the finished table).
import { untrack } from 'svelte';
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import {
  deleteSet,
  listCodebooks,
  listSets,
  loadGridData,
  loadCurrent,
  saveCurrent,
  saveSet,
  setChoice,
  setPopulation,
  type GridData,
  type CompareOptions,
  type CompareSetRecord,
  type CellChoiceRecord,
} from '../db/compare.ts';
import type { ReportRow } from '../db/types.ts';
import { EMPTY_FILTER, filterRows, type LibraryFilter } from '../core/library/filter.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import { CATALOGUE } from '../core/indicators/catalogue.ts';
import type { Indicator } from '../core/indicators/types.ts';
import { REQUIRED_PARTS, type RequiredPart } from '../core/types.ts';
import { orderColumns } from '../core/compare/metric-table.ts';
import {
  buildCodeGrid,
  buildPartGrid,
  buildSectionGrid,
  filterGrid,
  type GridReport,
  type GridRow,
} from '../core/compare/passage-grid.ts';
import { DEFAULT_SIMILARITY } from '../core/compare/sections.ts';
import { moveRow, moveRowTo, selectRows, toggleRow } from '../core/compare/rows.ts';
import { cellKey, localityKey, type CompareColumn } from '../core/compare/types.ts';
import { indexBy, localitySeries, uniqueIds } from '../core/compare/collect.ts';
import { PREVIEW_COLUMNS, type TableRequest } from '../worker/compare-api.ts';
import { CompareTableState } from './compare-table.svelte.ts';
import { library } from './library.svelte.ts';
import { settings } from './settings.svelte.ts';

export type { CompareOptions, CompareSetRecord, CellChoiceRecord };

const DEFAULT_OPTIONS: CompareOptions = {
  tab: 'parts',
  normalise: false,
  order: 'hand',
  indicatorIds: [],
  groupByArea: true,
  similarity: DEFAULT_SIMILARITY,
};

export function reportLocalityKey(r: ReportRow): string {
  return localityKey(
    r.locality?.province ?? r.province,
    r.locality?.prefecture ?? null,
    r.localityName || r.title,
  );
}

export function toColumn(r: ReportRow): CompareColumn {
  const locality = r.localityName || r.title;
  return {
    id: r.id,
    label: r.year ? `${locality} ${r.year}` : locality,
    locality,
    localityKey: reportLocalityKey(r),
    year: r.year,
  };
}

export class CompareState {
  /** Selected report ids in hand order. */
  selected = $state.raw<string[]>([]);
  /** For "is this report selected" checks over long lists (no proxy reads per item). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt from the array, never mutated
  selectedSet = $derived(new Set(this.selected));
  options = $state<CompareOptions>({ ...DEFAULT_OPTIONS });
  filter = $state<LibraryFilter>({ ...EMPTY_FILTER });
  /** Passage grid: keep passages containing this text. */
  rowFilter = $state('');
  sortRow = $state<{ id: string; dir: 1 | -1 } | null>(null);
  /** Passage grid data (texts, codes, codings), loaded only while the parts tab is shown. */
  gridData = $state.raw<GridData | null>(null);
  /** The metric table, built in the compare worker. */
  #metric = new CompareTableState();
  get table() {
    return this.#metric.table;
  }
  get choiceRecords() {
    return this.#metric.choiceRecords;
  }
  get populations() {
    return this.#metric.populations;
  }
  /** While the table previews the first columns of a large selection: the full column count. */
  get tablePartialOf() {
    return this.#metric.partialOf;
  }
  /** Until the table is the one of the current selection, it shows stale data. */
  dataReady = $derived(this.#metric.key === this.selected.join());
  catalogue = $state.raw<Indicator[]>([...CATALOGUE]);
  sets = $state.raw<CompareSetRecord[]>([]);
  codebooks = $state.raw<{ id: string; name: string }[]>([]);
  ready = $state(false);

  // Slim rows (library.rows) serve everything here but the passage grid's outlines.
  candidates = $derived(filterRows(library.rows, this.filter));
  selectedReports = $derived.by(() => {
    const byId = indexBy(library.rows, (r) => r.id);
    return this.selected.map((id) => byId.get(id)).filter((r): r is ReportRow => !!r);
  });
  baseColumns = $derived.by(() => {
    const cols = this.selectedReports.map(toColumn);
    return this.options.order === 'hand' ? cols : orderColumns(cols, this.options.order);
  });
  texts = $derived(
    indexBy(
      this.gridData?.texts ?? [],
      (t) => t.reportId,
      (t) => t.text,
    ),
  );
  rowsShown = $derived(selectRows(this.catalogue, this.options.indicatorIds));
  /** What the worker needs to build the table (plain data: it is copied to the worker). */
  // Built from plain values (raw state and derived arrays), not snapshotted: $state.snapshot
  // structured-clones its argument, hundreds of milliseconds for 10,000 columns.
  #request = $derived.by<TableRequest>(() => ({
    ids: this.selected,
    columns: this.baseColumns,
    indicators: this.rowsShown,
    normalise: this.options.normalise,
    // Rows the user chose stay even when empty (a gap is a finding).
    keepEmptyRows: this.options.indicatorIds.length > 0,
    sortRow: this.sortRow ? { ...this.sortRow } : null,
  }));
  gridReports = $derived.by<GridReport[]>(() => {
    const byId = indexBy(library.reports, (r) => r.id);
    return this.baseColumns.map((c) => ({
      id: c.id,
      outline: byId.get(c.id)?.outline ?? [],
      text: this.texts.get(c.id) ?? '',
    }));
  });
  gridMode = $derived(this.options.gridMode ?? (this.options.codebookId ? 'codes' : 'parts'));
  grid = $derived.by(() => {
    const book = this.options.codebookId;
    let rows: GridRow[];
    if (this.gridMode === 'codes' && book) {
      const codes = (this.gridData?.codes ?? []).filter((c) => c.codebookId === book);
      rows = buildCodeGrid(this.gridReports, codes, this.gridData?.codings ?? []);
    } else if (this.gridMode === 'sections')
      rows = buildSectionGrid(this.gridReports, this.options.similarity ?? DEFAULT_SIMILARITY);
    else rows = buildPartGrid(this.gridReports, REQUIRED_PARTS);
    return filterGrid(
      rows,
      this.rowFilter,
      (r) => r.label ?? settings.t(`part_${r.key as RequiredPart}`),
    );
  });

  #grid: Subscription | null = null;
  #gridKey: string | null = null;
  #meta: Subscription | null = null;
  #effects: (() => void) | null = null;

  async start() {
    if (this.#meta) return;
    const db = getDb();
    this.#meta = liveQuery(async () => ({
      indicators: await db.indicators.toArray(),
      sets: await listSets(db),
      codebooks: await listCodebooks(db),
    })).subscribe({
      next: (r) => {
        this.codebooks = r.codebooks.map((b) => ({ id: b.id, name: b.name }));
        this.catalogue = effectiveCatalogue(r.indicators);
        this.sets = r.sets;
      },
      error: (e) => console.error('compare meta query failed', e),
    });
    const cur = await loadCurrent(db);
    if (cur) {
      this.selected = cur.reportIds;
      this.options = { ...DEFAULT_OPTIONS, ...cur.options };
    }
    this.#subscribe();
    const stopTable = this.#metric.follow(() => this.#request);
    const stopGrid = $effect.root(() => {
      // The passage grid's data only while its tab is shown (the metric tab never needs it).
      $effect(() => {
        const ids = this.options.tab === 'parts' ? [...this.selected] : null;
        untrack(() => this.#watchGrid(ids));
      });
    });
    this.#effects = () => {
      stopTable();
      stopGrid();
    };
    this.ready = true;
  }

  stop() {
    this.#meta?.unsubscribe();
    this.#effects?.();
    // Nothing to watch while the view is away (start() subscribes again).
    this.#metric.watch([]);
    this.#watchGrid(null);
    this.#meta = this.#effects = null;
  }

  #subscribe() {
    this.#metric.watch(
      [...this.selected],
      this.baseColumns.slice(0, PREVIEW_COLUMNS).map((c) => c.id),
    );
  }

  #watchGrid(ids: string[] | null) {
    const key = ids?.join() ?? null;
    if (key === this.#gridKey) return;
    this.#grid?.unsubscribe();
    this.#grid = null;
    this.#gridKey = key;
    if (!ids) return;
    const db = getDb();
    this.#grid = liveQuery(() => loadGridData(db, ids)).subscribe({
      next: (d) => (this.gridData = d),
      error: (e) => console.error('compare grid query failed', e),
    });
  }

  cellMentions(reportId: string, indicatorId: string) {
    return this.#metric.cellMentions(reportId, indicatorId);
  }

  #persist() {
    void saveCurrent(getDb(), [...this.selected], $state.snapshot(this.options) as CompareOptions);
  }

  setSelection(ids: string[]) {
    this.selected = uniqueIds(ids);
    this.sortRow = null;
    this.#persist();
    this.#subscribe();
  }

  toggle(id: string) {
    this.setSelection(
      this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id],
    );
  }

  /** Move a column one place left (-1) or right (+1) in hand order. */
  move(id: string, step: -1 | 1) {
    const order = this.baseColumns.map((c) => c.id);
    const i = order.indexOf(id);
    const j = i + step;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    this.options.order = 'hand';
    this.setSelection(order);
  }

  setOption<K extends keyof CompareOptions>(key: K, value: CompareOptions[K]) {
    this.options[key] = value;
    this.#persist();
  }

  /** Lay out one locality's reports by year. */
  sameLocality(key: string) {
    const ids = library.rows
      .filter((r) => reportLocalityKey(r) === key)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .map((r) => r.id);
    this.options.order = 'year';
    this.setSelection(ids);
  }

  /** Localities with more than one report (for the shortcut). */
  seriesLocalities = $derived(
    localitySeries(
      library.rows.map((r) => ({ key: reportLocalityKey(r), name: r.localityName || r.title })),
    ),
  );

  sortBy(id: string) {
    this.sortRow =
      this.sortRow?.id === id ? (this.sortRow.dir === -1 ? { id, dir: 1 } : null) : { id, dir: -1 };
  }

  /** The metric table's row order as ids (the default's rows when nothing is chosen yet). */
  rowOrder() {
    const o = this.options.indicatorIds;
    return o.length ? o : this.table.rows.map((r) => r.indicator.id);
  }

  toggleRow(id: string) {
    this.setOption('indicatorIds', toggleRow(this.options.indicatorIds, id, this.rowOrder()));
  }

  /** One place up or down; grouped by area, within the row's area. */
  moveRow(id: string, step: -1 | 1) {
    const area = (x: string) => this.catalogue.find((i) => i.id === x)?.area;
    const byArea = this.options.groupByArea !== false;
    this.setOption('indicatorIds', moveRow(this.rowOrder(), id, step, byArea ? area : undefined));
  }

  moveRowTo(id: string, to: number) {
    this.setOption('indicatorIds', moveRowTo(this.rowOrder(), id, to));
  }

  choose(reportId: string, indicatorId: string, quantityId: string | null) {
    return setChoice(
      getDb(),
      reportId,
      indicatorId,
      quantityId ? { quantityId } : null,
      settings.coderName || '—',
      Date.now(),
    );
  }

  setManual(reportId: string, indicatorId: string, value: number, unit: string, note: string) {
    const prev = this.choiceRecords.get(cellKey(reportId, indicatorId));
    return setChoice(
      getDb(),
      reportId,
      indicatorId,
      { quantityId: prev?.quantityId ?? null, manual: { value, unit, note } },
      settings.coderName || '—',
      Date.now(),
    );
  }

  clearManual(reportId: string, indicatorId: string) {
    const prev = this.choiceRecords.get(cellKey(reportId, indicatorId));
    return setChoice(
      getDb(),
      reportId,
      indicatorId,
      prev?.quantityId ? { quantityId: prev.quantityId } : null,
      settings.coderName || '—',
      Date.now(),
    );
  }

  choiceRecord(reportId: string, indicatorId: string): CellChoiceRecord | null {
    return this.choiceRecords.get(cellKey(reportId, indicatorId)) ?? null;
  }

  setPopulation(key: string, n: number | null) {
    return setPopulation(getDb(), key, n, Date.now());
  }

  async saveAs(name: string) {
    const n = name.trim();
    if (!n) return;
    const existing = this.sets.find((s) => s.name === n);
    await saveSet(getDb(), {
      id: existing?.id ?? crypto.randomUUID(),
      name: n,
      reportIds: [...this.selected],
      options: $state.snapshot(this.options) as CompareOptions,
      at: Date.now(),
    });
  }

  openSet(id: string) {
    const s = this.sets.find((x) => x.id === id);
    if (!s) return;
    this.options = { ...DEFAULT_OPTIONS, ...s.options };
    this.setSelection(s.reportIds.filter((rid) => library.rows.some((r) => r.id === rid)));
  }

  deleteSet(id: string) {
    return deleteSet(getDb(), id);
  }

  metricRows = () => this.#metric.metricRows();
  longRows = () => this.#metric.longRows();
  metricCsv = () => this.#metric.metricCsv();
  longCsv = () => this.#metric.longCsv();
  metricTsv = () => this.#metric.metricTsv();
}

export const compare = new CompareState();
