// Re-render bench/results/latest.md (and the summary) from latest.json without re-measuring:
// `npx tsx tests/bench/render.ts` after changing how results are presented.
import { readFileSync } from 'node:fs';
import { writeResults, type BenchResults } from './results.ts';

const { summary: _old, ...res } = JSON.parse(
  readFileSync('bench/results/latest.json', 'utf8'),
) as BenchResults & {
  summary: unknown;
};
console.log(writeResults(res));
