// Import throughput through the real UI: set the zips on the file input and time, in the
// page, from the input's change event to the first frame showing the import summary.
import type { Page } from '@playwright/test';
import type { Corpus } from '../corpus.ts';
import { blocking, type BenchProbe } from '../probe.ts';
import { countStored } from './idb.ts';

export interface AppImportRun {
  ms: number;
  mbps: number;
  reportsPerSec: number;
  stored: number;
  summaryText: string | null;
  longTasks: { count: number; maxMs: number; totalBlockingMs: number };
  maxFrameGapMs: number;
  /** The import did not finish within the time limit: the figures cover what was stored. */
  timedOut: boolean;
}

export async function importViaApp(
  page: Page,
  baseUrl: string,
  corpus: Corpus,
  timeoutMs: number,
): Promise<AppImportRun> {
  await page.goto(`${baseUrl}/#/library`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  await page.getByTestId('file-input').setInputFiles(corpus.zips);
  const timedOut = await page
    .waitForFunction(() => window.__bench?.summaryAt != null, null, {
      timeout: timeoutMs,
      polling: 250,
    })
    .then(() => false)
    .catch(() => true);
  // Out of time: take the time and long tasks now, then cancel, so the later measurements
  // see a quiet page with what was stored.
  const probe = (await page.evaluate(() => ({
    ...window.__bench!,
    now: performance.now(),
  }))) as BenchProbe & { now: number };
  const from = probe.changeAt ?? 0;
  const to = probe.summaryAt ?? probe.now;
  const ms = to - from;
  if (timedOut) {
    await page.locator('[data-testid="import-panel"] button.danger').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
  }
  const stored = await countStored(page);
  return {
    ms,
    // MB/s over what was stored (all of it unless timed out).
    mbps: ((corpus.totalBytes / corpus.entries.length) * stored) / 2 ** 20 / (ms / 1000),
    reportsPerSec: stored / (ms / 1000),
    stored,
    summaryText: probe.summaryText,
    longTasks: blocking(probe.longtasks, from, to),
    maxFrameGapMs: blocking(probe.gaps, from, to).maxMs,
    timedOut,
  };
}
