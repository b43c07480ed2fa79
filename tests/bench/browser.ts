// Headless Debian Chromium with the e2e launch flags; every context refuses requests that
// leave 127.0.0.1 and records them, so a run that tried the network says so.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { installProbe } from './probe.ts';

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:|chrome-extension:)/;

export const offOrigin: string[] = [];

export function launch(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

/** A fresh context: empty IndexedDB, zh-CN, the probe installed, the network fenced. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  await ctx.route(
    (url) => !LOCAL.test(url.href),
    (route) => {
      offOrigin.push(route.request().url());
      return route.abort();
    },
  );
  // tsx compiles with keepNames, so serialised functions may call esbuild's __name helper,
  // which does not exist in the page: give the page an identity stand-in first.
  await ctx.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await ctx.addInitScript(installProbe);
  return ctx;
}
