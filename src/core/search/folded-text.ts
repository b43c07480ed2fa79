// A text kept only in its width-folded form, with the few code units folding changed. Search
// scans the folded form; KWIC rows and regexes get the original back from it, so the search
// worker holds each text once instead of twice (folding keeps the length, so offsets agree).
import { FOLDABLE, foldUnit } from './normalize.ts';

export interface FoldedText {
  /** `foldWidth(text)`. */
  folded: string;
  /** Ascending offsets where the original differs from `folded`… */
  at: Uint32Array;
  /** …and the original code units there. */
  was: Uint16Array;
}

export function foldText(text: string): FoldedText {
  const at: number[] = [];
  const re = new RegExp(FOLDABLE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  const was = new Uint16Array(at.length);
  // Nothing to fold (the common case): the folded text is the text itself, not a copy.
  if (!at.length) return { folded: text, at: new Uint32Array(0), was };
  const parts: string[] = [];
  let from = 0;
  at.forEach((pos, k) => {
    const c = text.charCodeAt(pos);
    was[k] = c;
    parts.push(text.slice(from, pos), String.fromCharCode(foldUnit(c)));
    from = pos + 1;
  });
  parts.push(text.slice(from));
  return { folded: parts.join(''), at: Uint32Array.from(at), was };
}

/** Index of the first changed offset ≥ `pos`. */
function firstAtOrAfter(at: Uint32Array, pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `text.slice(start, end)` of the original text. */
export function originalSlice(f: FoldedText, start: number, end: number): string {
  start = Math.max(0, Math.min(start, f.folded.length));
  end = Math.max(start, Math.min(end, f.folded.length));
  let k = firstAtOrAfter(f.at, start);
  if (k === f.at.length || f.at[k]! >= end) return f.folded.slice(start, end);
  const parts: string[] = [];
  let from = start;
  for (; k < f.at.length && f.at[k]! < end; k++) {
    const pos = f.at[k]!;
    parts.push(f.folded.slice(from, pos), String.fromCharCode(f.was[k]!));
    from = pos + 1;
  }
  parts.push(f.folded.slice(from, end));
  return parts.join('');
}

/** The whole original text. */
export function originalText(f: FoldedText): string {
  return originalSlice(f, 0, f.folded.length);
}

/** Reads the original text alike whether it is kept as is or folded (line breaks never fold). */
export interface TextView {
  /** The text or its folded form: the same length and the same line breaks. */
  lines: string;
  slice(start: number, end: number): string;
}

export function viewOf(text: string | FoldedText): TextView {
  return typeof text === 'string'
    ? { lines: text, slice: (a, b) => text.slice(a, b) }
    : { lines: text.folded, slice: (a, b) => originalSlice(text, a, b) };
}
