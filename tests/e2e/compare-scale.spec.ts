// The metric table renders only the window in view: with 60 report columns only a few are in
// the DOM, headers stay put while scrolling, and the keyboard still reaches every cell.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { importViaPicker, screenshot } from './helpers.ts';

const N = 60;

test('metric table over 60 reports: virtualised rows and columns, keyboard navigation', async ({
  page,
}) => {
  // Generated reports: the 青山区 seed with a different count of review cases in each.
  const src = readFileSync('seeds/2021-青山区-法治政府建设情况报告.txt', 'utf8');
  mkdirSync('test-results/generated-scale', { recursive: true });
  const files = Array.from({ length: N }, (_, i) => {
    const path = `test-results/generated-scale/${String(i).padStart(2, '0')}-青山区.txt`;
    writeFileSync(path, src.replace('行政复议案件96件', `行政复议案件${100 + i}件`));
    return path;
  });
  await page.goto('/');
  await importViaPicker(page, files);
  await expect(page.getByTestId('import-summary')).toContainText(`已导入 ${N} 份`);
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '对照' }).click();
  await page.getByTestId('select-shown').click();
  await page.getByRole('tab', { name: '指标表' }).click();

  const table = page.getByTestId('metric-table');
  await expect(table).toHaveAttribute('data-total', String(N));
  await expect(table).toHaveAttribute('aria-colcount', String(N + 4));
  const heads = table.locator('thead th[data-report]');
  const shown = await heads.count();
  expect(shown).toBeGreaterThan(3);
  expect(shown).toBeLessThan(16);
  const rows = Number(await table.getAttribute('data-rows'));
  expect(await table.locator('tbody tr[data-indicator]').count()).toBeLessThan(rows);

  // Keyboard: into the first cell, then along the row and to its end (End), which scrolls.
  const first = table.locator('td[data-r="0"][data-c="0"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(table.locator('td[data-r="0"][data-c="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('td[data-r="1"][data-c="1"]')).toBeFocused();
  await page.keyboard.press('End');
  const last = table.locator(`td[data-r="1"][data-c="${N - 1}"]`);
  await expect(last).toBeFocused();
  await expect(first).toHaveCount(0);
  // The header of the last column is in the DOM and in view (sticky at the top).
  const lastHead = heads.last();
  await expect(lastHead).toBeInViewport();
  await expect(table.locator('thead th.rowhead')).toBeInViewport();
  await screenshot(page, 'compare-scale', false);
  // Ctrl+End: the last row, far down; Ctrl+Home back to the first cell.
  await page.keyboard.press('Control+End');
  await expect(table.locator(`td[data-r="${rows - 1}"][data-c="${N - 1}"]`)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(first).toBeFocused();

  // Enter opens the cell's sources; the review row holds each report's own number.
  const focusedRow = () =>
    page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-indicator'));
  for (let i = 0; i < rows && (await focusedRow()) !== 'admin-reconsideration-cases'; i++)
    await page.keyboard.press('ArrowDown');
  const cell = table.locator('tr[data-indicator="admin-reconsideration-cases"] td[data-c="0"]');
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cell-popover').getByTestId('source-sentence')).toContainText(
    /行政复议案件1\d\d件/,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cell-popover')).toHaveCount(0);
  await expect(cell).toBeFocused();
});
