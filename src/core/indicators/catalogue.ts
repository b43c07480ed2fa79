// The built-in indicator catalogue (docs/domain/indicators.md as data), in display order.
import { AREAS_1_TO_4 } from './catalogue-areas-1-4.ts';
import { AREAS_5_TO_9 } from './catalogue-areas-5-9.ts';
import type { Indicator } from './types.ts';

export const CATALOGUE: readonly Indicator[] = [...AREAS_1_TO_4, ...AREAS_5_TO_9];

export function indicatorById(
  id: string,
  catalogue: readonly Indicator[] = CATALOGUE,
): Indicator | null {
  return catalogue.find((i) => i.id === id) ?? null;
}
