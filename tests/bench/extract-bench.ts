// Extraction speed and linearity. Run: npx tsx tests/bench/extract-bench.ts [sizeMB]
// (add --expose-gc before the script path for steadier numbers)
// For each input, times extraction (+ indicator matching) at size S and 5S and prints MB/s and
// the time ratio, which stays near 5 when the cost is linear (the check allows up to 6).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuantities } from '../../src/core/quantities/index.ts';
import { matchAll } from '../../src/core/indicators/index.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(seedsDir + f, 'utf8'))
  .join('\n');

/** Characters per "MB": inputs are sized in UTF-16 code units, 1M units per MB. */
const S = Math.round(Number(process.argv[2] ?? '1') * 1_000_000);

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const INPUTS: Record<string, (size: number) => string> = {
  'seeds concatenated': (n) => fill(seeds + '\n', n),
  'seeds, no punctuation': (n) => fill(seeds.replace(/[\s。，,；;：:！？、（）()“”]/g, ''), n),
  digits: (n) => fill('7', n),
  'full-width digits': (n) => fill('７', n),
  余余余: (n) => fill('余', n),
  一一一: (n) => fill('一', n),
  万万万: (n) => fill('万', n),
  'open quotes': (n) => fill('“', n),
  'ascii quotes': (n) => fill('"', n),
  brackets: (n) => fill('（', n),
  'quantities, no punctuation': (n) => fill('受理矛盾纠纷12件', n),
  'bare quantities': (n) => fill('1件', n),
  'range chain': (n) => fill('1-', n),
  'decimal chain': (n) => fill('1.', n),
  'thousands chain': (n) => fill('1,000', n),
  percent: (n) => fill('百分之', n),
};

/** Best of three runs: the minimum filters out garbage-collection pauses. */
function time(text: string): number {
  return Math.min(once(text), once(text), once(text));
}

function once(text: string): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const qs = extractQuantities(text);
  matchAll(qs, text);
  return performance.now() - t0;
}

let worst = 0;
console.log(`size S = ${S} chars; ratio = time(5S) / time(S), linear ≈ 5 (limit 6)`);
for (const [name, make] of Object.entries(INPUTS)) {
  const small = make(S);
  const large = make(5 * S);
  time(small); // warm up
  const ts = time(small);
  const tl = time(large);
  const ratio = tl / Math.max(ts, 0.001);
  worst = Math.max(worst, ratio);
  const mbps = (large.length / 1e6 / (tl / 1000)).toFixed(1);
  console.log(
    `${name.padEnd(28)} S ${ts.toFixed(0).padStart(6)} ms  5S ${tl.toFixed(0).padStart(6)} ms  ` +
      `ratio ${ratio.toFixed(2).padStart(5)}  ${mbps.padStart(7)} MB/s${ratio > 6 ? '  NOT LINEAR' : ''}`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)}: ${worst <= 6 ? 'linear' : 'NOT LINEAR'}`);
process.exitCode = worst <= 6 ? 0 : 1;
