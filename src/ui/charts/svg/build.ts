// One entry point: shaped data of any kind → its SVG builder.
import type { ChartData } from '../../../core/charts/types.ts';
import { barsSvg } from './bars-svg.ts';
import { heatmapSvg } from './heatmap-svg.ts';
import { scatterSvg } from './scatter-svg.ts';
import { structureSvg } from './structure-svg.ts';
import { trendSvg } from './trend-svg.ts';
import type { BuildOptions, BuiltChart } from './types.ts';

export function buildChart(data: ChartData, o: BuildOptions): BuiltChart {
  switch (data.kind) {
    case 'bars':
      return barsSvg(data, o);
    case 'coverage':
      return heatmapSvg(data, o);
    case 'trend':
      return trendSvg(data, o);
    case 'structure':
      return structureSvg(data, o);
    case 'concreteness':
      return scatterSvg(data, o);
  }
}
