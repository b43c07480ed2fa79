// Places codings read against a source text onto the canonical text the import pipeline made
// of it. The cleaner may change whitespace (indents, blank lines, line breaks) and drop page
// chrome; the characters in between stay. So: same text → same offsets; same text apart from
// whitespace → map through the non-whitespace characters; otherwise find the quoted text
// (nearest occurrence), or report the coding as lost.
import { checkDrift } from '../codebook/codings.ts';
import { lowerBound } from '../quantities/sentences.ts';

export interface Span {
  start: number;
  end: number;
}

const WS = /\s/;

/** Offsets of the non-whitespace UTF-16 units, and their concatenation. */
function solid(text: string): { chars: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  let n = 0;
  let chars = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (WS.test(text[i])) {
      chars += text.slice(from, i);
      from = i + 1;
    } else at[n++] = i;
  }
  chars += text.slice(from);
  return { chars, at: at.subarray(0, n) };
}

/** Each span placed on `target` (null: lost), in input order. */
export function anchorSpans<T extends Span>(
  source: string,
  target: string,
  spans: readonly T[],
): (Span | null)[] {
  if (source === target) return spans.map((s) => ({ start: s.start, end: s.end }));
  const a = solid(source);
  const b = solid(target);
  if (a.chars === b.chars)
    return spans.map((s) => {
      const i = lowerBound(a.at, s.start);
      const j = lowerBound(a.at, s.end); // solid units before end
      if (i >= j) return null; // only whitespace was coded
      return { start: b.at[i], end: b.at[j - 1] + 1 };
    });
  const scale = target.length / Math.max(1, source.length);
  return spans.map((s) => {
    const quote = source.slice(s.start, s.end);
    const guess = Math.round(s.start * scale);
    const d = checkDrift({ start: guess, end: guess + quote.length, quote }, target);
    if (d.status === 'ok') return { start: guess, end: guess + quote.length };
    return d.status === 'moved' ? { start: d.start, end: d.end } : null;
  });
}
