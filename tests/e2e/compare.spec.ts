import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './fixtures.ts';
import { importViaPicker, screenshot } from './helpers.ts';
import { columnReportId, compareFiveSamples } from './compare-setup.ts';
import { parseCsv } from '../../src/core/compare/export.ts';

// The metric table renders only the rows in view: a tall window shows all of them.
test.use({ viewport: { width: 1280, height: 2400 } });

test.beforeEach(async ({ page }) => {
  await compareFiveSamples(page);
});

const reportId = columnReportId;

test('required parts side by side: 青山区 has no shortcomings and no next-year plan', async ({
  page,
}) => {
  await page.getByRole('tab', { name: '必备部分对照' }).click();
  const grid = page.getByTestId('parts-grid');
  await expect(grid.locator('thead th[data-report]')).toHaveCount(5);
  const qs = await reportId(page, '青山区');
  const cell = (part: string) => grid.locator(`tr[data-part="${part}"] td[data-report="${qs}"]`);
  await expect(cell('shortcomings')).toHaveText('未涉及');
  await expect(cell('nextYear')).toHaveText('未涉及');
  await expect(cell('measures')).not.toContainText('未涉及');
  await expect(cell('measures').getByRole('link').first()).toContainText('学习贯彻习近平法治思想');
  // A passage collapses to its first line and expands with "more".
  const more = cell('measures').getByRole('button', { name: '更多' }).first();
  await more.click();
  await expect(cell('measures').locator('.full').first()).toBeVisible();
  await screenshot(page, 'compare-parts', false);

  // Clicking a passage opens the reader at that place.
  await cell('measures').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`#/reader/${encodeURIComponent(qs)}\\?at=\\d+`));
});

test('metric table: values with sources, choose a mention, manual override, export', async ({
  page,
}) => {
  await page.getByRole('tab', { name: '指标表' }).click();
  const table = page.getByTestId('metric-table');
  await expect(table).toBeVisible();
  const qs = await reportId(page, '青山区');
  const ep = await reportId(page, '恩平市');
  const cell = (ind: string, rid: string) =>
    table.locator(`tr[data-indicator="${ind}"] td[data-report="${rid}"]`);
  const review = (rid: string) => cell('admin-reconsideration-cases', rid);
  await expect(review(qs).getByTestId('cell-value')).toHaveText('96件');
  await expect(review(ep).getByTestId('cell-value')).toHaveText('6宗');
  await expect(review(qs)).toContainText('最高');
  await expect(review(ep)).toContainText('最低');

  // The popover shows the source sentence with the number highlighted, and a reader link.
  await review(qs).getByRole('button').click();
  const pop = page.getByTestId('cell-popover');
  await expect(pop.getByTestId('source-sentence')).toContainText('全年办理行政复议案件96件');
  await expect(pop.getByTestId('source-sentence').locator('mark')).toHaveText('96件');
  await expect(pop.getByRole('link', { name: '在阅读中打开' }).first()).toHaveAttribute(
    'href',
    new RegExp(`#/reader/.*\\?at=\\d+`),
  );
  await screenshot(page, 'compare-metric-popover', false);
  await pop.getByRole('button', { name: '关闭' }).click();
  await review(ep).getByRole('button').click();
  await expect(pop.getByTestId('source-sentence')).toContainText('行政复议案件6宗');
  await pop.getByRole('button', { name: '关闭' }).click();

  // Several mentions: pick another one.
  const insp = cell('enforcement-inspections', qs);
  await expect(insp.getByTestId('cell-value')).toHaveText('37次');
  await expect(insp).toContainText('3 处');
  await insp.getByRole('button').click();
  await expect(pop.getByTestId('mention')).toHaveCount(3);
  await pop.getByTestId('mention').nth(1).getByRole('button', { name: '采用' }).click();
  await expect(insp.getByTestId('cell-value')).toHaveText('19次');
  await expect(insp).toContainText('已选');
  await pop.getByRole('button', { name: '关闭' }).click();

  // Manual override with a note.
  await review(ep).getByRole('button').click();
  const form = pop.getByTestId('manual-form');
  await form.getByLabel('数值').fill('8');
  await form.getByLabel('备注').fill('据复议机构年报核对');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(review(ep).getByTestId('cell-value')).toHaveText('8宗');
  await expect(pop.getByTestId('manual-value')).toContainText('据复议机构年报核对');
  await pop.getByRole('button', { name: '关闭' }).click();
  await screenshot(page, 'compare-metrics');

  // Both are kept across a reload.
  await page.reload();
  await expect(table).toBeVisible();
  await expect(insp.getByTestId('cell-value')).toHaveText('19次');
  await expect(review(ep).getByTestId('cell-value')).toHaveText('8宗');
  await expect(review(qs).getByTestId('cell-value')).toHaveText('96件');
  await review(ep).getByRole('button').click();
  await expect(pop.getByTestId('manual-value')).toContainText('据复议机构年报核对');
  await pop.getByRole('button', { name: '关闭' }).click();

  // Export CSV (BOM, parsed back) with the same values.
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvText = readFileSync((await (await dl).path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(csvText);
  const head = rows[0];
  const row = rows.find((r) => r[1] === 'admin-reconsideration-cases')!;
  const qsCol = head.indexOf('青山区 2021');
  const epCol = head.indexOf('恩平市 2019');
  expect(row[qsCol]).toBe('96');
  expect(row[qsCol + 1]).toBe('件');
  expect(row[qsCol + 3]).toContain('全年办理行政复议案件96件');
  expect(row[epCol]).toBe('8');
  expect(row[epCol + 3]).toContain('据复议机构年报核对');

  // Long form: one row per mention, with offsets.
  const dl2 = page.waitForEvent('download');
  await page.getByTestId('export-long').click();
  const long = parseCsv(readFileSync((await (await dl2).path())!, 'utf8'));
  const h = long[0];
  const q96 = long.find(
    (r) =>
      r[h.indexOf('indicator_id')] === 'admin-reconsideration-cases' &&
      r[h.indexOf('value')] === '96',
  )!;
  expect(Number(q96[h.indexOf('start')])).toBeGreaterThan(0);
  expect(q96[h.indexOf('used')]).toBe('1');

  // XLSX: a real workbook; the number cell is a number.
  const dl3 = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const files = unzipSync(readFileSync((await (await dl3).path())!));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  expect(sheet).toMatch(/<c r="[A-Z]+\d+"[^>]*><v>96<\/v><\/c>/);
  const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
  expect(shared + sheet).toContain('行政复议案件数');
});

test('same locality across years: columns by year with year-over-year change; per 10,000', async ({
  page,
}) => {
  // Generated multi-year data: the 青山区 report re-dated to 2020 and 2022 with other counts.
  const src = readFileSync('seeds/2021-青山区-法治政府建设情况报告.txt', 'utf8');
  mkdirSync('test-results/generated', { recursive: true });
  const files = [
    { year: 2020, n: 80 },
    { year: 2022, n: 120 },
  ].map(({ year, n }) => {
    const path = `test-results/generated/${year}-青山区-法治政府建设情况报告.txt`;
    writeFileSync(
      path,
      src.replaceAll('2021', String(year)).replace('行政复议案件96件', `行政复议案件${n}件`),
    );
    return path;
  });
  await page.getByRole('link', { name: '文库' }).click();
  await importViaPicker(page, files);
  await expect(page.getByTestId('import-summary')).toContainText('已导入 2 份');
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '对照' }).click();

  await page.getByTestId('same-locality').selectOption({ label: '青山区（3 年）' });
  await expect(page.getByTestId('report-picker')).toContainText('已选 3 份');
  await page.getByRole('tab', { name: '指标表' }).click();
  const labels = page.getByTestId('metric-table').getByTestId('column-label');
  await expect(labels).toHaveText(['青山区 2020', '青山区 2021', '青山区 2022']);
  const row = page.locator(
    '[data-testid="metric-table"] tr[data-indicator="admin-reconsideration-cases"]',
  );
  await expect(row.getByTestId('cell-value')).toHaveText(['80件', '96件', '120件']);
  const cells = row.getByTestId('metric-cell');
  await expect(cells.nth(0)).not.toContainText('较上年');
  await expect(cells.nth(1)).toContainText('较上年 +16 (+20%)');
  await expect(cells.nth(2)).toContainText('较上年 +24 (+25%)');

  // Per 10,000 residents from a population entered for the locality (kept after reload).
  await page.getByLabel('按每万人口换算').check();
  await page.getByLabel('青山区 人口').fill('480000');
  await page.getByLabel('青山区 人口').blur();
  await expect(cells.nth(1)).toContainText('2 / 每万人');
  await screenshot(page, 'compare-years');
  await page.reload();
  await expect(page.getByLabel('青山区 人口')).toHaveValue('480000');
  await expect(cells.nth(2)).toContainText('2.5 / 每万人');
});
