// Search latency p50/p95 over a fixed query set at N stored. The search view does not exist
// yet; when it does, drive its input here and time query → results frame (see percentile()).
import type { Page } from '@playwright/test';
import { notBuilt, type NotMeasured } from './not-built.ts';

/** The fixed query set, for when the view lands: terms, phrases, a regex, a miss. */
export const QUERIES = [
  '行政复议',
  '法治政府',
  '行政执法',
  '第一责任人',
  '规范性文件',
  '听证',
  '/\\d+件/',
  '不存在的词',
];

export async function measureSearch(
  _page: Page,
): Promise<{ p50Ms: number; p95Ms: number } | NotMeasured> {
  return notBuilt('search');
}
