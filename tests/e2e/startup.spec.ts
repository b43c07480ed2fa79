// Start-up: every view but the library is its own chunk, loaded when first opened (also from a
// deep link), and the backup reminder, loaded after the library's rows, still shows on every view.
import { test, expect } from './fixtures.ts';
import { loadSamples } from './helpers.ts';

const DAY = 24 * 60 * 60 * 1000;

test('deep links open lazily loaded views; each view loads when opened', async ({ page }) => {
  await loadSamples(page);
  const href = await page
    .locator('[data-testid="report-row"][data-locality="青山区"]')
    .getByRole('link', { name: '打开' })
    .getAttribute('href');
  expect(href).toMatch(/^#\/reader\//);

  // A fresh page straight on a report: the reader chunk loads first thing.
  await page.goto(`/${href}`);
  await expect(page.getByTestId('reader-text')).toContainText('青山区');
  await page.goto('/#/compare');
  await expect(page.getByRole('heading', { name: '报告对照' })).toBeVisible();

  // Through the top bar, as a user goes: each view replaces the last.
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: '检索' }).click();
  await expect(page.getByTestId('search-input')).toBeVisible();
  await nav.getByRole('link', { name: '图表' }).click();
  await expect(page.getByTestId('search-input')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText('图表');
  await nav.getByRole('link', { name: '阅读' }).click();
  await expect(page.getByTestId('reader-text')).toContainText('青山区');
  await nav.getByRole('link', { name: '文库' }).click();
  await expect(page.getByTestId('report-row')).toHaveCount(5);
  await expect(page.getByText('共 5 份报告')).toBeVisible();
});

test('the backup reminder shows on every view once the first import is a week old', async ({
  page,
}) => {
  await loadSamples(page);
  await expect(page.getByTestId('report-row')).toHaveCount(5);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.clock.setFixedTime(Date.now() + 8 * DAY);
  await page.reload();
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  await page.goto('/#/compare');
  await expect(page.getByRole('heading', { name: '报告对照' })).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  await page.getByRole('button', { name: '明天再提醒' }).click();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});
