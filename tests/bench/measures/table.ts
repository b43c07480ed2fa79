// Metric table (45 indicators × N reports) in the compare view: select every report, open the
// metric tab, and time from the click to
//   - build: the first frame where the table reports all N columns built (`data-total` = N on
//     the table: the table model is computed for every column and row);
//   - first paint: the first frame where, with that table, cells of the visible window are in
//     the DOM (the table is virtualised: only the window is rendered, so `columns` and `cells`
//     count what is in the DOM, not N).
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
        let buildMs: number | null = null;
        const done = (f: TableFigures) => {
          obs.disconnect();
          ok({ ...f, longestTaskMs: tasks.length ? Math.max(...tasks) : 0 });
        };
        const tick = () => {
          const now = performance.now();
          const table = document.querySelector('[data-testid="metric-table"]');
          const total = Number(table?.getAttribute('data-total') ?? 0);
          const cells = table ? table.querySelectorAll('[data-testid="metric-cell"]').length : 0;
          const columns = table ? table.querySelectorAll('thead th[data-report]').length : 0;
          if (total >= n && buildMs === null) buildMs = now - t0;
          if (total >= n && cells > 0)
            return done({ firstPaintMs: now - t0, buildMs, columns, cells, total });
          if (now - t0 > timeoutMs)
            return done({
              firstPaintMs: null,
              buildMs,
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
