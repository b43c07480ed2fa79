// Paragraphs of the canonical text with their offsets (the text separates them by '\n').
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/** The paragraph containing an offset (binary search). */
export function paragraphAt(paras: readonly Paragraph[], offset: number): Paragraph | null {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return paras[Math.min(lo, paras.length - 1)] ?? null;
}
