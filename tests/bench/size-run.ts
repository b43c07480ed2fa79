// All browser measurements for one corpus size: baseline and app imports alternating, each
// in a fresh context (empty IndexedDB); heap and library open after each app import.
import type { Browser, Page } from '@playwright/test';
import type { Corpus } from './corpus.ts';
import { freshContext } from './browser.ts';
import { importViaApp, type AppImportRun } from './measures/import-app.ts';
import { importViaBaseline, type BaselineRun } from './measures/import-baseline.ts';
import { heapAfterImport, type HeapFigures } from './measures/heap.ts';
import { openLibrary, type LibraryOpenRun } from './measures/library-open.ts';
import { measureSearch, type SearchFigures } from './measures/search.ts';
import { measureTable, type TableFigures } from './measures/table.ts';
import { round, spread, type Spread } from './stats.ts';

export interface SizeResult {
  n: number;
  corpus: {
    files: number;
    mb: number;
    zipMB: number;
    zips: number;
    byFormat: Record<string, number>;
  };
  app: AppImportRun[];
  baseline: BaselineRun[];
  heap: HeapFigures[];
  libraryOpen: LibraryOpenRun[];
  /** Measured once, after the last app import, with what it stored. */
  search: SearchFigures | null;
  table: TableFigures | null;
  errors: string[];
  agg: {
    importMBps: Spread | null;
    reportsPerSec: Spread | null;
    importMs: Spread | null;
    baselineMBps: Spread | null;
    /** Median app MB/s over median baseline MB/s. */
    ratio: number | null;
    /** Worst over the runs: the target is "no task over 100 ms". */
    maxLongTaskMs: number | null;
    totalBlockingMs: Spread | null;
    maxFrameGapMs: number | null;
    libraryOpenMs: Spread | null;
    heapTotalMB: Spread | null;
    stored: number | null;
  };
}

const log = (s: string) => console.log(`[bench] ${s}`);
async function measureViews(res: SizeResult, page: Page, baseUrl: string, stored: number) {
  try {
    res.search = await measureSearch(page, baseUrl);
    const s = res.search;
    log(
      `N=${res.n} search: first ${round(s.firstMs)} ms, p50 ${round(s.p50Ms ?? NaN)} ms, p95 ${round(s.p95Ms ?? NaN)} ms`,
    );
  } catch (e) {
    res.errors.push(`search: ${errText(e)}`);
    log(`N=${res.n} search failed: ${errText(e)}`);
  }
  try {
    res.table = await measureTable(page, baseUrl, stored, 90_000);
    const t = res.table;
    log(
      `N=${res.n} metric table: first paint ${t.firstPaintMs === null ? '—' : round(t.firstPaintMs)} ms, built ${t.buildMs === null ? '—' : round(t.buildMs)} ms, ${t.columns} columns, ${t.cells} cells${t.error ? ` (${t.error})` : ''}`,
    );
  } catch (e) {
    res.errors.push(`metric table: ${errText(e)}`);
    log(`N=${res.n} metric table failed: ${errText(e)}`);
  }
}

const errText = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0];

export async function runSize(
  browser: Browser,
  baseUrl: string,
  corpus: Corpus,
  opts: { runs: number; libraryReloads: number; importTimeoutMs: number; views: boolean },
): Promise<SizeResult> {
  const { n } = corpus;
  const res: SizeResult = {
    n,
    corpus: {
      files: corpus.entries.length,
      mb: round(corpus.totalBytes / 2 ** 20, 2),
      zipMB: round(corpus.zipBytes / 2 ** 20, 2),
      zips: corpus.zips.length,
      byFormat: corpus.byFormat,
    },
    app: [],
    baseline: [],
    heap: [],
    libraryOpen: [],
    search: null,
    table: null,
    errors: [],
    agg: {} as SizeResult['agg'],
  };
  for (let r = 0; r < opts.runs; r++) {
    const bctx = await freshContext(browser);
    try {
      const b = await importViaBaseline(
        await bctx.newPage(),
        baseUrl,
        corpus,
        opts.importTimeoutMs,
      );
      res.baseline.push(b);
      log(
        `N=${n} baseline #${r + 1}: ${round(b.ms)} ms, ${round(b.mbps)} MB/s, stored ${b.stored}`,
      );
    } catch (e) {
      res.errors.push(`baseline #${r + 1}: ${errText(e)}`);
      log(`N=${n} baseline #${r + 1} failed: ${errText(e)}`);
    } finally {
      await bctx.close();
    }
    const ctx = await freshContext(browser);
    try {
      const page = await ctx.newPage();
      page.on('pageerror', (e) => res.errors.push(`page error: ${errText(e)}`));
      const a = await importViaApp(page, baseUrl, corpus, opts.importTimeoutMs);
      res.app.push(a);
      log(
        `N=${n} app #${r + 1}: ${round(a.ms)} ms, ${round(a.mbps, 2)} MB/s, ${round(a.reportsPerSec)} reports/s, ` +
          `stored ${a.stored}${a.timedOut ? ' (TIMED OUT, cancelled)' : ''}, longest task ${round(a.longTasks.maxMs)} ms, TBT ${round(a.longTasks.totalBlockingMs)} ms`,
      );
      const h = await heapAfterImport(page);
      res.heap.push(h);
      log(
        `N=${n} heap: main ${round(h.mainMB)} MB, workers ${h.workersMB === null ? '?' : round(h.workersMB)} MB`,
      );
      for (let k = 0; k < opts.libraryReloads; k++) {
        const o = await openLibrary(page, a.stored, Math.max(60_000, n * 20));
        res.libraryOpen.push(o);
        log(
          `N=${n} library open: ${round(o.ms)} ms (${o.rowsInDom} rows in DOM, longest task ${round(o.maxLongTaskMs)} ms)`,
        );
      }
      if (opts.views && r === opts.runs - 1) await measureViews(res, page, baseUrl, a.stored);
    } catch (e) {
      res.errors.push(`app #${r + 1}: ${errText(e)}`);
      log(`N=${n} app #${r + 1} failed: ${errText(e)}`);
    } finally {
      await ctx.close();
    }
  }
  const appMBps = spread(res.app.map((a) => a.mbps));
  const baseMBps = spread(res.baseline.map((b) => b.mbps));
  res.agg = {
    importMBps: appMBps,
    reportsPerSec: spread(res.app.map((a) => a.reportsPerSec)),
    importMs: spread(res.app.map((a) => a.ms)),
    baselineMBps: baseMBps,
    ratio: appMBps && baseMBps ? appMBps.median / baseMBps.median : null,
    maxLongTaskMs: res.app.length ? Math.max(...res.app.map((a) => a.longTasks.maxMs)) : null,
    totalBlockingMs: spread(res.app.map((a) => a.longTasks.totalBlockingMs)),
    maxFrameGapMs: res.app.length ? Math.max(...res.app.map((a) => a.maxFrameGapMs)) : null,
    libraryOpenMs: spread(res.libraryOpen.map((o) => o.ms)),
    heapTotalMB: spread(res.heap.map((h) => h.totalMB)),
    stored: res.app.length ? Math.min(...res.app.map((a) => a.stored)) : null,
  };
  return res;
}
