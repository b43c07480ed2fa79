// Compare view: the metric table's indicator rows (choose, reorder by keyboard and by drag,
// group by area, kept with the options and saved sets) and the passage grid's third row mode,
// outline sections matched by heading similarity.
import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';
import { columnReportId, compareFiveSamples } from './compare-setup.ts';
import { CATALOGUE } from '../../src/core/indicators/index.ts';
import type { Page } from '@playwright/test';

// The metric table renders only the rows in view: a tall window shows all of them.
test.use({ viewport: { width: 1280, height: 2400 } });

test.beforeEach(async ({ page }) => {
  await compareFiveSamples(page);
});

const areaOf = (id: string) => CATALOGUE.find((i) => i.id === id)!.area;
const nameOf = (id: string) => CATALOGUE.find((i) => i.id === id)!.name;
const tableRows = (page: Page) =>
  page
    .getByTestId('metric-table')
    .locator('tbody tr[data-indicator]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator')!));

test('indicator rows: choose, reorder by keyboard and drag, group by area, saved', async ({
  page,
}) => {
  await page.getByRole('tab', { name: '指标表' }).click();
  const table = page.getByTestId('metric-table');
  await expect(table).toBeVisible();
  const before = await tableRows(page);
  expect(before.length).toBeGreaterThan(5);
  // Grouped by area (the default): areas ascending, each headed by the outline's name.
  expect(before.map(areaOf)).toEqual([...before.map(areaOf)].sort((a, b) => a - b));
  await expect(
    table.locator('tr.area').filter({ hasText: '领域 7 · 健全行政权力制约和监督体系' }),
  ).toHaveCount(1);

  const chooser = page.getByTestId('row-chooser');
  await chooser.locator('summary').click();
  await expect(chooser).toContainText('默认');

  // Keyboard: two neighbours of one area swap with "下移" (Enter on the focused button).
  const i = before.findIndex((id, k) => k > 0 && areaOf(before[k - 1]) === areaOf(id));
  const [a, b] = [before[i - 1], before[i]];
  const down = chooser.getByRole('button', { name: `下移 ${nameOf(a)}`, exact: true });
  await down.focus();
  await page.keyboard.press('Enter');
  const swapped = [...before];
  [swapped[i - 1], swapped[i]] = [b, a];
  await expect.poll(() => tableRows(page)).toEqual(swapped);
  await expect(chooser).not.toContainText('默认：');

  // Ungrouped: no area rows; then drag the last row onto the first.
  await chooser.getByLabel('按领域分组').uncheck();
  await expect(table.locator('tr.area')).toHaveCount(0);
  const last = swapped[swapped.length - 1];
  await chooser
    .locator(`li[data-row="${last}"]`)
    .dragTo(chooser.locator(`li[data-row="${swapped[0]}"]`));
  const dragged = [last, ...swapped.slice(0, -1)];
  await expect.poll(() => tableRows(page)).toEqual(dragged);

  // Remove a row: it goes from the table and can be added again (it comes last).
  const review = 'admin-reconsideration-cases';
  await chooser.getByRole('button', { name: `移除 ${nameOf(review)}` }).click();
  const without = dragged.filter((x) => x !== review);
  await expect.poll(() => tableRows(page)).toEqual(without);
  await chooser.getByTestId('add-row').selectOption(review);
  const chosen = [...without, review];
  await expect.poll(() => tableRows(page)).toEqual(chosen);
  await screenshot(page, 'compare-rows');

  // Saved with a named set; the working options survive a reload.
  await page.getByTestId('set-name').fill('行设置');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.reload();
  await expect(table).toBeVisible();
  await expect.poll(() => tableRows(page)).toEqual(chosen);
  await expect(table.locator('tr.area')).toHaveCount(0);

  // Back to default, then reopen the set: its rows, order and grouping come back.
  await chooser.locator('summary').click();
  await chooser.getByRole('button', { name: '恢复默认' }).click();
  await chooser.getByLabel('按领域分组').check();
  await expect.poll(() => tableRows(page)).toEqual(before);
  await page.getByRole('button', { name: '行设置', exact: true }).click();
  await expect.poll(() => tableRows(page)).toEqual(chosen);
  await expect(table.locator('tr.area')).toHaveCount(0);
});

test('passage rows by outline sections matched on heading similarity', async ({ page }) => {
  await page.getByRole('tab', { name: '必备部分对照' }).click();
  await page.getByTestId('grid-rows').selectOption('sections');
  const grid = page.getByTestId('parts-grid');
  const row = (heading: string) =>
    grid.locator('tbody tr', { has: page.locator('th', { hasText: heading }) }).first();
  const [ep, qs, rc] = [
    await columnReportId(page, '恩平市'),
    await columnReportId(page, '青山区'),
    await columnReportId(page, '荣成市'),
  ];

  // All five reports have a law-enforcement section, each worded differently.
  const enforcement = row('坚持严格规范公正文明执法');
  await expect(enforcement.getByTestId('grid-cell')).toHaveCount(5);
  await expect(enforcement.getByTestId('not-covered')).toHaveCount(0);
  await expect(enforcement.locator(`td[data-report="${rc}"]`)).toContainText('严格规范行政执法');
  // 营商环境: 青山区 and 荣成市 only; the others say 未涉及.
  const business = row('优化法治化营商环境');
  await expect(business.locator(`td[data-report="${rc}"]`)).toContainText('优化法治营商环境');
  await expect(business.locator(`td[data-report="${ep}"]`)).toHaveText('未涉及');
  // The shortcomings of 恩平市, 荣成市 and 绵竹市 share a row; 青山区 has none.
  const problems = row('法治政府建设存在的主要问题');
  await expect(problems.getByTestId('not-covered')).toHaveCount(2);
  await expect(problems.locator(`td[data-report="${qs}"]`)).toHaveText('未涉及');
  await screenshot(page, 'compare-sections', false);

  // Collapsed to a first line with "more"; the heading opens the reader at the section.
  const cell = enforcement.locator(`td[data-report="${qs}"]`);
  await expect(cell.locator('.full')).toBeHidden();
  await cell.getByRole('button', { name: '更多' }).click();
  await expect(cell.locator('.full')).toBeVisible();
  await expect(cell.getByRole('button', { name: '收起' })).toBeVisible();

  // A stricter threshold splits the row; the filter keeps rows with matching text.
  const rows = grid.locator('tbody tr');
  const n = await rows.count();
  const similarity = (v: string) =>
    page.getByTestId('similarity').evaluate((el: HTMLInputElement, v) => {
      el.value = v;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, v);
  await similarity('0.8');
  await expect.poll(() => rows.count()).toBeGreaterThan(n);
  await similarity('0.3');
  await expect(rows).toHaveCount(n);
  await page.getByLabel('筛选段落文字').fill('营商环境');
  await expect.poll(() => rows.count()).toBeLessThan(n);
  // A collapsed passage shows the words around the match, marked.
  // (The 营商环境 row itself stays whole: its heading matches.)
  const other = grid.locator('tbody tr').filter({ hasNotText: '优化法治化营商环境' });
  expect(await other.locator('.passage').count()).toBeGreaterThan(0);
  for (const p of await other.locator('.passage').all())
    await expect(p.locator('mark')).toHaveText('营商环境');
  await page.getByLabel('筛选段落文字').fill('');

  // The mode is kept with the options.
  await page.reload();
  await expect(page.getByTestId('grid-rows')).toHaveValue('sections');
  await enforcement.locator(`td[data-report="${qs}"]`).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`#/reader/${encodeURIComponent(qs)}\\?at=\\d+`));
});
