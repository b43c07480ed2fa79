// latest.json (full detail + the flat summary the README and the issue use) and latest.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';
import type { SizeResult } from './size-run.ts';
import type { ReaderRun } from './measures/reader.ts';
import type { ExtractFigures } from './measures/extract.ts';
import type { NotMeasured } from './measures/chart.ts';
import { round, spread, type Spread } from './stats.ts';

export interface BenchResults {
  date: string;
  quick: boolean;
  durationS: number;
  machine: Machine;
  generatorVersion: number;
  offOriginRequests: string[];
  sizes: SizeResult[];
  reader: { bytes: number; runs: ReaderRun[]; error?: string };
  chart: NotMeasured | { renderMs: number };
  extract: ExtractFigures;
}

export interface Summary {
  importRatio: number | null;
  importMBps: number | null;
  baselineMBps: number | null;
  maxLongTaskMs: number | null;
  libraryOpenMs10k: number | null;
  searchP95Ms10k: number | null;
  tableBuildMs10k: number | null;
  tableFirstPaintMs10k: number | null;
  heapMB10k: number | null;
  extractMBps: number | null;
  adversarialGrowth: number | null;
  imported10k: number | null;
}

const r2 = (x: number | null | undefined, d = 1) => (typeof x === 'number' ? round(x, d) : null);

export function summarise(res: BenchResults): Summary {
  const at = (n: number) => res.sizes.find((s) => s.n === n);
  const k1 = at(1000);
  // The 10k figures count only when all 10,000 were stored (partial ones are in the detail).
  const k10all = at(10000);
  const k10 = k10all && k10all.agg.stored === 10000 ? k10all : undefined;
  return {
    importRatio: r2(k1?.agg.ratio, 3),
    importMBps: r2(k1?.agg.importMBps?.median, 2),
    baselineMBps: r2(k1?.agg.baselineMBps?.median, 2),
    maxLongTaskMs: r2(k1?.agg.maxLongTaskMs),
    libraryOpenMs10k: r2(k10?.agg.libraryOpenMs?.median),
    searchP95Ms10k: r2(k10?.search?.p95Ms),
    tableBuildMs10k: r2(k10?.table?.buildMs),
    tableFirstPaintMs10k: r2(k10?.table?.firstPaintMs),
    heapMB10k: r2(k10?.agg.heapTotalMB?.median),
    extractMBps: r2(res.extract.mbps, 2),
    adversarialGrowth: r2(res.extract.adversarialGrowth, 2),
    imported10k: k10all?.agg.stored ?? null,
  };
}

const fmt = (s: Spread | null, d = 1) =>
  !s
    ? '—'
    : s.runs.length > 1
      ? `${round(s.median, d)} (${round(s.min, d)}–${round(s.max, d)})`
      : `${round(s.median, d)}`;
const one = (x: number | null | undefined, d = 1) =>
  typeof x === 'number' ? `${round(x, d)}` : '—';
const verdict = (v: number | null, ok: (v: number) => boolean) =>
  v === null ? 'not measured' : ok(v) ? '✅ met' : '❌ missed';

export function markdown(res: BenchResults, sum: Summary): string {
  const ns = [100, 1000, 10000];
  const at10k = res.sizes.find((x) => x.n === 10000);
  const cell = (f: (s: SizeResult) => string) =>
    ns.map((n) => {
      const s = res.sizes.find((x) => x.n === n);
      if (!s) return 'not run';
      // A size whose import stopped short is measured at what it stored: say so.
      const partial =
        s.agg.stored !== null && s.agg.stored < n ? ` (at ${s.agg.stored} stored)` : '';
      return f(s) === '—' ? '—' : f(s) + partial;
    });
  const rows: [string, string[], string, string][] = [
    ['Import, app (MB/s)', cell((s) => fmt(s.agg.importMBps, 2)), '', ''],
    ['Import, app (reports/s)', cell((s) => fmt(s.agg.reportsPerSec)), '', ''],
    ['Import, baseline (MB/s)', cell((s) => fmt(s.agg.baselineMBps, 2)), '', ''],
    [
      'App ÷ baseline',
      cell((s) => (s.agg.ratio === null ? '—' : `${round(s.agg.ratio * 100, 1)}%`)),
      '≥ 50% at 1k',
      verdict(sum.importRatio, (v) => v >= 0.5),
    ],
    [
      'Longest main-thread task during import (ms)',
      cell((s) => one(s.agg.maxLongTaskMs)),
      '≤ 100 at 1k; responsive at 10k',
      `${verdict(sum.maxLongTaskMs, (v) => v <= 100)} at 1k; ${verdict(at10k?.agg.maxLongTaskMs ?? null, (v) => v <= 100)} at 10k`,
    ],
    ['Total blocking time during import (ms)', cell((s) => fmt(s.agg.totalBlockingMs, 0)), '', ''],
    ['Longest frame gap during import (ms)', cell((s) => one(s.agg.maxFrameGapMs)), '', ''],
    [
      'Reports stored',
      cell((s) => (s.agg.stored === null ? '—' : `${s.agg.stored} / ${s.n}`)),
      '10k import without error',
      verdict(sum.imported10k, (v) => v === 10000),
    ],
    [
      'Library open with N stored (ms)',
      cell((s) => fmt(s.agg.libraryOpenMs, 0)),
      '< 500 at 10k',
      verdict(sum.libraryOpenMs10k, (v) => v < 500),
    ],
    [
      'JS heap after import, main + worker (MB)',
      cell((s) => fmt(s.agg.heapTotalMB, 0)),
      '< 1024 at 10k',
      verdict(sum.heapMB10k, (v) => v < 1024),
    ],
    [
      'Search, first query incl. loading texts (ms)',
      cell((s) => one(s.search?.firstMs, 0)),
      '',
      '',
    ],
    ['Search p50 (ms)', cell((s) => one(s.search?.p50Ms, 0)), '', ''],
    [
      'Search p95 (ms)',
      cell((s) => one(s.search?.p95Ms, 0)),
      '< 150 at 10k',
      verdict(sum.searchP95Ms10k, (v) => v < 150),
    ],
    [
      'Metric table, all N columns built (ms)',
      cell((s) => (s.table?.buildMs == null ? (s.table?.error ?? '—') : one(s.table.buildMs, 0))),
      '< 1000 at 10k',
      verdict(sum.tableBuildMs10k, (v) => v < 1000),
    ],
    [
      'Metric table first paint (ms)',
      cell((s) => one(s.table?.firstPaintMs, 0)),
      '< 200 at 10k',
      verdict(sum.tableFirstPaintMs10k, (v) => v < 200),
    ],
  ];
  const m = res.machine;
  const reader = res.reader.runs;
  const warm = spread(reader.map((x) => x.warmMs));
  const cold = spread(reader.map((x) => x.coldMs));
  const lines = [
    `Measured ${res.date.slice(0, 10)}${res.quick ? ' (quick run: N = 100 and 1,000 only)' : ''} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Chromium ${m.chromium}, Node ${m.node}; run took ${Math.round(res.durationS)} s. Median of the runs, (min–max) where more than one.`,
    '',
    '| measure | N = 100 | N = 1,000 | N = 10,000 | target | status |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([name, cells, target, status]) =>
        `| ${name} | ${cells.join(' | ')} | ${target} | ${status} |`,
    ),
    '',
    '| other | value |',
    '|---|---|',
    `| Reader, 1 MB report: library → text visible (ms) | ${fmt(warm, 0)} |`,
    `| Reader, 1 MB report: cold page load → text visible (ms) | ${fmt(cold, 0)} |`,
    `| Chart render (ms) | ${'reason' in res.chart ? '— (not built)' : one(res.chart.renderMs)} |`,
    `| Core extraction in Node (MB/s) | ${one(res.extract.mbps, 2)} (${res.extract.source}) |`,
    `| Adversarial input, time for 5× the input (target ≤ 6×) | ${sum.adversarialGrowth === null ? '—' : `${sum.adversarialGrowth}× ${sum.adversarialGrowth <= 6 ? '✅' : '❌'}`} |`,
    `| Requests that left 127.0.0.1 | ${res.offOriginRequests.length} |`,
  ];
  return lines.join('\n') + '\n';
}

export function writeResults(res: BenchResults, dir = 'bench/results'): Summary {
  const summary = summarise(res);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/latest.json`, JSON.stringify({ summary, ...res }, null, 2) + '\n');
  writeFileSync(`${dir}/latest.md`, markdown(res, summary));
  return summary;
}
