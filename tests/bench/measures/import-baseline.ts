// The baseline page gets the same zips through its own file input; it unzips, decodes and
// bulkPuts on its main thread and reports its own timings (unzip counted in, as for the app).
import type { Page } from '@playwright/test';
import type { Corpus } from '../corpus.ts';

export interface BaselineRun {
  ms: number;
  unzipMs: number;
  decodeMs: number;
  putMs: number;
  mbps: number;
  stored: number;
}

export async function importViaBaseline(
  page: Page,
  baseUrl: string,
  corpus: Corpus,
  timeoutMs: number,
): Promise<BaselineRun> {
  await page.goto(`${baseUrl}/__baseline/`);
  const encodings = Object.fromEntries(corpus.entries.map((e) => [e.path, e.encoding]));
  await page.evaluate((enc) => (window.__benchEncodings = enc), encodings);
  await page.getByTestId('file-input').setInputFiles(corpus.zips);
  await page.waitForFunction(() => window.__baselineDone != null, null, {
    timeout: timeoutMs,
    polling: 250,
  });
  const r = (await page.evaluate(() => window.__baselineDone))!;
  return {
    ms: r.ms,
    unzipMs: r.unzipMs,
    decodeMs: r.decodeMs,
    putMs: r.putMs,
    mbps: corpus.totalBytes / 2 ** 20 / (r.ms / 1000),
    stored: r.stored,
  };
}
