// The metric table measure on its own (the full `npm run bench` takes 11 minutes):
//   npx tsx tests/bench/table-alone.ts [N=1000] [--no-build]
// builds the app into dist-table-bench/, imports the N-report corpus through the UI in a fresh
// context, then runs measures/table.ts twice (cold: first open after import; warm: again).
import { execSync } from 'node:child_process';
import { generateCorpus } from './corpus.ts';
import { serveStatic } from './server.ts';
import { freshContext, launch } from './browser.ts';
import { importViaApp } from './measures/import-app.ts';
import { measureTable } from './measures/table.ts';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const DIST = 'dist-table-bench';
const log = (s: string) => console.log(`[table] ${s}`);
if (!args.includes('--no-build'))
  execSync(`npm run build -- --outDir ${DIST} --emptyOutDir`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
const corpus = generateCorpus(n);
const server = await serveStatic({ '/': DIST });
const browser = await launch();
try {
  const ctx = await freshContext(browser);
  const page = await ctx.newPage();
  const a = await importViaApp(page, server.url, corpus, Math.max(300_000, n * 100));
  log(`imported ${a.stored} reports in ${Math.round(a.ms)} ms`);
  for (const run of ['cold', 'warm']) {
    const t = await measureTable(page, server.url, a.stored, 180_000);
    log(`N=${a.stored} ${run}: ${JSON.stringify(t)}`);
    // Deselect for the next run (the measure selects every report itself).
    await page.getByRole('button', { name: '清空' }).click();
  }
  await ctx.close();
} finally {
  await browser.close();
  await server.close();
}
