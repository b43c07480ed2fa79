// Bundle the baseline page (baseline.ts + dexie + fflate) with esbuild into bench/.cache/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CACHE_DIR } from './corpus.ts';

export async function buildBaseline(): Promise<string> {
  const out = join(CACHE_DIR, 'baseline-www');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: ['tests/bench/baseline.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(out, 'baseline.js'),
    logLevel: 'warning',
  });
  copyFileSync('tests/bench/baseline.html', join(out, 'index.html'));
  return out;
}
