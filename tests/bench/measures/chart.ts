// Chart render for N reports. The harness calls this on a page of the built app (its library
// holds only the 1 MB report at that point), so the N-report charts come in as chart files:
// deterministic spec + data for each chart kind at N = 100 and 1,000 (heatmap also with 12
// codes: 12,000 cells), opened through the view's "open chart file" input. Each is timed in the
// page from the input's change event to the first frame that shows all its marks.
// `npx tsx tests/bench/measures/chart.ts [distDir]` runs it alone.
import type { Page } from '@playwright/test';
import { DEFAULT_SPEC } from '../../../src/core/charts/types.ts';

export interface NotMeasured {
  value: null;
  reason: string;
}

export interface ChartRun {
  kind: string;
  n: number;
  marks: number;
  renderMs: number | null;
  error?: string;
}

export interface ChartFigures {
  /** The slowest chart kind at N = 1,000 (what the summary table shows). */
  renderMs: number;
  runs: ChartRun[];
}

/** A small seeded PRNG (mulberry32): the same files every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '青山区',
  '恩平市',
  '神湾镇',
  '荣成市',
  '绵竹市',
  '巴林左旗',
  '伊宁县',
  '察布查尔锡伯自治县',
];
const label = (i: number) =>
  `${PLACES[i % PLACES.length]}${Math.floor(i / PLACES.length) || ''} ${2019 + (i % 6)}`;
const id = (i: number) => `bench-${i}`;

function spec(kind: string, n: number) {
  return {
    ...DEFAULT_SPEC,
    kind,
    title: `${kind} × ${n}`,
    reportIds: Array.from({ length: n }, (_, i) => id(i)),
    indicatorIds: ['admin-reconsideration-cases'],
  };
}

/** The shaped data of one chart kind for n synthetic reports, and how many marks it draws. */
export function chartFileFor(kind: string, n: number, cols = 4): { file: unknown; marks: number } {
  const r = rng(n * 31 + kind.length);
  const source = (i: number) => ({ reportId: id(i), at: Math.floor(r() * 5000) });
  let data: unknown;
  let marks = n;
  if (kind === 'bars') {
    const bars = Array.from({ length: n }, (_, i) => {
      const missing = r() < 0.1;
      const v = Math.round(r() * 300);
      return {
        ...source(i),
        label: label(i),
        value: missing ? null : v,
        missing: missing ? 'no-value' : null,
        approx: r() < 0.2 ? 'about' : 'exact',
        mark: '',
        unit: '件',
        text: missing ? null : `${v}件`,
        sentence: missing ? null : `全年办理行政复议案件${v}件。`,
        manual: false,
      };
    }).sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
    const max = Math.max(...bars.map((b) => b.value ?? 0));
    data = {
      kind,
      panels: [
        {
          indicatorId: 'admin-reconsideration-cases',
          name: '行政复议案件数',
          unit: '件',
          normalised: false,
          bars,
          max,
        },
      ],
    };
  } else if (kind === 'coverage') {
    const colRows = Array.from({ length: cols }, (_, j) => ({
      id: `c${j}`,
      label: `领域${j + 1}`,
    }));
    const cells = Array.from({ length: n }, () =>
      colRows.map(() => {
        const v = r() < 0.25 ? 0 : cols === 4 ? 1 : Math.floor(r() * 12);
        return {
          value: v,
          count: v,
          at: v ? 100 : null,
          quote: v ? '（一）加强行政复议工作' : null,
        };
      }),
    );
    // Above 60 rows the heatmap has one mark per report (row), not per cell.
    marks = n > 60 ? n : n * cols;
    data = {
      kind,
      mode: cols === 4 ? 'parts' : 'codes',
      metric: cols === 4 ? 'presence' : 'count',
      rows: Array.from({ length: n }, (_, i) => ({ id: id(i), label: label(i) })),
      cols: colRows,
      cells,
      max: cols === 4 ? 1 : 11,
    };
  } else if (kind === 'trend') {
    const localities = Math.max(1, Math.floor(n / 6));
    const years = [2019, 2020, 2021, 2022, 2023, 2024];
    const series = Array.from({ length: localities }, (_, s) => ({
      key: `loc${s}`,
      locality: PLACES[s % PLACES.length] + s,
      points: years.map((year, k) => {
        const v = r() < 0.1 ? null : Math.round(r() * 200);
        return {
          year,
          value: v,
          missing: v === null ? 'no-value' : null,
          ...source(s * 6 + k),
          approx: 'exact',
          mark: '',
          text: null,
          sentence: null,
        };
      }),
    }));
    marks = localities * years.length;
    data = {
      kind,
      indicatorId: 'x',
      name: '行政复议案件数',
      unit: '件',
      normalised: false,
      years,
      series,
      undated: 0,
    };
  } else if (kind === 'structure') {
    const keys = ['measures', 'shortcomings', 'firstResponsible', 'nextYear', 'other'];
    const bars = Array.from({ length: n }, (_, i) => {
      const w = keys.map(() => r());
      const sum = w.reduce((a, b) => a + b, 0);
      const chars = 3000 + Math.floor(r() * 8000);
      return {
        reportId: id(i),
        label: label(i),
        chars,
        segments: keys.map((key, k) => ({
          key,
          chars: Math.round((chars * w[k]) / sum),
          share: w[k] / sum,
          at: 100 * k,
          heading: null,
        })),
      };
    });
    marks = n > 60 ? n : bars.reduce((m, b) => m + b.segments.filter((x) => x.chars > 0).length, 0);
    data = { kind, mode: 'parts', keys: keys.map((k) => ({ id: k, label: k })), bars };
  } else {
    const points = Array.from({ length: n }, (_, i) => {
      const chars = 2000 + Math.floor(r() * 20000);
      const q = Math.floor(r() * 200);
      return {
        ...source(i),
        label: label(i),
        chars,
        quantities: q,
        perThousand: (q / chars) * 1000,
        sentence: null,
      };
    });
    data = { kind, points, medianPerThousand: 5, medianChars: 8000 };
  }
  const s = spec(kind, n);
  if (kind === 'coverage' && cols !== 4) Object.assign(s, { mode: 'codes', codebookId: 'bench' });
  return {
    file: {
      format: 'reportbench-chart',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      spec: s,
      data,
    },
    marks,
  };
}

async function timeOne(page: Page, json: string, title: string, marks: number, timeoutMs = 60_000) {
  return page.evaluate(
    ({ json, title, marks, timeoutMs }) =>
      new Promise<{ renderMs: number | null; marks: number; error?: string }>((ok) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="chart-file-input"]')!;
        const dt = new DataTransfer();
        dt.items.add(new File([json], 'bench.chart.json', { type: 'application/json' }));
        input.files = dt.files;
        const t0 = performance.now();
        input.dispatchEvent(new Event('change', { bubbles: true }));
        const tick = () => {
          const now = performance.now();
          const n = document.querySelectorAll('[data-testid="chart"] [data-mark]').length;
          const shown =
            document.querySelector('[data-testid="chart"] svg > title')?.textContent ?? '';
          if (n === marks && shown === title) return ok({ renderMs: now - t0, marks: n });
          if (now - t0 > timeoutMs)
            return ok({ renderMs: null, marks: n, error: `timed out with ${n} of ${marks} marks` });
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { json, title, marks, timeoutMs },
  );
}

export async function measureChart(page: Page): Promise<ChartFigures | NotMeasured> {
  try {
    const base = page.url().split('#')[0];
    await page.goto(`${base}#/charts`);
    await page.getByTestId('chart-file-input').waitFor({ state: 'attached' });
    const runs: ChartRun[] = [];
    const plan: [string, number, number?][] = [];
    for (const n of [100, 1000])
      for (const kind of ['bars', 'coverage', 'trend', 'structure', 'concreteness'])
        plan.push([kind, n]);
    plan.push(['coverage', 1000, 12]);
    for (const [kind, n, cols] of plan) {
      const { file, marks } = chartFileFor(kind, n, cols);
      // A distinct title per run so the probe waits for this chart, not the previous one.
      const title = `${kind}${cols ? `(${cols})` : ''} × ${n} #${runs.length}`;
      (file as { spec: { title: string } }).spec.title = title;
      const r = await timeOne(page, JSON.stringify(file), title, marks);
      runs.push({ kind: cols ? `${kind} (${cols} codes)` : kind, n, ...r });
    }
    const at1k = runs.filter((r) => r.n === 1000 && r.renderMs !== null).map((r) => r.renderMs!);
    if (!at1k.length) return { value: null, reason: runs.map((r) => r.error).join('; ') };
    return { renderMs: Math.max(...at1k), runs };
  } catch (e) {
    return { value: null, reason: String(e).split('\n')[0] };
  }
}

// Standalone: serve a build and print the figures.
if (process.argv[1]?.endsWith('measures/chart.ts')) {
  const { launch, freshContext } = await import('../browser.ts');
  const { serveStatic } = await import('../server.ts');
  const server = await serveStatic({ '/': process.argv[2] ?? 'dist' });
  const browser = await launch();
  try {
    const page = await (await freshContext(browser)).newPage();
    await page.goto(`${server.url}/`);
    const res = await measureChart(page);
    console.log(JSON.stringify(res, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
