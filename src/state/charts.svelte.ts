// The Charts view's state: the chart spec, where its reports come from (the compare view's
// current selection, a saved set, or a reopened saved chart), the data those reports need
// (live from IndexedDB, so charts update when codings or choices change), the shaped data
// from src/core/charts, saved charts, and a chart file opened from disk.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { listCodebooks, listSets, loadCurrent, type CompareSetRecord } from '../db/compare.ts';
import {
  deleteChart,
  listCharts,
  loadChartInputs,
  saveChart,
  type ChartInputs,
  type ChartRecord,
} from '../db/charts.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import { CATALOGUE } from '../core/indicators/catalogue.ts';
import type { Indicator } from '../core/indicators/types.ts';
import { REQUIRED_PARTS } from '../core/types.ts';
import { toMentions } from '../core/compare/mentions.ts';
import { indexBy } from '../core/compare/collect.ts';
import type { CellChoice } from '../core/compare/types.ts';
import {
  indicatorChoices,
  metricTableFor,
  shapeChart,
  type ChartInput,
} from '../core/charts/shape.ts';
import { chartFile, parseChartFile, type ChartFile } from '../core/charts/chart-file.ts';
import { DEFAULT_SPEC, type ChartData, type ChartSpec } from '../core/charts/types.ts';
import { applyDecisions } from './quantity-items.ts';
import { toColumn } from './compare.svelte.ts';
import { settings } from './settings.svelte.ts';

export type { ChartRecord };

export class ChartsState {
  spec = $state<ChartSpec>({ ...DEFAULT_SPEC });
  /** Ids of the compare view's current selection (live). */
  selectionIds = $state.raw<string[]>([]);
  sets = $state.raw<CompareSetRecord[]>([]);
  codebooks = $state.raw<{ id: string; name: string }[]>([]);
  catalogue = $state.raw<Indicator[]>([...CATALOGUE]);
  saved = $state.raw<ChartRecord[]>([]);
  inputs = $state.raw<ChartInputs | null>(null);
  /** A reopened saved chart keeps its own reports until the user picks another source. */
  pinned = $state(false);
  /** A chart file opened from disk: its data is shown as it was exported. */
  file = $state.raw<{ name: string; file: ChartFile } | null>(null);
  message = $state<string | null>(null);
  ready = $state(false);

  reportIds = $derived.by<string[]>(() => {
    if (this.pinned) return this.spec.reportIds;
    const src = this.spec.source;
    if (src.type === 'set') return this.sets.find((s) => s.id === src.id)?.reportIds ?? [];
    return this.selectionIds;
  });

  input = $derived.by<ChartInput | null>(() => {
    const d = this.inputs;
    if (!d) return null;
    const texts = indexBy(
      d.texts,
      (x) => x.reportId,
      (x) => x.text,
    );
    const items = applyDecisions(d.quantities, d.decisions).filter((i) => i.status !== 'rejected');
    const byId = indexBy(d.reports, (r) => r.id);
    const t = settings.t;
    return {
      reports: this.reportIds
        .map((id) => byId.get(id))
        .filter((r) => !!r)
        .map((r) => ({
          ...toColumn(r),
          chars: r.chars,
          outline: r.outline,
          text: texts.get(r.id),
        })),
      catalogue: this.catalogue,
      mentions: toMentions(items, texts),
      choices: indexBy(d.choices, (c) => c.id) as ReadonlyMap<string, CellChoice>,
      populations: indexBy(
        d.populations,
        (p) => p.locality,
        (p) => p.population,
      ),
      quantities: items.map((i) => ({
        reportId: i.q.reportId,
        start: i.q.start,
        sentence: texts.get(i.q.reportId)?.slice(i.q.sentenceStart, i.q.sentenceEnd),
      })),
      codes: d.codes,
      codings: d.codings,
      labels: {
        parts: Object.fromEntries(
          REQUIRED_PARTS.map((p) => [p, t(`part_${p}`)]),
        ) as ChartInput['labels']['parts'],
        other: t('chartOther'),
        uncoded: t('chartUncoded'),
      },
    };
  });

  table = $derived(this.input ? metricTableFor(this.input, this.spec.normalise) : null);
  indicators = $derived(this.table ? indicatorChoices(this.table) : []);

  /** What is drawn: the file's data while a file is open, else shaped from the library. */
  data = $derived.by<ChartData | null>(() => {
    if (this.file) return this.file.file.data;
    if (!this.input || !this.input.reports.length) return null;
    return shapeChart(this.spec, this.input, this.table ?? undefined);
  });

  #meta: Subscription | null = null;
  #data: Subscription | null = null;
  #ids = '';

  start() {
    if (this.#meta) return;
    const db = getDb();
    this.#meta = liveQuery(async () => ({
      current: await loadCurrent(db),
      sets: await listSets(db),
      codebooks: await listCodebooks(db),
      indicators: await db.indicators.toArray(),
      saved: await listCharts(db),
    })).subscribe({
      next: (r) => {
        this.selectionIds = r.current?.reportIds ?? [];
        this.sets = r.sets;
        this.codebooks = r.codebooks.map((b) => ({ id: b.id, name: b.name }));
        this.catalogue = effectiveCatalogue(r.indicators);
        this.saved = r.saved;
        this.ready = true;
      },
      error: (e) => console.error('charts meta query failed', e),
    });
  }

  stop() {
    this.#meta?.unsubscribe();
    this.#data?.unsubscribe();
    this.#meta = this.#data = null;
    this.#ids = '';
  }

  /** (Re)subscribe to the data of the current reports; called by the view when they change. */
  follow(ids: readonly string[]) {
    const key = ids.join('\n');
    if (key === this.#ids && this.#data) return;
    this.#ids = key;
    this.#data?.unsubscribe();
    const db = getDb();
    const list = [...ids];
    this.#data = liveQuery(() => loadChartInputs(db, list)).subscribe({
      next: (d) => (this.inputs = d),
      error: (e) => console.error('charts data query failed', e),
    });
  }

  set<K extends keyof ChartSpec>(key: K, value: ChartSpec[K]) {
    this.spec[key] = value;
  }

  setSource(value: string) {
    this.pinned = false;
    const set = this.sets.find((s) => s.id === value);
    this.spec.source = set ? { type: 'set', id: set.id, name: set.name } : { type: 'selection' };
  }

  /** The spec as saved or exported: with the reports it was drawn from. */
  snapshot(): ChartSpec {
    return { ...($state.snapshot(this.spec) as ChartSpec), reportIds: [...this.reportIds] };
  }

  async save(): Promise<string> {
    const spec = this.snapshot();
    const name =
      spec.title.trim() ||
      `${settings.t(`chartKind_${spec.kind}`)} · ${new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' }).format(Date.now())}`;
    const existing = this.saved.find((c) => c.name === name);
    await saveChart(getDb(), {
      id: existing?.id ?? crypto.randomUUID(),
      name,
      spec,
      updatedAt: Date.now(),
    });
    this.message = settings.t('chartSaved', { name });
    return name;
  }

  open(rec: ChartRecord) {
    this.file = null;
    this.spec = { ...DEFAULT_SPEC, ...rec.spec };
    this.pinned = true;
  }

  remove(id: string) {
    return deleteChart(getDb(), id);
  }

  exportFile(exportedAt: string): ChartFile | null {
    const data = this.data;
    if (!data) return null;
    return chartFile(
      this.file ? this.file.file.spec : this.snapshot(),
      $state.snapshot(data) as ChartData,
      exportedAt,
    );
  }

  /** Open a chart file; a bad one leaves everything as it was and says why. */
  openFile(name: string, text: string): boolean {
    const r = parseChartFile(text);
    if (!r.ok) {
      this.message = r.message[settings.locale === 'en' ? 1 : 0];
      return false;
    }
    this.message = null;
    this.file = { name, file: r.file };
    this.spec = { ...r.file.spec };
    this.pinned = true;
    return true;
  }

  /** Leave the file's snapshot and draw its spec from the library's current data. */
  closeFile() {
    this.file = null;
  }
}

export const charts = new ChartsState();
