// Library open with N stored: reload on #/library and time, from navigation start, until the
// N rows are in the DOM (or, once the table is virtualised, until it reports N in data-total).
import type { Page } from '@playwright/test';
import { blocking, type BenchProbe } from '../probe.ts';

export interface LibraryOpenRun {
  ms: number;
  rowsInDom: number;
  maxLongTaskMs: number;
}

export async function openLibrary(
  page: Page,
  n: number,
  timeoutMs: number,
): Promise<LibraryOpenRun> {
  if (!page.url().endsWith('#/library')) {
    await page.evaluate(() => (location.hash = '#/library'));
  }
  await page.reload({ waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (n) => {
      const rows = document.querySelectorAll('[data-testid="report-row"]').length;
      const total = Number(
        document.querySelector('[data-testid="library-table"]')?.getAttribute('data-total') ?? 0,
      );
      return rows >= n || (rows > 0 && total >= n) ? [performance.now(), rows] : false;
    },
    n,
    { polling: 'raf', timeout: timeoutMs },
  );
  const [ms, rowsInDom] = (await handle.jsonValue()) as [number, number];
  // Let the frame that shows the rows finish before reading the long tasks.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const probe = (await page.evaluate(() => window.__bench)) as BenchProbe;
  return { ms, rowsInDom, maxLongTaskMs: blocking(probe.longtasks, 0, ms + 100).maxMs };
}
