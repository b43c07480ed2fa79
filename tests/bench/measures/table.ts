// Metric table (45 indicators × N): build time and first paint. Not built yet.
import type { Page } from '@playwright/test';
import { notBuilt, type NotMeasured } from './not-built.ts';

export async function measureTable(
  _page: Page,
): Promise<{ buildMs: number; firstPaintMs: number } | NotMeasured> {
  return notBuilt('metric table');
}
