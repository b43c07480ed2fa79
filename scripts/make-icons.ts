// Renders public/favicon.svg to the PNG icons the web app manifest lists (run once with
// `npx tsx scripts/make-icons.ts`; needs /usr/bin/chromium). "maskable" gets a safe margin.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
for (const [size, pad, name] of [
  [192, 0, 'icon-192.png'],
  [512, 0, 'icon-512.png'],
  [512, 64, 'maskable-512.png'],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * pad;
  await page.setContent(
    `<body style="margin:0;background:${pad ? '#1f4e79' : 'transparent'}"><div style="padding:${pad}px">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" style="display:block" `) +
      '</div></body>',
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !pad });
}
await browser.close();
