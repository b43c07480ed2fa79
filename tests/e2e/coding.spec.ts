// Coding workflow: codebook from template, coding in the reader by picker and keyboard, memo,
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
// undo/redo, persistence, auto-coding rules, retrieval, search with KWIC, .qdc round trip.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { loadSamples, openReport, screenshot, selectText } from './helpers.ts';

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

test('coding: rules, retrieval, matrix, search KWIC, code all hits, .qdc round trip', async ({
  page,
  browser,
}) => {
  await loadSamples(page);
  await page.goto('/#/codes');
  await page.getByTestId('template-outline-2021').click();
  await expect(page.getByTestId('code-tree').getByRole('treeitem')).toHaveCount(9);
  // Coder name (set once; the reader panel offers the same field).
  await page.goto('/#/settings');
  await page.getByLabel('编码者姓名（用于标注记录）').fill('李四');
  await page.getByLabel('编码者姓名（用于标注记录）').blur();

  // Keyboard move: Alt+→ indents code 2 under code 1, Alt+← brings it back.
  await page.goto('/#/codes');
  const tree = page.getByTestId('code-tree');
  const second = tree.getByRole('treeitem').nth(1);
  await second.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(tree.getByRole('treeitem').nth(1)).toHaveAttribute('aria-level', '2');
  await tree.getByRole('treeitem').nth(1).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(tree.getByRole('treeitem').nth(1)).toHaveAttribute('aria-level', '1');

  // Auto-code with a rule: keyword 复议, preview, untick one, apply, undo the batch.
  await page.getByTestId('tab-rules').click();
  await page.getByTestId('rule-name').fill('复议规则');
  await page.getByTestId('rule-code').selectOption({ index: 5 });
  await page.getByTestId('rule-keywords').fill('复议');
  await page.getByTestId('save-rule').click();
  await expect(page.getByTestId('rule-list')).toContainText('复议规则');
  await page.getByTestId('preview-rules').click();
  const checks = page.getByTestId('hit-check');
  // The preview is computed asynchronously: wait for it before counting.
  await expect(checks.nth(3)).toBeVisible();
  const n = await checks.count();
  expect(n).toBeGreaterThan(3);
  await checks.first().uncheck();
  await expect(page.getByTestId('apply-rules')).toHaveText(`应用 ${n - 1} 处自动编码`);
  await screenshot(page, 'coding-rules');
  await page.getByTestId('apply-rules').click();
  await expect(page.getByTestId('undo')).toHaveAttribute(
    'title',
    new RegExp(`自动编码 ${n - 1} 处`),
  );

  // Retrieval across reports.
  await page.getByTestId('tab-retrieval').click();
  await page.getByTestId('retrieval-code').selectOption({ index: 6 });
  await expect(page.getByTestId('retrieval-count')).toContainText(`${n - 1} 个片段`);
  const reportsWith = await page.getByTestId('retrieval-count').textContent();
  expect(Number(/来自 (\d+) 份/.exec(reportsWith ?? '')?.[1])).toBeGreaterThan(1);
  await page.getByTestId('retrieval-kind').selectOption('manual');
  await expect(page.getByTestId('retrieval-count')).toContainText('0 个片段');
  await page.getByTestId('retrieval-kind').selectOption('auto');
  await screenshot(page, 'coding-retrieval');
  // The segments export as a real workbook: header row, offsets as number cells.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('retrieval-xlsx').click(),
  ]);
  const book = unzipSync(new Uint8Array(readFileSync((await xlsx.path())!)));
  const sheetXml = strFromU8(book['xl/worksheets/sheet1.xml']);
  const strings = strFromU8(book['xl/sharedStrings.xml'] ?? new Uint8Array());
  expect(sheetXml + strings).toContain('左侧语境');
  expect(sheetXml).toMatch(/<c r="H2"[^>]*>\s*<v>\d+<\/v>/);
  await page.getByTestId('tab-matrix').click();
  await page.getByTestId('matrix-cell').first().click();
  await expect(page.getByTestId('segment').first()).toBeVisible();
  await screenshot(page, 'coding-matrix');

  // Undo the batch: the segments are gone.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('matrix-cell')).toHaveCount(0);

  // Search 复议, sort by right context, code all hits.
  await page.goto('/#/search');
  await page.getByTestId('search-input').fill('复议');
  await page.getByTestId('search-go').click();
  const rows = page.getByTestId('kwic-row');
  await expect(rows.first()).toBeVisible();
  const hits = await rows.count();
  await page.getByTestId('kwic-sort').selectOption('right');
  const rights = await page.getByTestId('kwic-right').allTextContents();
  const collator = new Intl.Collator('zh-Hans-CN');
  const firstChars = rights.map((r) => r.slice(0, 1));
  for (let i = 1; i < firstChars.length; i++)
    expect(collator.compare(firstChars[i - 1]!, firstChars[i]!)).toBeLessThanOrEqual(0);
  await page.getByTestId('code-all-code').selectOption({ index: 2 });
  await page.getByTestId('code-all-preview').click();
  await expect(page.getByTestId('code-all-count')).toContainText(`新增 ${hits} 处`);
  await page.getByTestId('code-all-apply').click();
  await expect(page.getByTestId('code-all-message')).toContainText(`（${hits}）`);
  await screenshot(page, 'coding-search');

  // Invalid and catastrophic regexes: a message, no hang.
  await page.getByTestId('mode-regex').check();
  await page.getByTestId('search-input').fill('(a+)+$');
  await page.getByTestId('search-go').click();
  await expect(page.getByTestId('search-error')).toBeVisible();

  // Recolour a code, export .qdc, import it into a fresh profile.
  await page.goto('/#/codes');
  await page.getByTestId('code-tree').getByRole('treeitem').first().click();
  await page.getByTestId('code-color').fill('#123456');
  await expect(page.getByTestId('code-tree').locator('.sw').first()).toHaveAttribute(
    'data-color',
    '#123456',
  );
  const treeOf = (p: Page) =>
    p
      .getByTestId('code-tree')
      .evaluate((el) =>
        [...el.querySelectorAll('[role="treeitem"]')].map(
          (li) =>
            `${li.getAttribute('aria-level')}|${li.getAttribute('data-code')}|${li.querySelector('.sw')?.getAttribute('data-color')}`,
        ),
      );
  const before = await treeOf(page);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-qdc').click(),
  ]);
  const path = await dl.path();
  const xml = readFileSync(path, 'utf8');
  expect(xml).toContain('urn:QDA-XML:codebook:1.0');
  expect(xml).toContain('#123456');

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto('/#/codes');
  await p2.getByTestId('import-codebook').setInputFiles({
    name: 'exported.qdc',
    mimeType: 'application/xml',
    buffer: Buffer.from(xml, 'utf8'),
  });
  await expect(p2.getByTestId('codebook-message')).toContainText('已导入代码簿');
  expect(await treeOf(p2)).toEqual(before);
  // A malformed file is refused with a specific message and changes nothing.
  await p2.getByTestId('import-codebook').setInputFiles({
    name: 'bad.qdc',
    mimeType: 'application/xml',
    buffer: Buffer.from('<CodeBook><Codes>', 'utf8'),
  });
  await expect(p2.getByTestId('codebook-message')).toContainText('未导入');
  await screenshot(p2, 'coding-qdc-import');
  await fresh.close();
});
