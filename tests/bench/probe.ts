// In-page instrumentation installed before any app script (page.addInitScript): main-thread
// long tasks, frame gaps, and the moments the import starts (file input change) and ends
// (the import summary appears). Must be self-contained: Playwright ships only its source.

export interface LongTask {
  start: number;
  dur: number;
}

export interface BenchProbe {
  longtasks: LongTask[];
  /** Frame intervals > 50 ms (start, gap): the page's visible stalls. */
  gaps: LongTask[];
  changeAt: number | null;
  summaryAt: number | null;
  summaryText: string | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

export function installProbe(): void {
  const probe: BenchProbe = {
    longtasks: [],
    gaps: [],
    changeAt: null,
    summaryAt: null,
    summaryText: null,
  };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task API: the figures stay empty and the harness reports null.
  }
  addEventListener(
    'change',
    (e) => {
      const el = e.target as HTMLElement | null;
      if (el?.dataset?.testid === 'file-input') {
        probe.changeAt = performance.now();
        probe.summaryAt = null;
        probe.summaryText = null;
      }
    },
    true,
  );
  // One rAF loop: frame gaps (responsiveness) and the summary's first frame.
  let last = performance.now();
  const frame = (now: number) => {
    if (now - last > 50) probe.gaps.push({ start: last, dur: now - last });
    last = now;
    if (probe.changeAt !== null && probe.summaryAt === null) {
      const s = document.querySelector('[data-testid="import-summary"]');
      if (s) {
        probe.summaryAt = now;
        probe.summaryText = s.textContent;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Max and total blocking time (sum of the part over 50 ms) of tasks inside [from, to]. */
export function blocking(tasks: LongTask[], from: number, to: number) {
  const inside = tasks.filter((t) => t.start + t.dur >= from && t.start <= to);
  return {
    count: inside.length,
    maxMs: inside.reduce((m, t) => Math.max(m, t.dur), 0),
    totalBlockingMs: inside.reduce((s, t) => s + Math.max(0, t.dur - 50), 0),
  };
}
