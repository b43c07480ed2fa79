// Core extraction throughput in Node: extractQuantities (+ indicator matching) from src/core
// on the corpus's text files (MB = UTF-8 bytes), and the time growth for 5× hostile input.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Corpus } from '../corpus.ts';
import { spawnSync } from 'node:child_process';

export interface ExtractFigures {
  source: string;
  mbps: number | null;
  adversarialGrowth: number | null;
  detail?: unknown;
}

type Extract = (text: string) => unknown;

/** Imported by URL at run time so the harness still typechecks while the module is missing. */
async function load(path: string): Promise<Record<string, unknown> | null> {
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
}

function corpusTexts(corpus: Corpus): string[] {
  const enc = new Map(corpus.entries.map((e) => [e.path, e.encoding]));
  const texts: string[] = [];
  for (const zip of corpus.zips) {
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      if (!path.endsWith('.txt')) continue;
      texts.push(new TextDecoder(enc.get(path) ?? 'utf-8').decode(bytes));
    }
  }
  return texts;
}

/** Hostile inputs (no sentence ends, runs of numerals and hedges): the linearity check. */
const HOSTILE = ['约近超过1,234,567.89万余元、（同比增长12.5%', '万', '百分之', '7', '（', '1-'];

export function adversarial(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Best of `reps`: the minimum filters out garbage-collection pauses. */
function bestMs(fn: () => void, reps = 3): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * extract-bench.ts is a script (it prints a table and exports nothing), so it is run as a
 * child process only when asked (--extract-bench: ~90 s), and its worst ratio is reported.
 */
function runExtractBench(): {
  worstRatio: number;
  seedsMBps: number | null;
  output: string;
} | null {
  // spawnSync, not execFileSync: the script exits 1 when the check fails, and its table is
  // still the answer. (No --expose-gc: a forced collection before each run shrinks the heap,
  // and the short runs then paid more for growing it again, which made growth look sublinear.)
  const script = ['--import', 'tsx', 'tests/bench/extract-bench.ts', '0.5'];
  const run = spawnSync(process.execPath, script, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const out = run.stdout ?? '';
  const worst = /worst ratio ([\d.]+)/.exec(out);
  const seeds = /seeds concatenated .* ([\d.]+) MB\/s/.exec(out);
  return worst
    ? { worstRatio: Number(worst[1]), seedsMBps: seeds ? Number(seeds[1]) : null, output: out }
    : null;
}

export async function measureExtract(corpus: Corpus, withScript: boolean): Promise<ExtractFigures> {
  const q = await load('src/core/quantities/index.ts');
  const ind = await load('src/core/indicators/index.ts');
  const extract = q?.extractQuantities as Extract | undefined;
  if (!extract) return { source: 'none', mbps: null, adversarialGrowth: null };
  const match = ind?.matchAll as ((qs: unknown, text: string) => unknown) | undefined;
  const run = (t: string) => match?.(extract(t), t) ?? extract(t);
  const texts = corpusTexts(corpus);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
  texts.slice(0, 20).forEach(run); // warm up the JIT
  const ms = bestMs(() => texts.forEach(run), 2);
  const growth: Record<string, number> = {};
  for (const unit of HOSTILE) {
    const small = adversarial(unit, 100_000);
    const large = adversarial(unit, 500_000);
    run(small);
    // Five runs of the small input per sample, so both samples last about as long (see
    // ratioOf in extract-bench.ts).
    const smallMs = bestMs(() => [0, 1, 2, 3, 4].forEach(() => run(small))) / 5;
    growth[unit] = bestMs(() => run(large)) / Math.max(smallMs, 0.01);
  }
  const script = withScript ? runExtractBench() : null;
  return {
    source: `extractQuantities${match ? ' + matchAll' : ''} (src/core)`,
    mbps: bytes / 2 ** 20 / (ms / 1000),
    adversarialGrowth: script?.worstRatio ?? Math.max(...Object.values(growth)),
    detail: {
      corpusTexts: texts.length,
      corpusMB: bytes / 2 ** 20,
      corpusMs: ms,
      growthByInput: growth,
      growthSource: script
        ? 'tests/bench/extract-bench.ts 0.5 (worst ratio)'
        : 'harness, 100k → 500k chars',
      extractBench: script && { worstRatio: script.worstRatio, seedsMBps: script.seedsMBps },
    },
  };
}
