// One measure at a time against a kept, seeded browser profile, for working on a target
// without the full run's 100 s re-import each time:
//   npx tsx tests/bench/dev.ts seed 10000 [--port 41990] [--no-build]
//   npx tsx tests/bench/dev.ts library|search|table 10000 [--port 41990] [--no-build] [--runs 3]
// The profile (bench/.cache/profile-N-PORT) holds IndexedDB for http://127.0.0.1:PORT, so the
// same port must be used for seed and measures. Page and worker console lines are printed.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { generateCorpus } from './corpus.ts';
import { serveStatic } from './server.ts';
import { installProbe } from './probe.ts';
import { importViaApp } from './measures/import-app.ts';
import { openLibrary } from './measures/library-open.ts';
import { measureSearch } from './measures/search.ts';
import { measureTable } from './measures/table.ts';
import { countStored } from './measures/idb.ts';

const args = process.argv.slice(2);
const what = args[0];
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10000);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const port = opt('--port', 41990);
const runs = opt('--runs', 3);
const DIST = `bench/.cache/dist-dev-${port}`;
const PROFILE = `bench/.cache/profile-${n}-${port}`;
const log = (s: string) => console.log(`[dev] ${s}`);

if (!['seed', 'library', 'search', 'table'].includes(what)) {
  console.error('usage: dev.ts seed|library|search|table N [--port P] [--no-build] [--runs R]');
  process.exit(2);
}
if (!args.includes('--no-build'))
  execSync(`npm run build -- --outDir ${DIST} --emptyOutDir`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
if (what === 'seed') rmSync(PROFILE, { recursive: true, force: true });
const server = await serveStatic({ '/': DIST }, port);
const ctx: BrowserContext = await chromium.launchPersistentContext(PROFILE, {
  ...chromiumLaunchOptions,
  headless: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1280, height: 900 },
});
await ctx.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
await ctx.addInitScript(installProbe);
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => {
    if (m.text().startsWith('[rb]')) console.log(m.text());
  });
  if (what === 'seed') {
    const corpus = generateCorpus(n);
    const a = await importViaApp(page, server.url, corpus, Math.max(300_000, n * 100));
    log(`seeded ${a.stored} reports in ${Math.round(a.ms)} ms`);
  } else {
    await page.goto(`${server.url}/#/library`);
    // The kept profile's service worker serves the build it cached: let this build's one
    // take over first, or the measures run the previous build.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker?.getRegistration();
      await reg?.update();
      const w = reg?.installing ?? reg?.waiting;
      if (w)
        await new Promise<void>((ok) => {
          const settled = () => ['activated', 'redundant'].includes(w.state) && ok();
          w.addEventListener('statechange', settled);
          settled();
        });
    });
    await page.reload();
    const stored = await countStored(page);
    log(`${stored} reports stored in ${PROFILE}`);
    for (let i = 0; i < runs; i++) {
      if (what === 'library') log(JSON.stringify(await openLibrary(page, stored, 60_000)));
      if (what === 'search') {
        const s = await measureSearch(page, server.url);
        log(`first ${Math.round(s.firstMs)} p50 ${s.p50Ms} p95 ${s.p95Ms}`);
        log(s.samples.map((x) => `${x.query} ${Math.round(x.ms)}`).join(' · '));
      }
      if (what === 'table') {
        log(JSON.stringify(await measureTable(page, server.url, stored, 180_000)));
        await page.getByRole('button', { name: '清空' }).click();
      }
    }
  }
} finally {
  await ctx.close();
  await server.close();
}
