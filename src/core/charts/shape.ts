// From plain records to the data of the chart a spec asks for: builds the metric table once
// (with the user's choices, manual entries and populations) and hands it, or the outlines and
// codings, to the chart's own shaping function.
import { buildMetricTable, type MetricTable } from '../compare/metric-table.ts';
import type { CellChoice, CompareColumn, Mention } from '../compare/types.ts';
import type { Code, Coding } from '../codebook/types.ts';
import { flatten } from '../codebook/tree.ts';
import type { Indicator } from '../indicators/types.ts';
import { REQUIRED_PARTS, type Heading } from '../types.ts';
import { shapeBars } from './bars.ts';
import { shapeConcreteness, type CountedQuantity } from './concreteness.ts';
import { orderHeatmap, shapeCodeCoverage, shapePartCoverage } from './coverage.ts';
import { shapeCodeStructure, shapePartStructure } from './structure.ts';
import { shapeTrend } from './trend.ts';
import type { ChartData, ChartSpec, PartKey } from './types.ts';

export interface ChartReport extends CompareColumn {
  chars: number;
  outline: readonly Heading[];
  text?: string;
}

export interface ChartInput {
  /** In the order of the selection. */
  reports: readonly ChartReport[];
  catalogue: readonly Indicator[];
  mentions: readonly Mention[];
  choices?: ReadonlyMap<string, CellChoice>;
  populations?: ReadonlyMap<string, number>;
  /** Every quantity not rejected by the user (concreteness counts them all). */
  quantities: readonly CountedQuantity[];
  codes: readonly Code[];
  codings: readonly Coding[];
  labels: { parts: Record<PartKey, string>; other: string; uncoded: string };
}

export function metricTableFor(input: ChartInput, normalise: boolean): MetricTable {
  return buildMetricTable(input.reports, input.catalogue, input.mentions, {
    choices: input.choices,
    populations: input.populations,
    normalise,
  });
}

/** Indicators with at least one value, most values first (the pickers' order and default). */
export function indicatorChoices(table: MetricTable): { id: string; name: string; n: number }[] {
  return table.rows
    .map((r, i) => ({ id: r.indicator.id, name: r.indicator.name, n: r.stats?.count ?? 0, i }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ id, name, n }) => ({ id, name, n }));
}

export function shapeChart(spec: ChartSpec, input: ChartInput, table?: MetricTable): ChartData {
  const parts = REQUIRED_PARTS.map((id) => ({ id, label: input.labels.parts[id] }));
  const rows = input.reports.map((r) => ({ ...r, label: r.label }));
  const book = spec.codebookId ? input.codes.filter((c) => c.codebookId === spec.codebookId) : [];
  const useCodes = spec.mode === 'codes' && book.length > 0;
  switch (spec.kind) {
    case 'bars':
    case 'trend': {
      const t = table ?? metricTableFor(input, spec.normalise);
      const ids = spec.indicatorIds.length
        ? spec.indicatorIds
        : indicatorChoices(t)
            .slice(0, 1)
            .map((c) => c.id);
      if (spec.kind === 'bars') return shapeBars(t, ids, spec.sort);
      return (
        shapeTrend(t, ids[0] ?? '') ?? {
          kind: 'trend',
          indicatorId: ids[0] ?? '',
          name: '',
          unit: '',
          normalised: false,
          years: [],
          series: [],
          undated: 0,
        }
      );
    }
    case 'coverage': {
      const data = useCodes
        ? shapeCodeCoverage(
            rows,
            book,
            flatten(book).map((f) => ({ id: f.code.id, label: f.code.name })),
            input.codings,
            spec.metric,
          )
        : shapePartCoverage(rows, parts);
      return orderHeatmap(data, spec.rowOrder, spec.colOrder);
    }
    case 'structure':
      return useCodes
        ? shapeCodeStructure(
            rows,
            book,
            input.codings,
            input.labels.uncoded,
            spec.sort,
            spec.partKey ?? undefined,
          )
        : shapePartStructure(
            rows,
            parts,
            input.labels.other,
            spec.sort,
            spec.partKey ?? 'measures',
          );
    case 'concreteness':
      return shapeConcreteness(rows, input.quantities);
  }
}
