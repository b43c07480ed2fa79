import { test, expect } from './fixtures.ts';
import { importViaPicker, screenshot, seedFiles } from './helpers.ts';

test('import the five samples through the file input, read one, reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('welcome')).toContainText('载入示例报告');
  await screenshot(page, 'welcome');

  await importViaPicker(page, seedFiles());
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份');
  const rows = page.getByTestId('report-row');
  await expect(rows).toHaveCount(5);

  const expected = [
    { name: '绵竹市', year: '2023', province: '四川省', tier: '县区级' },
    { name: '恩平市', year: '2019', province: '广东省', tier: '县区级' },
    { name: '荣成市', year: '2022', province: '山东省', tier: '县区级' },
    { name: '青山区', year: '2021', province: '湖北省', tier: '县区级' },
    { name: '神湾镇', year: '2022', province: '广东省', tier: '乡镇街道' },
  ];
  for (const e of expected) {
    const row = page.locator(`[data-testid="report-row"][data-locality="${e.name}"]`);
    await expect(row.locator('[data-col="year"]')).toHaveText(e.year);
    await expect(row.locator('[data-col="province"]')).toContainText(e.province);
    await expect(row.locator('[data-col="tier"]')).toHaveText(e.tier);
  }
  // 青山区 has no shortcomings and no next-year part; 荣成市 has all four.
  const qs = page.locator('[data-testid="report-row"][data-locality="青山区"]');
  await expect(qs.locator('[data-part="shortcomings"]')).toHaveAttribute('data-present', 'false');
  await expect(qs.locator('[data-part="nextYear"]')).toHaveAttribute('data-present', 'false');
  await expect(qs.locator('[data-part="measures"]')).toHaveAttribute('data-present', 'true');
  const rc = page.locator('[data-testid="report-row"][data-locality="荣成市"]');
  for (const p of ['measures', 'shortcomings', 'firstResponsible', 'nextYear'])
    await expect(rc.locator(`[data-part="${p}"]`)).toHaveAttribute('data-present', 'true');
  await screenshot(page, 'library');

  // Importing the same files again is recognised, not duplicated.
  await page.getByRole('button', { name: '关闭' }).click();
  await importViaPicker(page, seedFiles().slice(0, 2));
  await expect(page.getByTestId('import-summary')).toContainText('重复 2 份');
  await expect(rows).toHaveCount(5);
  await page.getByRole('button', { name: '关闭' }).click();

  // Open 荣成市 and jump through the outline.
  await rc.getByRole('link', { name: '打开' }).click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  const outline = page.getByTestId('outline');
  const items = outline.locator('button[data-start]');
  expect(await items.count()).toBeGreaterThan(4);
  const last = items.last();
  const start = await last.getAttribute('data-start');
  await last.click();
  const target = page.locator('[data-testid="reader-text"] p.flash');
  await expect(target).toBeInViewport();
  expect(Number(await target.getAttribute('data-start'))).toBeLessThanOrEqual(Number(start));
  await page.getByRole('tab', { name: '报告信息' }).click();
  await expect(page.getByTestId('meta-panel')).toContainText('荣成市');
  await expect(page.getByTestId('meta-panel')).toContainText('2023-01-10');
  await screenshot(page, 'reader', false);

  // Reload: everything is still there (IndexedDB).
  await page.reload();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await page.goto('/#/library');
  await expect(rows).toHaveCount(5);
});

test('the sample button imports the samples through the same pipeline', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('report-row')).toHaveCount(5);
  // The removed page chrome of 神湾镇 can be shown on request.
  await page
    .locator('[data-testid="report-row"][data-locality="神湾镇"]')
    .getByRole('link', { name: '打开' })
    .click();
  await page.getByRole('button', { name: /显示已移除的网页框架/ }).click();
  await expect(page.getByTestId('removed-chrome')).toContainText('无障碍版');
  await expect(page.getByTestId('reader-text')).not.toContainText('无障碍版');
});
