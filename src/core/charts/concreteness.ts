// Concreteness: quantities per 1,000 characters against report length, one dot per report.
// Evaluators use it to tell substantive reports (many numbers) from boilerplate. A report with
// no characters has no rate and is left out (it cannot be placed), never drawn at zero.
import { median } from './order.ts';
import type { ConcretePoint, ConcretenessData } from './types.ts';

export interface ConcreteReport {
  id: string;
  label: string;
  chars: number;
}

export interface CountedQuantity {
  reportId: string;
  start: number;
  sentence?: string;
}

export function shapeConcreteness(
  reports: readonly ConcreteReport[],
  quantities: readonly CountedQuantity[],
): ConcretenessData {
  const per = new Map<string, { n: number; first: CountedQuantity | null }>();
  for (const q of quantities) {
    const e = per.get(q.reportId) ?? { n: 0, first: null };
    e.n++;
    if (!e.first || q.start < e.first.start) e.first = q;
    per.set(q.reportId, e);
  }
  const points: ConcretePoint[] = reports
    .filter((r) => r.chars > 0)
    .map((r) => {
      const e = per.get(r.id);
      const n = e?.n ?? 0;
      return {
        reportId: r.id,
        label: r.label,
        chars: r.chars,
        quantities: n,
        perThousand: (n / r.chars) * 1000,
        sentence: e?.first?.sentence ?? null,
        at: e?.first?.start ?? null,
      };
    });
  return {
    kind: 'concreteness',
    points,
    medianPerThousand: median(points.map((p) => p.perThousand)),
    medianChars: median(points.map((p) => p.chars)),
  };
}
