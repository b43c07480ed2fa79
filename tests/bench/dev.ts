// One measure at a time against a kept, seeded browser profile, for working on a target
// without the full run's 100 s re-import each time:
//   npx tsx tests/bench/dev.ts seed 10000 [--port 41990] [--no-build]
//   npx tsx tests/bench/dev.ts library|search|table 10000 [--port 41990] [--no-build] [--runs 3]
// The profile (bench/.cache/profile-N-PORT) holds IndexedDB for http://127.0.0.1:PORT, so the
// same port must be used for seed and measures. Page and worker console lines are printed.
import { execSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
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

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
/** The functions with the most self time in a CDP CPU profile, for a quick look. */
function topSelf(p: { nodes: CpuNode[]; samples?: number[]; timeDeltas?: number[] }): string {
  const self = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)),
  );
  const byFn = new Map<string, number>();
  for (const n of p.nodes) {
    const f = n.callFrame;
    const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    byFn.set(k, (byFn.get(k) ?? 0) + (self.get(n.id) ?? 0));
  }
  return [...byFn]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, us]) => `\n  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`)
    .join('');
}

if (!['seed', 'library', 'search', 'table'].includes(what)) {
  console.error('usage: dev.ts seed|library|search|table N [--port P] [--no-build] [--runs R]');
  process.exit(2);
}
if (!args.includes('--no-build'))
  execSync(
    `npm run build -- --outDir ${DIST} --emptyOutDir${args.includes('--no-minify') ? ' --minify false' : ''}`,
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
if (what === 'seed') rmSync(PROFILE, { recursive: true, force: true });
const server = await serveStatic({ '/': DIST }, port);
const ctx: BrowserContext = await chromium.launchPersistentContext(PROFILE, {
  ...chromiumLaunchOptions,
  headless: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1280, height: 900 },
  // The PWA's service worker would serve the previous build from its cache.
  serviceWorkers: 'block',
});
await ctx.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
await ctx.addInitScript(installProbe);
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('worker', (w) =>
    w.on('console', (m) => {
      if (m.text().startsWith('[rb]')) console.log(m.text());
    }),
  );
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
        const cdp = args.includes('--profile') ? await ctx.newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
          await cdp.send('Profiler.start');
        }
        log(JSON.stringify(await measureTable(page, server.url, stored, 180_000)));
        if (cdp) {
          const { profile } = await cdp.send('Profiler.stop');
          writeFileSync(`bench/.cache/table-${i}.cpuprofile`, JSON.stringify(profile));
          log(topSelf(profile));
        }
        await page.getByRole('button', { name: '清空' }).click();
      }
    }
  }
} finally {
  await ctx.close();
  await server.close();
}
