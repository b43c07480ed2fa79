import { test, expect } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { screenshot } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
});

const openReport = async (page: import('@playwright/test').Page, locality: string) => {
  await page
    .locator(`[data-testid="report-row"][data-locality="${locality}"]`)
    .getByRole('link', { name: '打开' })
    .click();
  await expect(page.getByTestId('quantity-panel')).toBeVisible();
};

test('quantities are highlighted, listed under their indicator, and corrections are kept', async ({
  page,
}) => {
  await openReport(page, '青山区');
  const panel = page.getByTestId('quantity-panel');
  const group = panel.locator('[data-indicator="admin-reconsideration-cases"]');
  await expect(group).toContainText('行政复议案件数');
  await expect(group.getByTestId('quantity-item')).toContainText('96件');

  // The number is highlighted in the text; clicking it focuses it in the panel.
  const mark = page.locator('[data-testid="reader-text"] .m-quantity', { hasText: /^96件$/ });
  await expect(mark).toHaveCount(1);
  await mark.click();
  await expect(panel.locator('li.focused')).toContainText('96件');
  await screenshot(page, 'reader-quantities', false);

  // The app and the CLI show the same quantities for the same file.
  const cli = JSON.parse(
    execFileSync(
      'npx',
      ['tsx', 'src/cli/main.ts', 'extract', 'seeds/2021-青山区-法治政府建设情况报告.txt'],
      {
        encoding: 'utf8',
      },
    ),
  ) as { text: string; start: number }[];
  await expect(panel.getByTestId('quantity-item')).toHaveCount(cli.length);
  const appTexts = await panel.locator('[data-testid="quantity-item"] button.q').allTextContents();
  expect(appTexts.sort()).toEqual(cli.map((q) => q.text).sort());

  // Correct the litigation count with a note, reject another one.
  const lit = panel.locator(
    '[data-indicator="admin-litigation-cases"] [data-testid="quantity-item"]',
  );
  await lit.getByRole('button', { name: '更正' }).click();
  const form = lit.getByTestId('quantity-edit');
  await form.getByLabel('数值').fill('200');
  await form.getByLabel('备注').fill('核对原文');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(lit).toContainText('= 200件');
  await expect(lit).toContainText('已更正');
  const rate = panel.locator(
    '[data-indicator="head-appearance-rate"] [data-testid="quantity-item"]',
  );
  await rate.getByRole('button', { name: '确认' }).click();
  await expect(rate).toContainText('已确认');

  await page.reload();
  await expect(lit).toContainText('= 200件');
  await expect(lit).toContainText('核对原文');
  await expect(rate).toContainText('已确认');
});

test('a custom indicator is tested live, saved, and then matches in the reader', async ({
  page,
}) => {
  await page.getByRole('link', { name: '指标' }).click();
  await expect(page.getByTestId('indicator-table')).toBeVisible();
  const row = page.locator(
    '[data-testid="indicator-table"] tr[data-indicator="admin-reconsideration-cases"]',
  );
  await expect(row.getByTestId('indicator-count')).not.toHaveText('0');

  await page.getByTestId('add-indicator').click();
  const ed = page.getByTestId('indicator-editor');
  await ed.getByLabel('名称', { exact: true }).fill('矛盾纠纷排查次数');
  await ed.getByLabel(/^单位/).fill('次');
  await ed.getByLabel(/^关键词/).fill('排查');
  await ed.getByTestId('test-indicator').click();
  await expect(ed.getByTestId('indicator-test')).toContainText('5665次');
  await screenshot(page, 'indicator-editor');
  await ed.getByRole('button', { name: '保存' }).click();
  const custom = page.locator('[data-testid="indicator-table"] tr', {
    hasText: '矛盾纠纷排查次数',
  });
  await expect(custom.getByTestId('indicator-count')).not.toHaveText('0', { timeout: 30_000 });

  await page.getByRole('link', { name: '文库' }).click();
  await openReport(page, '青山区');
  const group = page
    .getByTestId('quantity-panel')
    .locator('section.group', { hasText: '矛盾纠纷排查次数' });
  await expect(group).toContainText('5665次');
});
