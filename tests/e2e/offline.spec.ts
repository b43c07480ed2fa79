// Zero-install: after the first visit the service worker has precached the whole build, so
// with the network switched off a reload still starts the app, the samples import, and PDFs
// import too — cmap-font.pdf needs pdf.js's worker and its packed CMaps, so they were cached.
import { test, expect } from './fixtures.ts';
import { screenshot } from './helpers.ts';

test('works offline after the first load: reload, samples, a PDF that needs CMaps', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('load-samples')).toBeVisible();
  // The manifest makes it installable.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toContain('512x512');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
  await expect(page.getByTestId('offline-ready')).toHaveAttribute('data-ready', 'true');

  await context.setOffline(true);
  // Prove the network really is off for the page.
  const online = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/').then(
      () => true,
      () => false,
    ),
  );
  expect(online).toBe(false);
  await page.reload();
  await expect(page.getByTestId('load-samples')).toBeVisible();
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('import-summary')).toContainText('已导入 5 份', {
    timeout: 30_000,
  });

  await page
    .getByTestId('file-input')
    .setInputFiles(['tests/fixtures/cmap-font.pdf', 'tests/fixtures/report.pdf']);
  const results = page.getByTestId('import-results');
  await expect(page.getByTestId('import-summary')).toContainText('失败 0 份', { timeout: 60_000 });
  await expect(results.locator('li', { hasText: 'cmap-font.pdf' })).toHaveAttribute(
    'data-status',
    'added',
  );
  await screenshot(page, 'offline-import');
  // The PDF's Chinese text came through the CMaps.
  await page.goto('/#/search');
  await page.getByTestId('search-input').fill('专题学法');
  await page.getByTestId('search-go').click();
  await expect(page.getByTestId('kwic-row').first()).toBeVisible();
});
