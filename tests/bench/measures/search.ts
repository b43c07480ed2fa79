// Search latency over a fixed query set with N stored: submit in the page and time until the
// first frame whose hit count differs from the one before (queries alternate with a miss so
// every answer changes the count). The first query, which loads all texts, is reported apart.
import type { Page } from '@playwright/test';
import { percentile } from '../stats.ts';

export const QUERIES = [
  '行政复议',
  '法治政府',
  '行政执法',
  '第一责任人',
  '规范性文件',
  '听证',
  '营商环境',
  '调解',
];
const MISS = '没有这个词语';

export interface SearchFigures {
  firstMs: number;
  p50Ms: number | null;
  p95Ms: number | null;
  samples: { query: string; ms: number; count: string }[];
}

/** One query: hash-free, in-page timing from submit to the frame showing the new count. */
async function timed(
  page: Page,
  query: string,
  timeoutMs: number,
): Promise<{ ms: number; count: string }> {
  await page.getByTestId('search-input').fill(query);
  return page.evaluate(
    ({ timeoutMs }) =>
      new Promise<{ ms: number; count: string }>((ok, fail) => {
        const el = () => document.querySelector('[data-testid="search-count"]');
        const before = el()?.textContent ?? null;
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="search-go"]')!.click();
        const tick = () => {
          const now = performance.now();
          const text = el()?.textContent ?? null;
          if (text !== null && text !== before) return ok({ ms: now - t0, count: text });
          if (now - t0 > timeoutMs) return fail(new Error(`search timed out: ${before}`));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { timeoutMs },
  );
}

export async function measureSearch(page: Page, baseUrl: string): Promise<SearchFigures> {
  await page.goto(`${baseUrl}/#/search`);
  await page.getByTestId('search-input').waitFor();
  const first = await timed(page, QUERIES[0], 120_000);
  const samples: SearchFigures['samples'] = [];
  for (let rep = 0; rep < 2; rep++) {
    for (const q of QUERIES) {
      await timed(page, MISS, 60_000);
      samples.push({ query: q, ...(await timed(page, q, 60_000)) });
    }
  }
  const ms = samples.map((s) => s.ms);
  return { firstMs: first.ms, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), samples };
}
