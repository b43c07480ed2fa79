import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
});

test('edit metadata: the user edit wins and survives reload', async ({ page }) => {
  const row = page.locator('[data-testid="report-row"][data-locality="绵竹市"]');
  await row.getByRole('button', { name: '编辑' }).click();
  const dlg = page.getByTestId('meta-editor');
  await expect(dlg).toBeVisible();
  await dlg.getByLabel('报告年度').fill('2024');
  await dlg.getByLabel('发布机构').fill('绵竹市人民政府');
  await screenshot(page, 'meta-editor');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(row.locator('[data-col="year"]')).toHaveText('2024');
  await page.reload();
  await expect(row.locator('[data-col="year"]')).toHaveText('2024');
  await expect(row.getByTitle('已手动修改')).toBeVisible();
});

test('filter, sort, delete with undo', async ({ page }) => {
  const rows = page.getByTestId('report-row');
  await page.getByLabel('层级').selectOption('township');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('层级').selectOption('');
  await page.getByLabel('必备部分').selectOption('shortcomings');
  await expect(rows.filter({ hasText: '青山区' })).toHaveCount(1);
  await page.getByLabel('必备部分').selectOption('');
  await page.getByRole('button', { name: /年度/ }).click();
  await expect(rows.first().locator('[data-col="year"]')).toHaveText('2019');

  await page.getByLabel(/选择 .*恩平/).check();
  await page.getByRole('button', { name: /删除所选/ }).click();
  await expect(rows).toHaveCount(4);
  await page.reload();
  await expect(rows).toHaveCount(4);
  // Undo is kept across reload until the next delete.
  await page.getByLabel(/选择 .*绵竹/).check();
  await page.getByRole('button', { name: /删除所选/ }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(rows).toHaveCount(4);
});

test('English switch', async ({ page }) => {
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Report library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Report library' })).toBeVisible();
  await screenshot(page, 'library-en');
});
