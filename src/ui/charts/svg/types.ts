// What an SVG builder returns: the self-contained markup (exported as-is and drawn to PNG) and
// one entry per interactive mark, in keyboard order (data-mark="i" in the markup).
import type { SourceRef } from '../../../core/charts/types.ts';
import type { MessageKey } from '../../../i18n/messages.ts';

export interface ChartMark {
  /** Report label (tooltip heading). */
  title: string;
  /** Exact value and context lines. */
  lines: string[];
  /** Source sentence or passage, with `highlight` marked in the tooltip. */
  sentence: string | null;
  highlight: string | null;
  ref: SourceRef | null;
}

export interface BuiltChart {
  svg: string;
  width: number;
  height: number;
  marks: ChartMark[];
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface BuildOptions {
  width: number;
  /** Type scale: 1 on screen, larger in presentation mode. */
  scale: number;
  t: Translate;
  /** Prefix of every id in the markup (stable across renders, unique per chart on a page). */
  idPrefix: string;
  title: string;
}
