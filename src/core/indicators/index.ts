// Indicators: the catalogue, the matcher, and the pattern safety check.
export { CATALOGUE, indicatorById } from './catalogue.ts';
export { matchAll, matchIndicator } from './match.ts';
export { compileSafe, unsafePatternReason } from './safe-pattern.ts';
export type { Indicator, IndicatorKind, IndicatorMatch, MatchExplanation } from './types.ts';
