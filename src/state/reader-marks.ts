// What the reader draws over the text: headings, quantities, codings, search hits.
import type { Mark } from '../core/text/segments.ts';

export interface ReaderMark extends Mark {
  kind: 'heading' | 'quantity' | 'coding' | 'hit';
  /** Tooltip and accessible label: never colour alone. */
  label: string;
  /** Code colour for codings. */
  color?: string;
  /** Extra classes (e.g. `auto` for unconfirmed auto-codings, `rejected`). */
  className?: string;
}

export interface TextSelection {
  start: number;
  end: number;
  text: string;
  /** Where to place a picker (viewport coordinates). */
  rect: { left: number; top: number; bottom: number };
}
