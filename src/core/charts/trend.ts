// Change over time: one series per locality across the years of the chosen reports, for one
// indicator, from the metric table. Every year in the range is a point; a year without a
// report, or a report without a value, is a gap (value null) the line does not bridge.
import type { MetricTable } from '../compare/metric-table.ts';
import { approxMark } from '../compare/metric-table.ts';
import { compareLabels } from './order.ts';
import type { TrendData, TrendPoint, TrendSeries } from './types.ts';

export function shapeTrend(table: MetricTable, indicatorId: string): TrendData | null {
  const row = table.rows.find((r) => r.indicator.id === indicatorId);
  if (!row) return null;
  const dated = table.columns
    .map((c, i) => ({ c, cell: row.cells[i] }))
    .filter((e) => e.c.year !== null);
  const years = dated.map((e) => e.c.year!);
  const span: number[] = [];
  if (years.length) for (let y = Math.min(...years); y <= Math.max(...years); y++) span.push(y);
  const byLocality = new Map<string, typeof dated>();
  for (const e of dated) {
    const list = byLocality.get(e.c.localityKey) ?? [];
    list.push(e);
    byLocality.set(e.c.localityKey, list);
  }
  const series: TrendSeries[] = [...byLocality.entries()].map(([key, list]) => ({
    key,
    locality: list[0].c.locality,
    points: span.map((year): TrendPoint => {
      // Two reports of one locality and year: the first (in selection order) counts.
      const e = list.find((x) => x.c.year === year);
      const cell = e?.cell;
      const m = cell?.chosen ?? null;
      return {
        year,
        value: cell?.shown ?? null,
        missing: !e ? 'no-report' : cell!.shown === null ? 'no-value' : null,
        reportId: e?.c.id ?? null,
        approx: cell?.approx ?? 'exact',
        mark: cell && cell.shown !== null ? approxMark(cell.approx) : '',
        text: m?.text ?? null,
        sentence: m?.sentence ?? null,
        at: m?.start ?? null,
      };
    }),
  }));
  series.sort((a, b) => compareLabels(a.locality, b.locality) || compareLabels(a.key, b.key));
  const firstUnit = row.cells.find((c) => c.shown !== null)?.unit ?? '';
  return {
    kind: 'trend',
    indicatorId,
    name: row.indicator.name,
    unit: firstUnit,
    normalised:
      table.normalised && (row.indicator.kind === 'count' || row.indicator.kind === 'money'),
    years: span,
    series,
    undated: table.columns.length - dated.length,
  };
}
