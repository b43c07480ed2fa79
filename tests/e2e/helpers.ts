import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const SEED_DIR = 'seeds';
export const seedFiles = () =>
  readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEED_DIR, f));

export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage });
}

/** Import files through the file picker, as a user does, and wait for the import report. */
export async function importViaPicker(page: Page, paths: string[]) {
  await page.getByTestId('file-input').setInputFiles(paths);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
}

/** Drop files on the page the way a browser does (a DataTransfer with File objects). */
export async function dropFiles(page: Page, files: { name: string; path: string }[]) {
  const payload = files.map((f) => ({
    name: f.name,
    b64: readFileSync(f.path).toString('base64'),
  }));
  const dt = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const it of items) {
      const bin = atob(it.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], it.name));
    }
    return dt;
  }, payload);
  const zone = page.locator('.zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: dt });
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await zone.dispatchEvent('drop', { dataTransfer: dt });
}

/** Load the five samples with the library's button and close the import report. */
export async function loadSamples(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
}
