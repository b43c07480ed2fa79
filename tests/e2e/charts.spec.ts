// Charts on the five samples, as a user drives them: every kind draws; a bar's tooltip shows
// the exact value and source sentence; click and Enter open the reader at the passage;
// SVG/PNG/JSON exports are real files; a chart file re-opens the same chart; saved charts
// come back after a reload; presentation mode.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';
import { compareFiveSamples } from './compare-setup.ts';

async function loadAndSelect(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await compareFiveSamples(page);
  await page.getByRole('link', { name: '图表', exact: true }).click();
  await expect(page.getByTestId('chart')).toBeVisible();
}

const KINDS = ['指标条形图', '覆盖热图', '历年变化', '报告结构', '具体程度'];
const marks = (page: Page) => page.locator('[data-testid="chart"] [data-mark]');
const bar = (page: Page, label: string) =>
  page.locator(`[data-testid="chart"] [data-mark][aria-label^="${label}"]`);

async function saved(d: Download): Promise<Buffer> {
  return readFileSync((await d.path())!);
}

test('every chart kind draws on the samples with Chinese labels', async ({ page }) => {
  await loadAndSelect(page);
  const counts: Record<string, number> = {};
  for (const [i, k] of KINDS.entries()) {
    await page.getByRole('tab', { name: k }).click();
    await expect(page.getByRole('tab', { name: k })).toHaveAttribute('aria-selected', 'true');
    await expect(marks(page).first()).toBeVisible();
    counts[k] = await marks(page).count();
    await expect(page.locator('[data-testid="chart"] svg > title')).not.toBeEmpty();
    await screenshot(page, `chart-${i}`, true);
  }
  expect(counts['覆盖热图']).toBe(20); // 5 reports × 4 required parts
  expect(counts['具体程度']).toBe(5);
  // The heatmap says present/missing in words: 青山区 lacks 不足问题.
  await page.getByRole('tab', { name: '覆盖热图' }).click();
  await expect(bar(page, '青山区 2021，不足问题：✗ 缺')).toHaveCount(1);
  await page.getByTestId('chart-row-order').selectOption('cluster');
  await expect(marks(page)).toHaveCount(20);
});

test('hover a bar for the source sentence, click or Enter to land in the reader', async ({
  page,
}) => {
  await loadAndSelect(page);
  const qs = bar(page, '青山区 2021');
  await qs.hover();
  const tip = page.getByTestId('chart-tooltip');
  await expect(tip).toContainText('≈100条');
  await expect(tip).toContainText('原文为约数');
  await expect(tip.getByTestId('tooltip-sentence')).toContainText('100');
  await expect(tip.locator('mark')).not.toBeEmpty();
  const sentence = (await tip.getByTestId('tooltip-sentence').textContent())!.trim();
  await screenshot(page, 'chart-tooltip', false);
  // Missing is said in words, not drawn as zero.
  await bar(page, '荣成市 2022').hover();
  await expect(tip).toContainText('无数据');

  await qs.click();
  await expect(page).toHaveURL(/#\/reader\/[^?]+\?at=\d+/);
  await expect(page.getByTestId('reader-text')).toContainText(sentence.slice(0, 12));

  // Keyboard: Tab into the chart, arrows move, Enter opens.
  await page.goBack();
  await expect(marks(page).first()).toBeVisible();
  await marks(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(marks(page).nth(1)).toBeFocused();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/reader\//);
});

test('export SVG and PNG, and a chart file that re-opens the same chart', async ({ page }) => {
  await loadAndSelect(page);
  await page.getByRole('tab', { name: '报告结构' }).click();
  await page.getByTestId('chart-title').fill('各报告篇幅结构');
  const svgBox = await page.locator('[data-testid="chart"] svg').boundingBox();

  const [svgDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 SVG' }).click(),
  ]);
  expect(svgDl.suggestedFilename()).toBe('各报告篇幅结构.svg');
  const svg = (await saved(svgDl)).toString('utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('<title id="chart-title">各报告篇幅结构</title>');
  expect(svg).toContain('青山区 2021');
  expect(svg).toContain('Noto Sans CJK SC');

  const [pngDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 PNG' }).click(),
  ]);
  const png = await saved(pngDl);
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync('test-results/screens/chart-export.png', png);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  expect(w).toBe(Math.round(svgBox!.width) * 2);
  expect(Math.abs(h - svgBox!.height * 2)).toBeLessThanOrEqual(2);
  // Not blank: decode it in the page and count inked and coloured pixels.
  const ink = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    let colour = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] < 80 && d[i + 1] < 80 && d[i + 2] < 80) dark++;
      if (Math.abs(d[i] - d[i + 2]) > 80) colour++;
    }
    return { dark, colour, total: d.length / 4 };
  }, png.toString('base64'));
  expect(ink.dark).toBeGreaterThan(1000); // text
  expect(ink.colour / ink.total).toBeGreaterThan(0.05); // the stacked bars

  const [jsonDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图表文件（JSON）' }).click(),
  ]);
  const json = JSON.parse((await saved(jsonDl)).toString('utf8'));
  expect(json.format).toBe('reportbench-chart');
  expect(json.spec.kind).toBe('structure');
  expect(json.data.bars).toHaveLength(5);
  const before = await page.locator('[data-testid="chart"] svg').innerHTML();

  // Switch away, then open the file: the same chart comes back from the file's data.
  await page.getByRole('tab', { name: '具体程度' }).click();
  await page.getByTestId('chart-file-input').setInputFiles({
    name: 'structure.chart.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await expect(page.getByTestId('chart-file-banner')).toContainText('structure.chart.json');
  await expect(page.getByRole('tab', { name: '报告结构' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(await page.locator('[data-testid="chart"] svg').innerHTML()).toBe(before);

  // A damaged file is refused with a specific message and the chart stays.
  await page.getByTestId('chart-file-input').setInputFiles({
    name: 'bad.chart.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...json, data: { kind: 'structure', bars: 3 } })),
  });
  await expect(page.getByTestId('chart-message')).toContainText('图表文件内容不完整或已损坏');
  expect(await page.locator('[data-testid="chart"] svg').innerHTML()).toBe(before);
});

test('saved charts are listed and reopened after a reload; presentation mode', async ({ page }) => {
  await loadAndSelect(page);
  await page.getByRole('tab', { name: '覆盖热图' }).click();
  await page.getByTestId('chart-title').fill('必备部分一览');
  await page.getByTestId('chart-row-order').selectOption('total');
  await page.getByRole('button', { name: '保存图表' }).click();
  await expect(page.getByTestId('saved-chart')).toContainText('必备部分一览');
  const before = await page.locator('[data-testid="chart"] svg').innerHTML();

  await page.reload();
  await page.getByRole('tab', { name: '具体程度' }).click();
  await page
    .getByTestId('saved-chart')
    .filter({ hasText: '必备部分一览' })
    .getByRole('button', { name: '打开' })
    .click();
  await expect(page.getByRole('tab', { name: '覆盖热图' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('chart-row-order')).toHaveValue('total');
  await expect.poll(() => page.locator('[data-testid="chart"] svg').innerHTML()).toBe(before);

  await page.getByRole('button', { name: '全屏演示图表' }).click();
  const present = page.getByTestId('presentation');
  await expect(present).toBeVisible();
  await expect(present.locator('svg title').first()).toHaveText('必备部分一览');
  await screenshot(page, 'chart-presentation', false);
  await page.keyboard.press('Escape');
  await expect(present).toBeHidden();
});

test('coverage and structure by the codes of a codebook, after auto-coding', async ({ page }) => {
  await loadAndSelect(page);
  await page.goto('/#/codes');
  await page.getByTestId('template-outline-2021').click();
  await expect(page.getByTestId('code-tree').getByRole('treeitem')).toHaveCount(9);
  await page.goto('/#/settings');
  await page.getByLabel('编码者姓名（用于标注记录）').fill('李四');
  await page.getByLabel('编码者姓名（用于标注记录）').blur();
  await page.goto('/#/codes');
  await page.getByTestId('tab-rules').click();
  await page.getByTestId('rule-name').fill('复议规则');
  await page.getByTestId('rule-code').selectOption({ index: 5 });
  const code = (await page.getByTestId('rule-code').locator('option:checked').textContent())!
    .replace(/^[\s\u00a0]+/, '')
    .trim();
  await page.getByTestId('rule-keywords').fill('复议');
  await page.getByTestId('save-rule').click();
  await page.getByTestId('preview-rules').click();
  await expect(page.getByTestId('hit-check').nth(3)).toBeVisible();
  await expect(page.getByTestId('apply-rules')).toHaveText(/应用 \d+ 处自动编码/);
  await expect(page.getByTestId('apply-rules')).toBeEnabled();
  await page.getByTestId('apply-rules').click();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /自动编码/);

  await page.goto('/#/charts');
  await page.getByRole('tab', { name: '覆盖热图' }).click();
  await page.getByTestId('chart-mode').selectOption({ index: 1 });
  await expect(marks(page)).toHaveCount(5 * 9);
  // The coded area has segments in the reports that mention 复议, and a click opens one.
  const cell = page.locator(`[data-testid="chart"] [data-mark][aria-label*="${code}："]`);
  await expect(cell).toHaveCount(5);
  const labels = await cell.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.some((l) => /：[1-9]\d*/.test(l!.split('，')[1]))).toBe(true);
  await page.getByTestId('chart-col-order').selectOption('total');
  await screenshot(page, 'chart-coverage-codes', true);
  await page.getByRole('tab', { name: '报告结构' }).click();
  await expect(page.getByTestId('chart-mode')).toHaveValue(/.+/);
  await expect(page.locator('[data-testid="chart"] svg > title')).toHaveText(
    '报告结构：各领域所占篇幅',
  );
  await screenshot(page, 'chart-structure-codes', true);
});
