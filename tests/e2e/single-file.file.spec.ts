// The single-file build (npm run build:single) opened from file://: it starts, says what does
// not work there, imports a text report into IndexedDB and still has it after a reload; a PDF
// is refused with a message instead of failing obscurely.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures.ts';
import { screenshot, seedFiles } from './helpers.ts';

const FILE = resolve(process.env.RB_SINGLE_OUT ?? 'dist-single', 'index.html');

test('opened from file://, imports a sample and keeps it across reload', async ({ page }) => {
  expect(existsSync(FILE), `${FILE}: run npm run build:single first`).toBe(true);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(FILE).href);
  expect(await page.evaluate(() => location.protocol)).toBe('file:');
  await expect(page.getByTestId('file-mode-notice')).toContainText('不能导入 PDF');

  const seed = seedFiles()[0];
  await page.getByTestId('file-input').setInputFiles([seed, 'tests/fixtures/report.pdf']);
  await expect(page.getByTestId('import-summary')).toContainText('已导入 1 份', {
    timeout: 60_000,
  });
  const results = page.getByTestId('import-results');
  await expect(results.locator('li', { hasText: 'report.pdf' })).toContainText('单文件版');
  await screenshot(page, 'single-file-import');

  await page.reload();
  await expect(page.getByTestId('report-row')).toHaveCount(1);
  await page.getByTestId('report-row').getByRole('link', { name: '打开' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('法治');
  expect(errors).toEqual([]);
});
