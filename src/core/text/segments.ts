// Splitting a paragraph into segments at mark boundaries, so overlapping highlights (codings,
// quantities, headings) can be drawn as nested layers. Linear in paragraph length + marks.

export interface Mark {
  id: string;
  start: number;
  end: number;
  /** What layer it belongs to (`quantity`, `coding`, `heading`, `hit` …). */
  kind: string;
}

export interface Segment<M extends Mark> {
  start: number;
  end: number;
  text: string;
  /** Marks covering the whole segment, outermost (earliest start, longest) first. */
  marks: M[];
}

export function segment<M extends Mark>(
  text: string,
  from: number,
  to: number,
  marks: readonly M[],
): Segment<M>[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...inside].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      marks: ordered.filter((m) => m.start <= s && m.end >= e),
    });
  }
  return out;
}
