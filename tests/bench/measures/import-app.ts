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
  await page.waitForFunction(() => window.__bench?.summaryAt != null, null, {
    timeout: timeoutMs,
    polling: 250,
  });
  const probe = (await page.evaluate(() => window.__bench)) as BenchProbe;
  const from = probe.changeAt ?? 0;
  const to = probe.summaryAt ?? 0;
  const ms = to - from;
  const stored = await countStored(page);
  return {
    ms,
    mbps: corpus.totalBytes / 2 ** 20 / (ms / 1000),
    reportsPerSec: stored / (ms / 1000),
    stored,
    summaryText: probe.summaryText,
    longTasks: blocking(probe.longtasks, from, to),
    maxFrameGapMs: blocking(probe.gaps, from, to).maxMs,
  };
}
