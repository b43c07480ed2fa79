// Presentation mode: a labelled top-bar toggle and Alt+P; large type and no editing chrome;
// kept across a reload in the same tab; Esc leaves it.
import { test, expect } from './fixtures.ts';
import { loadSamples, screenshot } from './helpers.ts';

test('presentation mode: toggle, large type, editing chrome hidden, kept on reload, Esc exits', async ({
  page,
}) => {
  await loadSamples(page);
  const html = page.locator('html');
  const del = page.getByRole('button', { name: /删除所选/ });
  await expect(del).toBeVisible();
  const before = await page.getByRole('heading', { name: '报告文库' }).boundingBox();

  const toggle = page.getByTestId('present-toggle');
  await expect(toggle).toHaveText('演示模式');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveClass(/presenting/);
  await expect(toggle).toHaveText('退出演示');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(del).toBeHidden();
  const after = await page.getByRole('heading', { name: '报告文库' }).boundingBox();
  expect(after!.height).toBeGreaterThan(before!.height * 1.2);
  await screenshot(page, 'presentation', false);

  await page.reload();
  await expect(html).toHaveClass(/presenting/);
  await page.locator('body').press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
  await expect(del).toBeVisible();
  await page.locator('body').press('Alt+KeyP');
  await expect(html).toHaveClass(/presenting/);
  await page.locator('body').press('Alt+KeyP');
  await expect(html).not.toHaveClass(/presenting/);
});
