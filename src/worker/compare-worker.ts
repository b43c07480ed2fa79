// The compare worker: loads the selected reports' mention sets, decisions and choices (live,
// so a choice or a manual entry made in the UI reaches it through Dexie's change broadcast),
// builds the metric table and sends it packed (core/compare/view-table.ts), so none of that
// runs on the UI thread. Texts are read only for the sentences a popover or an export shows.
import * as Comlink from 'comlink';
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { loadMetricData, textsOf, type MetricData } from '../db/compare.ts';
import { allMentions, decidedSets } from './metric-mentions.ts';
import { buildMetricTable, type MetricOptions } from '../core/compare/metric-table.ts';
import {
  buildPackedTable,
  packedMentionsOf,
  sortPackedColumns,
} from '../core/compare/packed-table.ts';
import type { PackedMentions } from '../core/compare/mention-pack.ts';
import { viewTableBuffers } from '../core/compare/view-table.ts';
import { longRows, metricRows } from '../core/compare/export.ts';
import { indexBy } from '../core/compare/collect.ts';
import type { CellChoice, CompareColumn, Mention } from '../core/compare/types.ts';
import { PREVIEW_COLUMNS, type CompareWorkerApi, type TableRequest } from './compare-api.ts';

interface Loaded {
  key: string;
  data: MetricData;
  /** Report id → its mentions, decisions applied. */
  sets: Map<string, PackedMentions>;
}

let sub: Subscription | null = null;
/** The page's callback for the watched selection: released when another replaces it. */
let notify: ((key: string) => void) | null = null;
let loaded: Loaded | null = null;
/** What the last table was built from, for popovers and exports. */
let last: {
  source: Loaded;
  columns: CompareColumn[];
  req: TableRequest;
  opts: MetricOptions;
} | null = null;
/** The first columns' data of the watched selection, until the whole of it is read. */
let preview: (Loaded & { ids: ReadonlySet<string> }) | null = null;
/** The preview being read, if any. */
let previewing: { key: string; done: Promise<void> } | null = null;
/** Bumped by each watch, so a preview read for an older selection is dropped. */
let watchRun = 0;
/** True while `last` is a preview of the first columns only. */
let lastPartial = false;

function prepare(key: string, data: MetricData): Loaded {
  return { key, data, sets: decidedSets(data) };
}

/** Fill in the sentences of these mentions from their reports' texts (in place). */
async function withSentences(ms: Mention[]): Promise<Mention[]> {
  const todo = ms.filter((m) => m.sentence === undefined);
  const ids = [...new Set(todo.map((m) => m.reportId))];
  // In slices, so an export of 10,000 reports never holds every text at once.
  for (let k = 0; k < ids.length; k += 500) {
    const texts = indexBy(
      await textsOf(getDb(), ids.slice(k, k + 500)),
      (t) => t.reportId,
      (t) => t.text,
    );
    for (const m of todo) {
      const text = texts.get(m.reportId);
      if (text !== undefined) m.sentence = text.slice(m.sentenceStart, m.sentenceEnd);
    }
  }
  return ms;
}

const api: CompareWorkerApi = {
  async watch(ids, changed, previewIds = []) {
    sub?.unsubscribe();
    sub = null;
    // Each watch brings a new Comlink proxy; release the old one so the port is freed.
    (notify as Partial<Comlink.ProxyMethods> | null)?.[Comlink.releaseProxy]?.();
    notify = changed;
    const key = ids.join();
    const run = ++watchRun;
    const db = getDb();
    // A large selection takes a second or two to read: first read the columns the table shows
    // first, on their own (by key, a few milliseconds), so it can paint those at once.
    preview = null;
    previewing = null;
    if (ids.length > PREVIEW_COLUMNS && previewIds.length) {
      // A build asked for while this is read waits for it (saves a round trip to the page).
      const reading = loadMetricData(db, previewIds.slice(0, PREVIEW_COLUMNS));
      previewing = {
        key,
        done: reading.then(
          () => undefined,
          () => undefined,
        ),
      };
      const data = await reading;
      if (run !== watchRun) return;
      preview = { ...prepare(key, data), ids: new Set(previewIds.slice(0, PREVIEW_COLUMNS)) };
      changed(key);
    }
    sub = liveQuery(() => loadMetricData(db, ids)).subscribe({
      next: (d) => {
        loaded = prepare(key, d);
        preview = null;
        changed(key);
      },
      error: (e) => console.error('compare worker query failed', e),
    });
  },

  async build(req) {
    const key = req.ids.join();
    if (previewing?.key === key && !preview && loaded?.key !== key) await previewing.done;
    let source: Loaded | null = loaded?.key === key ? loaded : null;
    let columns = req.columns;
    // Until the whole selection is read, the preview's columns (in the request's order; not
    // when sorting by a row, which needs every value).
    if (!source && preview?.key === key && !req.sortRow) {
      const p = preview;
      columns = req.columns.filter((c) => p.ids.has(c.id));
      source = columns.length ? p : null;
    }
    if (!source) return null;
    const { data } = source;
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
    let view = buildPackedTable(columns, req.indicators, source.sets, opts);
    if (req.sortRow) {
      columns = sortPackedColumns(view, req.sortRow.id, req.sortRow.dir);
      view = buildPackedTable(columns, req.indicators, source.sets, opts);
    }
    lastPartial = columns.length < req.columns.length;
    last = { source, columns, req, opts };
    // A preview's highest, lowest and median would be those of its first columns: none yet.
    if (lastPartial) {
      for (const row of view.rows) {
        row.stats = null;
        row.maxIds = row.minIds = [];
      }
      for (let i = 0; i < view.flags.length; i++) view.flags[i] &= 0b11111;
    }
    return Comlink.transfer(
      {
        key,
        table: view,
        choices: data.choices,
        populations: data.populations,
        of: lastPartial ? req.columns.length : null,
      },
      viewTableBuffers(view),
    );
  },

  async mentions(reportId, indicatorId) {
    return withSentences(packedMentionsOf(reportId, last?.source.sets.get(reportId), indicatorId));
  },

  async exportRows(kind) {
    if (!last || lastPartial) return [];
    // The full table, with every mention and its sentence (only an export needs all of it).
    const { source, columns, req, opts } = last;
    const table = buildMetricTable(columns, req.indicators, allMentions(source.sets), opts);
    await withSentences(table.rows.flatMap((r) => r.cells.flatMap((c) => c.mentions)));
    return kind === 'long' ? longRows(table) : metricRows(table);
  },
};

Comlink.expose(api);
