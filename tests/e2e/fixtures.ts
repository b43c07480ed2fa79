// Shared e2e fixtures: every test records each request the page makes and fails if any
// leaves 127.0.0.1 (the app must make no network request to another origin).
import { test as base, expect } from '@playwright/test';

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:|file:)/;

export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (req) => {
        if (!LOCAL.test(req.url())) seen.push(req.url());
      });
      await use(seen);
      expect(seen, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
