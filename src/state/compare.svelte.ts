// The Compare view's state: which reports (ordered), the options, the data those reports need
// (live from IndexedDB), and the passage grid and metric table built from it by src/core/compare.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import {
  deleteSet,
  listCodebooks,
  listSets,
  loadCompareData,
  loadCurrent,
  saveCurrent,
  saveSet,
  setChoice,
  setPopulation,
  type CompareData,
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
import { toMentions } from '../core/compare/mentions.ts';
import {
  buildMetricTable,
  orderColumns,
  sortColumnsByRow,
  type MetricTable,
} from '../core/compare/metric-table.ts';
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
import {
  cellKey,
  localityKey,
  type CellChoice,
  type CompareColumn,
} from '../core/compare/types.ts';
import { longRows, metricRows, toCsv, toTsv } from '../core/compare/export.ts';
import { indexBy, localitySeries, uniqueIds } from '../core/compare/collect.ts';
import { applyDecisions } from './quantity-items.ts';
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
  data = $state.raw<CompareData | null>(null);
  /** The selection `data` was loaded for: until it matches, the table shows stale data. */
  #loadedKey = $state('');
  dataReady = $derived(this.#loadedKey === this.selected.join());
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
      this.data?.texts ?? [],
      (t) => t.reportId,
      (t) => t.text,
    ),
  );
  mentions = $derived(
    toMentions(applyDecisions(this.data?.quantities ?? [], this.data?.decisions ?? []), this.texts),
  );
  choiceRecords = $derived(indexBy(this.data?.choices ?? [], (c) => c.id));
  populations = $derived(
    indexBy(
      this.data?.populations ?? [],
      (p) => p.locality,
      (p) => p.population,
    ),
  );
  rowsShown = $derived(selectRows(this.catalogue, this.options.indicatorIds));
  table = $derived.by<MetricTable>(() => {
    const opts = {
      choices: this.choiceRecords as ReadonlyMap<string, CellChoice>,
      populations: this.populations,
      normalise: this.options.normalise,
      // Rows the user chose stay even when empty (a gap is a finding).
      keepEmptyRows: this.options.indicatorIds.length > 0,
    };
    const base = buildMetricTable(this.baseColumns, this.rowsShown, this.mentions, opts);
    if (!this.sortRow) return base;
    const cols = sortColumnsByRow(base, this.sortRow.id, this.sortRow.dir);
    return buildMetricTable(cols, this.rowsShown, this.mentions, opts);
  });
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
      const codes = (this.data?.codes ?? []).filter((c) => c.codebookId === book);
      rows = buildCodeGrid(this.gridReports, codes, this.data?.codings ?? []);
    } else if (this.gridMode === 'sections')
      rows = buildSectionGrid(this.gridReports, this.options.similarity ?? DEFAULT_SIMILARITY);
    else rows = buildPartGrid(this.gridReports, REQUIRED_PARTS);
    return filterGrid(
      rows,
      this.rowFilter,
      (r) => r.label ?? settings.t(`part_${r.key as RequiredPart}`),
    );
  });

  #data: Subscription | null = null;
  #meta: Subscription | null = null;

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
    this.ready = true;
  }

  stop() {
    this.#meta?.unsubscribe();
    this.#data?.unsubscribe();
    this.#meta = this.#data = null;
  }

  #subscribe() {
    this.#data?.unsubscribe();
    const ids = [...this.selected];
    const db = getDb();
    const key = ids.join();
    this.#data = liveQuery(() => loadCompareData(db, ids)).subscribe({
      next: (d) => {
        this.data = d;
        this.#loadedKey = key;
      },
      error: (e) => console.error('compare data query failed', e),
    });
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

  metricCsv = () => toCsv(metricRows(this.table));
  longCsv = () => toCsv(longRows(this.table));
  metricTsv = () => toTsv(metricRows(this.table));
  metricRows = () => metricRows(this.table);
}

export const compare = new CompareState();
