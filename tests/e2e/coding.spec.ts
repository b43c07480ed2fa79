// Coding workflow: codebook from template, coding in the reader by picker and keyboard, memo,
// undo/redo, persistence, auto-coding rules, retrieval, search with KWIC, .qdc round trip.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';

async function loadSamples(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '关闭' }).click();
}

async function openReport(page: Page, locality: string) {
  await page.goto('/#/library');
  await page
    .locator(`[data-testid="report-row"][data-locality="${locality}"]`)
    .getByRole('link', { name: '打开' })
    .click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
}

/** Selects the first occurrence of `needle` inside one text node of the reader. */
async function selectText(page: Page, needle: string) {
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

test('coding: template codebook, code in the reader, memo, undo/redo, reload', async ({ page }) => {
  await loadSamples(page);
  await page.goto('/#/codes');
  await page.getByTestId('template-outline-2021').click();
  await expect(page.getByTestId('codebook-select')).toContainText('2021');
  await expect(page.getByTestId('code-tree').getByRole('treeitem')).toHaveCount(9);
  await screenshot(page, 'coding-codebook');

  // 1: 青山区 — picker by keyboard: '/' opens it, two characters filter, Enter applies.
  await openReport(page, '青山区');
  await page.getByRole('tab', { name: '编码' }).click();
  await page.getByTestId('coder-input').fill('张三');
  await page.getByTestId('coder-input').press('Enter');
  await selectText(page, '有序推进行政复议体制改革');
  await expect(page.getByTestId('picker-input')).toBeVisible();
  await screenshot(page, 'coding-picker');
  await page.keyboard.press('/');
  await expect(page.getByTestId('picker-input')).toBeFocused();
  await page.keyboard.type('纠纷');
  await page.keyboard.press('Enter');
  const items = page.getByTestId('coding-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('有序推进行政复议体制改革');
  await expect(items.first()).toContainText('张三');

  // Memo on the new coding (open for editing right after coding).
  await page.getByTestId('memo-input').fill('复议体制改革，可借鉴');
  await page.getByTestId('memo-save').click();
  await expect(page.locator('[data-testid="reader-text"] .m-coding').first()).toHaveAttribute(
    'title',
    /复议体制改革，可借鉴/,
  );

  // 2: same report, the last used code by the `c` shortcut.
  await selectText(page, '全年办理行政复议案件');
  await page.keyboard.press('c');
  await expect(items).toHaveCount(2);

  // 3: another seed, 荣成市, with the `c` shortcut too.
  await openReport(page, '荣成市');
  await page.getByRole('tab', { name: '编码' }).click();
  await selectText(page, '行政复议典型案例剖析专题讲座');
  await page.keyboard.press('c');
  await expect(items).toHaveCount(1);
  await screenshot(page, 'coding-reader');

  // Undo removes the last coding, redo brings it back (buttons and keyboard).
  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(items).toHaveCount(1);

  // Reload: all three codings, the memo and the undo log are still there.
  await page.reload();
  await page.getByRole('tab', { name: '编码' }).click();
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await openReport(page, '青山区');
  await page.getByRole('tab', { name: '编码' }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('coding-list')).toContainText('复议体制改革，可借鉴');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('undo-status')).toContainText('已撤销');
});
