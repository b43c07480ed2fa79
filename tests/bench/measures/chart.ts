// Chart render for N reports. Not built yet.
import type { Page } from '@playwright/test';
import { notBuilt, type NotMeasured } from './not-built.ts';

export async function measureChart(_page: Page): Promise<{ renderMs: number } | NotMeasured> {
  return notBuilt('chart');
}
