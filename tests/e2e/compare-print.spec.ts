// The print view: the passage grid and the metric table laid out for A4 landscape — no app
// chrome or controls, every column on the page, text wrapping inside its cell.
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { compareFiveSamples } from './compare-setup.ts';
import type { Page } from '@playwright/test';

// A4 landscape at 96 dpi less the 10 mm margins: 1047 × 718 CSS pixels.
const PAGE_W = 1047;

test.beforeEach(async ({ page }) => {
  await compareFiveSamples(page);
});

async function printLayout(page: Page, name: string) {
  await page.setViewportSize({ width: PAGE_W, height: 718 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  writeFileSync(`test-results/screens/${name}.pdf`, pdf);
  // Nothing of the app around the view, no controls, nothing wider than the page.
  for (const hidden of ['#app > header', '[data-testid="report-picker"]', '[role="tablist"]'])
    await expect(page.locator(hidden)).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PAGE_W + 1);
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('print view: the required-parts grid fits A4 landscape', async ({ page }) => {
  await page.getByRole('tab', { name: '必备部分对照' }).click();
  const grid = page.getByTestId('parts-grid');
  await expect(grid.locator('thead th[data-report]')).toHaveCount(5);
  const pages = await printLayout(page, 'compare-print-parts');
  expect(pages).toBeGreaterThan(0);
  // Every column is inside the page width, with its header.
  for (const th of await grid.locator('thead th[data-report]').all()) {
    const box = (await th.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PAGE_W + 1);
  }
  // Passages print whole (not collapsed to a first line), without the "more" buttons.
  await expect(grid.getByRole('button', { name: '更多' }).first()).toBeHidden();
  await expect(grid.locator('.full').first()).toBeVisible();
});

test('print view: the metric table fits A4 landscape', async ({ page }) => {
  await page.getByRole('tab', { name: '指标表' }).click();
  const table = page.getByTestId('metric-table');
  await expect(table).toHaveAttribute('data-total', '5');
  const pages = await printLayout(page, 'compare-print-metrics');
  expect(pages).toBeGreaterThan(0);
  // Printing lays out every row, not only the window on screen.
  await expect(table.locator('tbody tr[data-indicator]')).toHaveCount(
    Number(await table.getAttribute('data-rows')),
  );
  for (const th of await table.locator('thead th:not(.pad)').all()) {
    const box = (await th.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PAGE_W + 1);
  }
});
