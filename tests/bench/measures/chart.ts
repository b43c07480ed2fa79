// Chart render for N reports. Not built yet.
import type { Page } from '@playwright/test';

export interface NotMeasured {
  value: null;
  reason: string;
}

export async function measureChart(_page: Page): Promise<{ renderMs: number } | NotMeasured> {
  return { value: null, reason: 'no chart view yet; add the measurement here' };
}
