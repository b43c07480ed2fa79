// Workshop: two browser profiles. A (trainer) loads the samples, codes, exports an exercise
// pack; B (participant) opens it, codes, exports a submission; A imports it and sees B's
// codings per coder, the agreement table and the disagreement list, and adopts a reference.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, BrowserContext, Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { loadSamples, openReport, screenshot, selectText } from './helpers.ts';

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/;
const QINGSHAN = /青山区/;
const RONGCHENG = /荣成市/;

/** A second profile: its own IndexedDB; its requests must stay on 127.0.0.1 as well. */
async function profile(browser: Browser, baseURL: string, offOrigin: string[]) {
  const ctx = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  ctx.on('request', (r) => {
    if (!LOCAL.test(r.url())) offOrigin.push(r.url());
  });
  return ctx;
}

async function saved(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  mkdirSync('test-results/workshop', { recursive: true });
  const path = `test-results/workshop/${name}`;
  await dl.saveAs(path);
  return path;
}

/** Codes `needle` with the first code whose name matches `filter`, through the picker. */
async function code(page: Page, needle: string, filter: string) {
  await selectText(page, needle);
  await expect(page.getByTestId('picker-input')).toBeVisible();
  await page.getByTestId('picker-input').fill(filter);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('coding-item').filter({ hasText: needle })).toHaveCount(1);
}

async function openQingshan(page: Page) {
  await openReport(page, '青山区');
  await page.getByRole('tab', { name: '编码' }).click();
}

test('exercise pack → submission → agreement, across two browser profiles', async ({
  page,
  browser,
  baseURL,
  offOrigin,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // ---- A: samples, a codebook, the trainer's own coding ----
  await loadSamples(page);
  await page.goto('/#/codes');
  await page.getByTestId('template-outline-2021').click();
  await expect(page.getByTestId('codebook-select')).toContainText('2021');
  await openQingshan(page);
  await page.getByTestId('coder-input').fill('甲');
  await page.getByTestId('coder-input').press('Enter');
  await code(page, '有序推进行政复议体制改革', '纠纷');
  await code(page, '认真办理行政诉讼案件', '监督');

  await page.goto('/#/workshop');
  const maker = page.getByTestId('exercise-maker');
  await maker.getByTestId('exercise-title').fill('练习一：矛盾纠纷');
  await maker.getByTestId('exercise-instructions').fill('请标注涉及矛盾纠纷化解的句子。');
  await maker.getByRole('checkbox', { name: QINGSHAN }).check();
  await maker.getByRole('checkbox', { name: RONGCHENG }).check();
  await screenshot(page, 'workshop-maker');
  const pack = await saved(page, () => maker.getByTestId('exercise-export').click(), 'pack.zip');

  // ---- B: a fresh profile opens the pack with one click, codes, submits ----
  const ctxB: BrowserContext = await profile(browser, baseURL!, offOrigin);
  const b = await ctxB.newPage();
  await b.goto('/#/workshop');
  await b.getByTestId('exercise-input').setInputFiles(pack);
  const current = b.getByTestId('exercise-current');
  await expect(current).toContainText('练习一：矛盾纠纷');
  await expect(b.getByTestId('exercise-shown-instructions')).toHaveText(
    '请标注涉及矛盾纠纷化解的句子。',
  );
  await expect(current.getByRole('link')).toHaveCount(2);
  await b.getByTestId('exercise-coder').fill('乙');
  await b.getByTestId('exercise-coder').press('Enter');
  await expect(b.getByTestId('exercise-mine')).toContainText('0');
  // The pack set up the codebook: B codes with it in the reader.
  await b.goto('/#/library');
  await expect(b.getByTestId('report-row')).toHaveCount(2);
  await openQingshan(b);
  await code(b, '有序推进行政复议体制改革', '纠纷');
  await code(b, '认真办理行政诉讼案件', '纠纷');
  await code(b, '开展涉企行政执法突出问题专项整治', '执法');
  await b.goto('/#/workshop');
  await expect(b.getByTestId('exercise-mine')).toContainText('3');
  await screenshot(b, 'workshop-participant');
  const submission = await saved(
    b,
    () => b.getByTestId('submission-export').click(),
    'submission-乙.zip',
  );
  await ctxB.close();

  // ---- A: imports the submission and compares ----
  await page.getByTestId('submission-input').setInputFiles(submission);
  await expect(page.getByTestId('bundle-done')).toContainText('submission-乙.zip');
  const perCoder = page.getByTestId('per-coder');
  await expect(perCoder.getByRole('row', { name: /乙/ })).toContainText('3');
  await expect(perCoder.getByRole('row', { name: /甲/ })).toContainText('2');

  await page.getByTestId('agreement-reports').selectOption({ label: '练习：练习一：矛盾纠纷' });
  const table = page.getByTestId('agreement-table');
  await expect(page.getByTestId('agreement-unit')).toContainText('句子');
  const all = table.locator('tbody tr').first();
  await expect(all).toContainText('全部代码');
  // Only 青山区 was coded by both; its sentences are the units. 3 of them differ in the set of
  // codes (one agreed, one differs, one coded by B only).
  const units = Number(await all.locator('td').first().textContent());
  expect(units).toBeGreaterThan(10);
  await expect(page.getByTestId('disagreement-title')).toContainText('（2 句）');
  const rows = page.getByTestId('disagreements').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('开展涉企行政执法突出问题专项整治');
  await expect(rows.nth(1)).toContainText('认真办理行政诉讼案件');
  await screenshot(page, 'workshop-agreement');
  await page
    .getByTestId('agreement-panel')
    .screenshot({ path: 'test-results/screens/workshop-agreement-panel.png' });

  // Adopt B's version of the first disagreement as the reference coding.
  await rows.first().getByRole('button', { name: '采用为参照: 乙' }).click();
  await expect(perCoder.getByRole('row', { name: /参照编码/ })).toContainText('1');
  expect(errors).toEqual([]);
});

/** Rewrites a bundle's manifest (and drops entries) to make a bad file from a real one. */
function tamper(
  path: string,
  out: string,
  edit: (m: Record<string, any>) => void, // eslint-disable-line @typescript-eslint/no-explicit-any
  drop: (name: string) => boolean = () => false,
) {
  const files = unzipSync(readFileSync(path));
  const m = JSON.parse(strFromU8(files['manifest.json']!));
  edit(m);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  for (const k of Object.keys(files)) if (drop(k)) delete files[k];
  writeFileSync(out, zipSync(files));
  return out;
}

test('backup and restore into a fresh profile; bad bundles are refused, markup stripped', async ({
  page,
  browser,
  baseURL,
  offOrigin,
}) => {
  await loadSamples(page);
  await page.goto('/#/workshop');
  await expect(page.getByTestId('last-backup')).toHaveText('还没有备份过。');
  const backup = await saved(page, () => page.getByTestId('backup-now').click(), 'backup.zip');
  await expect(page.getByTestId('last-backup')).toContainText('上次备份');

  const ctxB = await profile(browser, baseURL!, offOrigin);
  const b = await ctxB.newPage();
  await b.goto('/#/workshop');
  const err = b.getByTestId('bundle-error');
  const input = b.getByTestId('restore-input');

  writeFileSync('test-results/workshop/not-a-zip.zip', '<html><script>alert(1)</script></html>');
  await input.setInputFiles('test-results/workshop/not-a-zip.zip');
  await expect(err).toContainText('这不是 zip 文件');

  const future = tamper(backup, 'test-results/workshop/future.zip', (m) => (m.version = 99));
  await input.setInputFiles(future);
  await expect(err).toContainText('更新版本的报告对照台制作（包版本 99）');

  const noText = tamper(
    backup,
    'test-results/workshop/no-text.zip',
    () => {},
    (name) => name.startsWith('texts/') && name.endsWith('.txt') && !name.includes('zzz'),
  );
  await input.setInputFiles(noText);
  await expect(err).toContainText('缺少报告正文');
  await expect(b.getByTestId('bundle-preview')).toHaveCount(0);

  const marked = tamper(backup, 'test-results/workshop/marked.zip', (m) => {
    m.data.reports[0].title = '<script>alert(1)</script><b>带标记的标题</b>';
  });
  await input.setInputFiles(marked);
  await expect(err).toHaveCount(0);
  const preview = b.getByTestId('bundle-preview');
  await expect(preview.getByTestId('bundle-sanitised')).toContainText('1 个文字字段');
  await expect(preview.getByTestId('add-reports')).toHaveText('5');
  await screenshot(b, 'workshop-restore-preview');
  await preview.getByTestId('bundle-confirm').click();
  await expect(b.getByTestId('bundle-done')).toContainText('marked.zip');
  await b.goto('/#/library');
  await expect(b.getByTestId('report-row')).toHaveCount(5);
  await expect(b.getByText('带标记的标题')).toBeVisible();
  await expect(b.locator('script:text("alert")')).toHaveCount(0);

  // Restoring the untouched backup again: the same reports (by hash), one title differs.
  await b.goto('/#/workshop');
  await b.getByTestId('restore-input').setInputFiles(backup);
  const again = b.getByTestId('bundle-preview');
  await expect(again.getByTestId('add-reports')).toHaveText('0');
  await expect(again.locator('tr[data-table="reports"]')).toContainText('1 · 保留本机版本');
  await ctxB.close();
});
