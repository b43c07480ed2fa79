// Metric table (45 indicators × N reports) in the compare view: select every report, open the
// metric tab, and time from the click to
//   - first paint: the first frame where cells of this selection's table are in the DOM: the
//     preview the worker builds from the first columns while the rest loads (`data-preview`),
//     or the full table if it comes first;
//   - build: the first frame where the table reports all N columns built (`data-total` = N on
//     the table: the table model is computed for every column and row) and shows their window
//     (the table is virtualised: `columns` and `cells` count what is in the DOM, not N).
// A table that never reaches N columns gives buildMs null and an error. The longest main-thread
// task between the click and the first paint is reported too (responsiveness while building).
import type { Page } from '@playwright/test';

export interface TableFigures {
  firstPaintMs: number | null;
  buildMs: number | null;
  /** Report columns in the DOM at first paint (the visible window). */
  columns: number;
  /** Cells in the DOM at first paint. */
  cells: number;
  /** Report columns the table says it holds (data-total). */
  total?: number;
  longestTaskMs?: number;
  error?: string;
}

export async function measureTable(
  page: Page,
  baseUrl: string,
  n: number,
  timeoutMs: number,
): Promise<TableFigures> {
  await page.goto(`${baseUrl}/#/compare`);
  await page.getByRole('tab', { name: '指标表' }).click();
  await page.getByTestId('select-shown').waitFor();
  // "Select shown" takes the picker's candidates: wait until the library rows have arrived.
  await page.getByTestId('pick-report').first().waitFor();
  return page.evaluate(
    ({ n, timeoutMs }) =>
      new Promise<TableFigures>((ok) => {
        const tasks: number[] = [];
        const obs = new PerformanceObserver((l) => {
          for (const e of l.getEntries()) tasks.push(e.duration);
        });
        obs.observe({ type: 'longtask' });
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="select-shown"]')!.click();
        let firstPaintMs: number | null = null;
        const done = (f: TableFigures) => {
          obs.disconnect();
          ok({ ...f, longestTaskMs: tasks.length ? Math.max(...tasks) : 0 });
        };
        const tick = () => {
          const now = performance.now();
          const table = document.querySelector('[data-testid="metric-table"]');
          const total = Number(table?.getAttribute('data-total') ?? 0);
          // A preview of the first columns (data-preview) is a first paint, not a build.
          const preview = Number(table?.getAttribute('data-preview') ?? 0);
          const cells = table ? table.querySelectorAll('[data-testid="metric-cell"]').length : 0;
          const columns = table ? table.querySelectorAll('thead th[data-report]').length : 0;
          if ((total >= n || preview > 0) && cells > 0 && firstPaintMs === null)
            firstPaintMs = now - t0;
          if (total >= n && cells > 0)
            return done({ firstPaintMs, buildMs: now - t0, columns, cells, total });
          if (now - t0 > timeoutMs)
            return done({
              firstPaintMs,
              buildMs: null,
              columns,
              cells,
              total,
              error: `timed out after ${timeoutMs} ms`,
            });
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { n, timeoutMs },
  );
}
