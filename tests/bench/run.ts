// `npm run bench [-- --quick] [--no-build] [--extract-bench]`: build the app, serve it on 127.0.0.1, drive
// headless Chromium through the import/library/reader paths at N = 100, 1,000 (and 10,000),
// against a decode-and-bulkPut baseline, and write bench/results/latest.{json,md}.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { generateBigReport, generateCorpus, GENERATOR_VERSION } from './corpus.ts';
import { buildBaseline } from './build-baseline.ts';
import { serveStatic } from './server.ts';
import { freshContext, launch, offOrigin } from './browser.ts';
import { describeMachine } from './machine.ts';
import { runSize, type SizeResult } from './size-run.ts';
import { importBig, openReader, type ReaderRun } from './measures/reader.ts';
import { measureChart } from './measures/chart.ts';
import { measureExtract } from './measures/extract.ts';
import { writeResults, type BenchResults } from './results.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizes = quick ? [100, 1000] : [100, 1000, 10000];
const log = (s: string) => console.log(`[bench] ${s}`);
const t0 = Date.now();
/** The 10k import gets what is left of a 15-minute budget; if it runs out, what was stored is measured. */
const TEN_K_LIMIT_MS = Number(process.env.BENCH_10K_LIMIT_S ?? 420) * 1000;

/** Repeats where runs are cheap; one run at 10k keeps the whole run inside 15 minutes. */
const plan = (n: number) =>
  n <= 100
    ? { runs: 3, libraryReloads: 1, importTimeoutMs: 120_000, views: false }
    : n <= 1000
      ? { runs: quick ? 3 : 2, libraryReloads: 1, importTimeoutMs: 300_000, views: true }
      : { runs: 1, libraryReloads: 3, importTimeoutMs: TEN_K_LIMIT_MS, views: true };

// Built into our own folder: others' e2e runs rebuild dist/ while we measure.
const DIST = 'bench/.cache/dist';
if (!args.includes('--no-build')) {
  log(`npm run build -- --outDir ${DIST}`);
  execSync(`npm run build -- --outDir ${DIST} --emptyOutDir`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const corpora = sizes.map((n) => {
  const t = Date.now();
  const c = generateCorpus(n);
  log(
    `corpus N=${n}: ${c.entries.length} files, ${(c.totalBytes / 2 ** 20).toFixed(1)} MB in ${c.zips.length} zip(s) (${Date.now() - t} ms)`,
  );
  return c;
});
const big = generateBigReport();
const baselineDir = await buildBaseline();
const server = await serveStatic({ '/__baseline/': baselineDir, '/': DIST });
log(`serving on ${server.url}`);
const browser = await launch();
const machine = describeMachine(browser);

const results: SizeResult[] = [];
let reader: BenchResults['reader'];
let chart: BenchResults['chart'];
try {
  for (const c of corpora) results.push(await runSize(browser, server.url, c, plan(c.n)));

  const ctx = await freshContext(browser);
  const page = await ctx.newPage();
  try {
    const href = await importBig(page, server.url, big.path);
    const paragraphs = readFileSync(big.path, 'utf8').split('\n').filter(Boolean).length;
    const runs: ReaderRun[] = [];
    for (let i = 0; i < 3; i++) runs.push(await openReader(page, server.url, href, paragraphs));
    reader = { bytes: big.bytes, runs };
    log(
      `reader (1 MB): warm ${runs.map((r) => Math.round(r.warmMs)).join(', ')} ms; cold ${runs.map((r) => Math.round(r.coldMs)).join(', ')} ms`,
    );
  } catch (e) {
    reader = { bytes: big.bytes, runs: [], error: String(e).split('\n')[0] };
    log(`reader failed: ${reader.error}`);
  }
  chart = await measureChart(page);
  await ctx.close();
} finally {
  await browser.close();
  await server.close();
}

log('core extraction in Node');
const extract = await measureExtract(
  corpora.find((c) => c.n === 1000) ?? corpora[0],
  args.includes('--extract-bench') || !quick,
);

const summary = writeResults({
  date: new Date().toISOString(),
  quick,
  durationS: (Date.now() - t0) / 1000,
  machine,
  generatorVersion: GENERATOR_VERSION,
  offOriginRequests: offOrigin,
  sizes: results,
  reader,
  chart,
  extract,
});
console.log(JSON.stringify(summary, null, 2));
log(`wrote bench/results/latest.json and latest.md in ${Math.round((Date.now() - t0) / 1000)} s`);
