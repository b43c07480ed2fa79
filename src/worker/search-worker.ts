// The search worker: keeps every report's text, width-folded with what folding changed, and its
// bigram signature (texts are immutable after import, so neither ever goes stale) and scans
// them with src/core/search, so neither the ~80 MB of texts at 10,000 reports nor the scan
// ever touch the UI thread. Each text is held once: the original is rebuilt from the folded
// form where a KWIC row or a regex needs it.
import * as Comlink from 'comlink';
import {
  foldText,
  packRows,
  searchLibrary,
  signature,
  type FoldedText,
  type SearchableReport,
  type Signature,
} from '../core/search/index.ts';
import type { Heading } from '../core/types.ts';
import { getDb } from '../db/schema.ts';
import type { SearchReply, SearchWorkerApi } from './search-api.ts';

/** Kept as the search reads it, so a query allocates nothing per report. */
interface Cached extends SearchableReport {
  text: FoldedText;
  sig: Signature;
  outline?: Heading[];
}

const cache = new Map<string, Cached>();
/** Reads in chunks, so a first load of 10,000 texts never holds one giant result. */
const CHUNK = 500;

// One thing at a time: a warm-up and a query never load the same texts twice.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const p = queue.then(fn);
  queue = p.catch(() => undefined);
  return p;
}

async function loadTexts(ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !cache.has(id));
  const db = getDb();
  for (let i = 0; i < missing.length; i += CHUNK) {
    const chunk = missing.slice(i, i + CHUNK);
    const texts = await db.texts.bulkGet(chunk);
    for (const t of texts) {
      if (!t) continue;
      const text = foldText(t.text);
      cache.set(t.reportId, { id: t.reportId, text, sig: signature(text.folded) });
    }
  }
}

async function loadOutlines(ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => cache.get(id)?.outline === undefined);
  const db = getDb();
  for (let i = 0; i < missing.length; i += CHUNK) {
    const reports = await db.reports.bulkGet(missing.slice(i, i + CHUNK));
    for (const r of reports) {
      const c = r && cache.get(r.id);
      if (c) c.outline = r.outline;
    }
  }
}

/** Forget reports no longer in the library (warm gets every id), so memory follows it. */
function prune(ids: readonly string[]) {
  if (cache.size <= ids.length) return;
  const keep = new Set(ids);
  for (const id of cache.keys()) if (!keep.has(id)) cache.delete(id);
}

const api: SearchWorkerApi = {
  warm: (ids) =>
    serial(async () => {
      prune(ids);
      await loadTexts(ids);
      return cache.size;
    }),

  search: (req) =>
    serial(async () => {
      await loadTexts(req.ids);
      if (req.parts?.length) await loadOutlines(req.ids);
      const reports: SearchableReport[] = [];
      for (const id of req.ids) {
        const c = cache.get(id);
        if (c) reports.push(c);
      }
      const res = searchLibrary(reports, req.matcher, { parts: req.parts }, { width: req.width });
      const rows = packRows(res.rows);
      const reply: SearchReply = {
        rows,
        reportsHit: res.reportsHit,
        reportsSearched: res.reportsSearched,
        truncated: res.truncated,
      };
      const buffers = [rows.report, rows.start, rows.end, rows.leftLen, rows.hitLen, rows.cut];
      return Comlink.transfer(
        reply,
        buffers.map((b) => b.buffer as ArrayBuffer),
      );
    }),
};

Comlink.expose(api);
