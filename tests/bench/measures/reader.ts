// Reader open for a ~1 MB report: import it, then time (in the page) from the hash change
// to the first frame with the text's paragraphs in the DOM; also a cold load of that URL.
import type { Page } from '@playwright/test';

export interface ReaderRun {
  /** In-app navigation (library → reader), hash change to first paragraph. */
  warmMs: number;
  /** Until the reader holds ≥ 90% of the report's paragraphs (null: never, e.g. windowed). */
  warmFullMs: number | null;
  /** Full page load of #/reader/ID, navigation start to first paragraph. */
  coldMs: number;
  paragraphsInDom: number;
}

const firstParagraph = (expected: number) => {
  const ps = document.querySelectorAll('[data-testid="reader-text"] p').length;
  return ps > 0 ? [performance.now(), ps >= expected * 0.9 ? 1 : 0, ps] : false;
};

export async function importBig(page: Page, baseUrl: string, path: string): Promise<string> {
  await page.goto(`${baseUrl}/#/library`);
  await page.getByTestId('file-input').setInputFiles([path]);
  await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
  const href = await page
    .locator('[data-testid="import-results"] a[href^="#/reader/"]')
    .first()
    .getAttribute('href');
  if (!href) throw new Error('the 1 MB report was not imported');
  return href;
}

export async function openReader(
  page: Page,
  baseUrl: string,
  href: string,
  paragraphs: number,
): Promise<ReaderRun> {
  await page.goto(`${baseUrl}/#/library`);
  await page.reload();
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  const t0 = await page.evaluate((h) => {
    const t = performance.now();
    location.hash = h;
    return t;
  }, href);
  const first = await page.waitForFunction(firstParagraph, paragraphs, {
    polling: 'raf',
    timeout: 60_000,
  });
  const [t1] = (await first.jsonValue()) as number[];
  const warmFullMs = await page
    .waitForFunction(
      (n) => {
        const ps = document.querySelectorAll('[data-testid="reader-text"] p').length;
        return ps >= n * 0.9 ? performance.now() : false;
      },
      paragraphs,
      { polling: 'raf', timeout: 30_000 },
    )
    .then(async (h) => ((await h.jsonValue()) as number) - t0)
    .catch(() => null);
  await page.reload({ waitUntil: 'commit' });
  const cold = await page.waitForFunction(firstParagraph, paragraphs, {
    polling: 'raf',
    timeout: 60_000,
  });
  const [coldMs, , ps] = (await cold.jsonValue()) as number[];
  return { warmMs: t1 - t0, warmFullMs, coldMs, paragraphsInDom: ps };
}
