// The compare worker: loads the selected reports' quantities, decisions, choices and texts
// (live, so a choice or a manual entry made in the UI reaches it through Dexie's change
// broadcast), turns them into mentions with their sentences and builds the metric table, so
// none of that (over a second at 1,000 reports) runs on the UI thread.
import * as Comlink from 'comlink';
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { loadMetricData, type MetricData } from '../db/compare.ts';
import { toMentions } from '../core/compare/mentions.ts';
import {
  buildMetricTable,
  sortColumnsByRow,
  type MetricOptions,
  type MetricTable,
} from '../core/compare/metric-table.ts';
import { toViewTable } from '../core/compare/view-table.ts';
import { longRows, metricRows } from '../core/compare/export.ts';
import { indexBy } from '../core/compare/collect.ts';
import type { CellChoice, Mention } from '../core/compare/types.ts';
import { applyDecisions } from '../state/quantity-items.ts';
import type { CompareWorkerApi } from './compare-api.ts';

interface Loaded {
  key: string;
  data: MetricData;
  mentions: Mention[];
}

let sub: Subscription | null = null;
/** The page's callback for the watched selection: released when another replaces it. */
let notify: ((key: string) => void) | null = null;
let loaded: Loaded | null = null;
/** The last full table (with every mention), for popovers and exports. */
let last: MetricTable | null = null;

function prepare(key: string, data: MetricData): Loaded {
  const texts = indexBy(
    data.texts,
    (t) => t.reportId,
    (t) => t.text,
  );
  const mentions = toMentions(applyDecisions(data.quantities, data.decisions), texts);
  // The texts are only needed for the sentences: drop them so memory does not hold them twice.
  return { key, data: { ...data, texts: [] }, mentions };
}

const api: CompareWorkerApi = {
  async watch(ids, changed) {
    sub?.unsubscribe();
    // Each watch brings a new Comlink proxy; release the old one so the port is freed.
    (notify as Partial<Comlink.ProxyMethods> | null)?.[Comlink.releaseProxy]?.();
    notify = changed;
    const key = ids.join();
    const db = getDb();
    sub = liveQuery(() => loadMetricData(db, ids)).subscribe({
      next: (d) => {
        loaded = prepare(key, d);
        changed(key);
      },
      error: (e) => console.error('compare worker query failed', e),
    });
  },

  async build(req) {
    const key = req.ids.join();
    if (!loaded || loaded.key !== key) return null;
    const { data, mentions } = loaded;
    const opts: MetricOptions = {
      choices: indexBy(data.choices, (c) => c.id) as ReadonlyMap<string, CellChoice>,
      populations: indexBy(
        data.populations,
        (p) => p.locality,
        (p) => p.population,
      ),
      normalise: req.normalise,
      keepEmptyRows: req.keepEmptyRows,
    };
    let table = buildMetricTable(req.columns, req.indicators, mentions, opts);
    if (req.sortRow) {
      const cols = sortColumnsByRow(table, req.sortRow.id, req.sortRow.dir);
      table = buildMetricTable(cols, req.indicators, mentions, opts);
    }
    last = table;
    return {
      key,
      table: toViewTable(table),
      choices: data.choices,
      populations: data.populations,
    };
  },

  async mentions(reportId, indicatorId) {
    const row = last?.rows.find((r) => r.indicator.id === indicatorId);
    return row?.cells.find((c) => c.reportId === reportId)?.mentions ?? [];
  },

  async exportRows(kind) {
    if (!last) return [];
    return kind === 'long' ? longRows(last) : metricRows(last);
  },
};

Comlink.expose(api);
