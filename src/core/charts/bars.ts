// Indicator bars: one panel per indicator (several = small multiples), one bar per report,
// taken from the metric table so the user's choices, manual entries and per-10k normalisation
// are the same as in the compare view. A report without a value is a missing bar, not zero.
import { approxMark, type MetricCell, type MetricTable } from '../compare/metric-table.ts';
import { sortBy } from './order.ts';
import type { BarDatum, BarPanel, BarsData, MissingReason, SortOrder } from './types.ts';

function missingReason(cell: MetricCell, normalised: boolean): MissingReason | null {
  if (cell.shown !== null) return null;
  if (cell.value !== null && normalised) return 'no-population';
  if (cell.value === null && cell.mentions.length) return 'choose';
  return 'no-value';
}

function toBar(cell: MetricCell, label: string, normalised: boolean): BarDatum {
  const m = cell.chosen;
  return {
    reportId: cell.reportId,
    label,
    value: cell.shown,
    missing: missingReason(cell, normalised),
    approx: cell.approx,
    mark: cell.shown === null ? '' : approxMark(cell.approx),
    unit: cell.unit,
    text: m?.text ?? null,
    sentence: m?.sentence ?? null,
    at: m?.start ?? cell.mentions[0]?.start ?? null,
    manual: cell.source === 'manual',
  };
}

/** Panels for `indicatorIds` (in that order; ids without a row are skipped). */
export function shapeBars(
  table: MetricTable,
  indicatorIds: readonly string[],
  sort: SortOrder = 'desc',
): BarsData {
  const panels: BarPanel[] = [];
  for (const id of indicatorIds) {
    const row = table.rows.find((r) => r.indicator.id === id);
    if (!row) continue;
    // The metric table normalises counts and money only; rates stay as reported.
    const normalised =
      table.normalised && (row.indicator.kind === 'count' || row.indicator.kind === 'money');
    const bars = row.cells.map((c, i) => toBar(c, table.columns[i].label, normalised));
    const sorted = sortBy(
      bars,
      sort,
      (b) => b.value,
      (b) => b.label,
    );
    const values = bars.filter((b) => b.value !== null).map((b) => b.value!);
    panels.push({
      indicatorId: id,
      name: row.indicator.name,
      unit: bars.find((b) => b.value !== null)?.unit ?? bars[0]?.unit ?? '',
      normalised,
      bars: sorted,
      max: values.length ? Math.max(...values) : null,
    });
  }
  return { kind: 'bars', panels };
}
