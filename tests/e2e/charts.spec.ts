import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';

async function loadAndSelect(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '对照' }).click();
  await page.getByTestId('select-shown').click();
  await expect(page.getByTestId('report-picker')).toContainText('已选 5 份');
  await page.getByRole('link', { name: '图表', exact: true }).click();
  await expect(page.getByTestId('chart')).toBeVisible();
}

const KINDS = ['指标条形图', '覆盖热图', '历年变化', '报告结构', '具体程度'];

test('every chart kind draws on the samples', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadAndSelect(page);
  for (const [i, k] of KINDS.entries()) {
    await page.getByRole('tab', { name: k }).click();
    await expect(page.getByRole('tab', { name: k })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-testid="chart"] [data-mark]').first()).toBeVisible();
    await screenshot(page, `chart-${i}`, true);
  }
});
