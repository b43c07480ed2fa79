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

/** Loads the five sample reports on a fresh page and closes the import report. */
export async function loadSamples(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
}

export async function openReport(page: Page, locality: string) {
  await page.goto('/#/library');
  await page
    .locator(`[data-testid="report-row"][data-locality="${locality}"]`)
    .getByRole('link', { name: '打开' })
    .click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
}

/** Selects the first occurrence of `needle` inside one text node of the reader. */
export async function selectText(page: Page, needle: string) {
  const ok = await page.evaluate((needle) => {
    const spans = document.querySelectorAll('[data-testid="reader-text"] span[data-s]');
    for (const s of spans) {
      const node = s.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const i = node.textContent!.indexOf(needle);
      if (i === -1) continue;
      s.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + needle.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return true;
    }
    return false;
  }, needle);
  expect(ok, `found “${needle}” in the reader`).toBe(true);
  await expect(page.getByTestId('selection-box')).toBeVisible();
}
