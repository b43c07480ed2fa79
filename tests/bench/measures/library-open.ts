// Library open with N stored: reload on #/library and time, from navigation start, until the
// table accounts for all N (rows in the DOM plus the "show N more" of a paged table).
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
      // A paged table shows the first rows and "show N more": count those as shown.
      const more = document.querySelector('[data-testid="library-more"]')?.textContent ?? '';
      const rest = Number(/\d+/.exec(more)?.[0] ?? 0);
      return rows > 0 && rows + rest >= n ? [performance.now(), rows] : false;
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
