// Shared start of the Compare view's browser tests: the five samples loaded and all selected.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export async function compareFiveSamples(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '对照' }).click();
  await page.getByTestId('select-shown').click();
  await expect(page.getByTestId('report-picker')).toContainText('已选 5 份');
}

export const columnLabel = (page: Page, locality: string) =>
  page.getByTestId('column-label').filter({ hasText: locality });

/** The report id of the column headed by this locality. */
export async function columnReportId(page: Page, locality: string): Promise<string> {
  const th = page.locator('thead th[data-report]', { has: columnLabel(page, locality) }).first();
  return (await th.getAttribute('data-report'))!;
}
