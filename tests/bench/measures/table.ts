// Metric table (45 indicators × N reports) in the compare view: select every report, open the
// metric tab, and time from the click to the first frame with cells (first paint) and to the
// frame with all N columns (build; a virtualised table may report data-total instead).
import type { Page } from '@playwright/test';

export interface TableFigures {
  firstPaintMs: number | null;
  buildMs: number | null;
  columns: number;
  cells: number;
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
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="select-shown"]')!.click();
        let firstPaintMs: number | null = null;
        const tick = () => {
          const now = performance.now();
          const table = document.querySelector('[data-testid="metric-table"]');
          const cells = table ? table.querySelectorAll('[data-testid="metric-cell"]').length : 0;
          const columns = table ? table.querySelectorAll('thead th[data-report]').length : 0;
          const total = Number(table?.getAttribute('data-total') ?? 0);
          if (cells > 0 && firstPaintMs === null) firstPaintMs = now - t0;
          if (columns >= n || (cells > 0 && total >= n))
            return ok({ firstPaintMs, buildMs: now - t0, columns, cells });
          if (now - t0 > timeoutMs)
            return ok({
              firstPaintMs,
              buildMs: null,
              columns,
              cells,
              error: `timed out after ${timeoutMs} ms`,
            });
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { n, timeoutMs },
  );
}
