import { test, expect } from './fixtures.ts';
import { dropFiles, screenshot } from './helpers.ts';

const F = (name: string) => ({ name, path: `tests/fixtures/${name}` });

test('a drop of good and broken files: each bad one has its message, good ones import, nothing lost', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });

  await dropFiles(page, [
    F('gbk.txt'),
    F('empty.txt'),
    F('binary-renamed.txt'),
    F('legacy.doc'),
    F('legacy.wps'),
    F('truncated.docx'),
    F('truncated.pdf'),
    F('truncated.zip'),
    F('encrypted.pdf'),
    F('scan-no-text.pdf'),
    F('image-renamed.txt'),
    F('report.docx'),
    F('report.pdf'),
    F('gov-page.html'),
    F('reports.zip'),
  ]);
  const results = page.getByTestId('import-results');
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  const item = (file: string) => results.locator('li', { hasText: file });
  await expect(item('empty.txt')).toContainText('文件是空的');
  await expect(item('binary-renamed.txt')).toContainText('不是文本文件');
  await expect(item('legacy.doc')).toContainText('另存为” .docx');
  await expect(item('legacy.wps')).toContainText('WPS');
  await expect(item('truncated.docx')).toContainText('.docx 文件已损坏');
  await expect(item('truncated.pdf')).toContainText('PDF 文件已损坏');
  await expect(item('truncated.zip')).toContainText('压缩包已损坏');
  await expect(item('encrypted.pdf')).toContainText('密码');
  await expect(item('scan-no-text.pdf')).toContainText('没有文字层');
  await expect(item('image-renamed.txt')).toContainText('图片');
  // The detected encoding is shown for text files.
  await expect(item('gbk.txt')).toContainText('GB18030');
  // GBK-encoded names inside a Windows zip come out as Chinese.
  await expect(results).toContainText('reports.zip!/报告/2021年/青山区法治政府建设情况报告.txt');
  await screenshot(page, 'import-report');

  // The five samples are all still there, and the good files were added (some are duplicates
  // of each other's text, which the report says).
  const rows = page.getByTestId('report-row');
  await expect(rows.filter({ hasText: '神湾镇' })).toHaveCount(1);
  const failed = await results.locator('li[data-status="failed"]').count();
  const added = await results.locator('li[data-status="added"]').count();
  expect(failed).toBe(10);
  expect(added).toBeGreaterThanOrEqual(3);
  await expect(rows).toHaveCount(5 + added);
  await page.reload();
  await expect(rows).toHaveCount(5 + added);
});

test('hostile HTML is never executed or injected', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await dropFiles(page, [F('gov-page.html')]);
  await expect(page.getByTestId('import-summary')).toContainText('已导入 1 份', {
    timeout: 30_000,
  });
  await page.getByTestId('report-row').getByRole('link', { name: '打开' }).click();
  const text = page.getByTestId('reader-text');
  await expect(text).toContainText('法治政府');
  await expect(text).not.toContainText('LEAK');
  expect(await text.locator('script, img, iframe, [onerror], [onclick]').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('cancel stops the import and leaves the library consistent', async ({ page }) => {
  await page.goto('/');
  const many = Array.from({ length: 40 }, () => F('report.pdf'));
  await dropFiles(page, many);
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('heading', { name: '导入已取消' })).toBeVisible({ timeout: 30_000 });
  // The same PDF text is one report at most: no duplicate, no half-written record.
  await page.reload();
  expect(await page.getByTestId('report-row').count()).toBeLessThanOrEqual(1);
});
