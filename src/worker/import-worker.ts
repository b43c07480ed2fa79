// The import worker: parses files with src/core and stores them a batch per transaction
// (store-batch.ts: one commit for up to 25 files, each file still whole or not at all), so the
// UI thread never blocks.
import * as Comlink from 'comlink';
import { parseFileEntries, type Stage } from '../core/pipeline.ts';
import { importError, LIMITS } from '../core/errors.ts';
import type { ImportError } from '../core/types.ts';
import { getDb } from '../db/schema.ts';
import { StoreBatch } from './store-batch.ts';
import {
  computeQuantities,
  EXTRACT_VERSION,
  loadCatalogue,
  markAllForExtraction,
  putRematched,
  replaceQuantities,
  reportsNeedingExtraction,
} from '../db/quantities.ts';
import { matchAll, matchIndicator } from '../core/indicators/index.ts';
import { browserPdfHost } from './pdf-host-browser.ts';
import type {
  ImportItemResult,
  ImportProgress,
  ImportSource,
  ImportSummary,
  ImportWorkerApi,
  IndicatorTestHit,
} from './import-api.ts';

const STAGE_FRACTION: Record<Stage, number> = {
  unpack: 0.02,
  decode: 0.1,
  clean: 0.6,
  outline: 0.7,
  meta: 0.8,
  hash: 0.9,
};

let cancelRequested = false;

/** Let queued messages (a cancel) in between files. */
const breathe = () => new Promise((r) => setTimeout(r, 0));

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

async function readSource(s: ImportSource): Promise<Uint8Array> {
  if (s.bytes) return s.bytes;
  if (s.file) return new Uint8Array(await s.file.arrayBuffer());
  return new Uint8Array();
}

const api: ImportWorkerApi = {
  cancel() {
    cancelRequested = true;
  },

  async importFiles(sources, onProgress): Promise<ImportSummary> {
    cancelRequested = false;
    const db = getDb();
    const host = browserPdfHost();
    const catalogue = await loadCatalogue(db);
    const summary: ImportSummary = { added: 0, duplicates: 0, failed: 0, cancelled: false };
    const n = sources.length;
    let storageBroken = false;
    // Stage updates are throttled (a message per stage of every file floods the UI thread on
    // big imports); results are always sent.
    let lastSent = 0;
    const send = (p: Omit<ImportProgress, 'fileCount'>) => {
      const now = performance.now();
      if (!p.result && now - lastSent < 100) return;
      lastSent = now;
      void onProgress({ ...p, fileCount: n });
    };
    const report = (i: number, result: ImportItemResult) => {
      if (result.status === 'added') summary.added++;
      else if (result.status === 'duplicate') summary.duplicates++;
      else summary.failed++;
      send({
        fileIndex: i,
        path: result.file,
        stage: 'done',
        fileFraction: 1,
        overall: (i + 1) / n,
        result,
      });
    };

    const fail = (
      i: number,
      file: string,
      err: ImportError,
      extra: Partial<ImportItemResult> = {},
    ) =>
      report(i, {
        ...extra,
        file,
        status: 'failed',
        code: err.code,
        message: err.message,
        messageEn: err.messageEn,
      });

    type Base = Omit<ImportItemResult, 'status'> & { file: string };
    const store = new StoreBatch<{ i: number; base: Base }>(db, ({ i, base }, stored) => {
      if (stored instanceof Error) {
        const quota = isQuotaError(stored);
        fail(
          i,
          base.file,
          importError('storage', quota ? 'QuotaExceededError' : String(stored)),
          base,
        );
        if (quota) storageBroken = true;
      } else if (stored.status === 'added') report(i, { ...base, status: 'added', id: stored.id });
      else {
        const err = importError('duplicate', stored.existingTitle);
        report(i, {
          ...base,
          status: 'duplicate',
          id: stored.existingId,
          code: err.code,
          message: err.message,
          messageEn: err.messageEn,
        });
      }
    });

    for (let i = 0; i < n; i++) {
      await breathe();
      const src = sources[i];
      if (cancelRequested || storageBroken) {
        const err = importError(storageBroken ? 'storage' : 'cancelled');
        summary.cancelled = cancelRequested;
        fail(i, src.name, err);
        continue;
      }
      // Refuse oversized files before reading them into memory.
      const size = src.file?.size ?? src.bytes?.byteLength ?? 0;
      const isZip = /\.zip$/i.test(src.name);
      if (size > (isZip ? LIMITS.zipTotalBytes : LIMITS.fileBytes)) {
        const mb = `${Math.round((isZip ? LIMITS.zipTotalBytes : LIMITS.fileBytes) / 1048576)} MB`;
        const err = importError(isZip ? 'zip-too-large' : 'too-large', mb);
        fail(i, src.name, err);
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readSource(src);
      } catch (e) {
        const err = importError('unreadable', String(e));
        fail(i, src.name, err);
        continue;
      }
      const onStage = (path: string, stage: Stage) =>
        send({
          fileIndex: i,
          path,
          stage,
          fileFraction: STAGE_FRACTION[stage],
          overall: (i + STAGE_FRACTION[stage]) / n,
        });
      const entries = parseFileEntries({ path: src.name, bytes }, host, {
        onStage,
        cancelled: () => cancelRequested,
      });
      for await (const o of entries) {
        if (!o.ok) {
          fail(i, o.file, o.error);
          continue;
        }
        const base = {
          file: o.file,
          title: o.report.meta.title,
          format: o.report.format,
          encoding: o.report.encoding,
        };
        send({
          fileIndex: i,
          path: o.file,
          stage: 'store',
          fileFraction: 0.95,
          overall: (i + 0.95) / n,
        });
        const id = crypto.randomUUID();
        const rows = computeQuantities(id, o.report.text, catalogue);
        await store.add(
          { i, base },
          { parsed: o.report, id, quantities: { rows, version: EXTRACT_VERSION } },
        );
      }
      await store.flush();
    }
    summary.cancelled = summary.cancelled || cancelRequested;
    return summary;
  },

  async reextractAll(onProgress) {
    await markAllForExtraction(getDb());
    return api.backfill(onProgress);
  },

  async backfill(onProgress) {
    const db = getDb();
    const ids = await reportsNeedingExtraction(db);
    const catalogue = await loadCatalogue(db);
    let done = 0;
    for (const id of ids) {
      const t = await db.texts.get(id);
      if (t) await replaceQuantities(db, id, computeQuantities(id, t.text, catalogue));
      onProgress?.(++done, ids.length);
      await breathe();
    }
    return done;
  },

  async rematch(onProgress) {
    const db = getDb();
    const catalogue = await loadCatalogue(db);
    const reports = await db.reports.toCollection().primaryKeys();
    let done = 0;
    for (const id of reports) {
      const t = await db.texts.get(id);
      const qs = await db.quantities.where('reportId').equals(id).toArray();
      if (t && qs.length) {
        const ms = matchAll(qs, t.text, catalogue);
        await putRematched(
          db,
          id,
          qs.map((q, i) => ({
            ...q,
            indicatorId: ms[i].indicatorId,
            explanation: ms[i].explanation,
          })),
        );
      }
      onProgress?.(++done, reports.length);
      await breathe();
    }
    return done;
  },

  async testIndicator(ind, limit) {
    const db = getDb();
    const hits: IndicatorTestHit[] = [];
    let count = 0;
    for (const r of await db.reports.toArray()) {
      const t = await db.texts.get(r.id);
      if (!t) continue;
      for (const q of await db.quantities.where('reportId').equals(r.id).toArray()) {
        if (matchIndicator(q, t.text, [ind]).indicatorId !== ind.id) continue;
        count++;
        if (hits.length < limit)
          hits.push({
            reportId: r.id,
            title: r.title,
            start: q.start,
            end: q.end,
            text: q.text,
            sentence: t.text.slice(q.sentenceStart, q.sentenceEnd),
            currentIndicatorId: q.indicatorId,
          });
      }
    }
    return { count, hits };
  },
};

// The single-file build (file://, no module workers) runs the same api on the main thread.
if (typeof document === 'undefined') Comlink.expose(api);

export { api as importApi };
