// Strings of the Charts view. Each entry is [zh-CN, en].
export const CHART_MESSAGES = {
  navCharts: ['图表', 'Charts'],
  chartsTitle: ['图表', 'Charts'],
} as const satisfies Record<string, readonly [string, string]>;
