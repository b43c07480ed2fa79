// Report structure: how each report's characters divide among the required parts (by its
// level-1 sections) or among the top-level codes of a codebook (e.g. the outline's areas), so a
// report that is all "measures" and no "shortcomings" stands out. The rest is the `other` key.
import { subtreeIds } from '../codebook/tree.ts';
import type { Code, Coding } from '../codebook/types.ts';
import type { Heading } from '../types.ts';
import { sortBy } from './order.ts';
import type { HeatRow, PartKey, SortOrder, StructureBar, StructureData } from './types.ts';

export const OTHER = 'other';

export interface StructureReport {
  id: string;
  label: string;
  chars: number;
  outline: readonly Heading[];
}

function bar(
  r: StructureReport,
  keys: readonly HeatRow[],
  counts: Map<string, { chars: number; at: number | null; heading: string | null }>,
): StructureBar {
  const total = Math.max(r.chars, 0);
  return {
    reportId: r.id,
    label: r.label,
    chars: total,
    segments: keys.map((k) => {
      const c = counts.get(k.id) ?? { chars: 0, at: null, heading: null };
      return {
        key: k.id,
        chars: c.chars,
        share: total ? c.chars / total : 0,
        at: c.at,
        heading: c.heading,
      };
    }),
  };
}

function add(
  counts: Map<string, { chars: number; at: number | null; heading: string | null }>,
  key: string,
  chars: number,
  at: number,
  heading: string | null,
) {
  if (chars <= 0) return;
  const c = counts.get(key);
  if (c) c.chars += chars;
  else counts.set(key, { chars, at, heading });
}

/** Keys: the parts given, then `other` (preamble, closing text and unlabelled sections). */
export function shapePartStructure(
  reports: readonly StructureReport[],
  parts: readonly { id: PartKey; label: string }[],
  otherLabel: string,
  sort: SortOrder = 'hand',
  sortKey: string = parts[0]?.id ?? OTHER,
): StructureData {
  const keys: HeatRow[] = [...parts, { id: OTHER, label: otherLabel }];
  const known = new Set<string>(parts.map((p) => p.id));
  const bars = reports.map((r) => {
    const counts = new Map<string, { chars: number; at: number | null; heading: string | null }>();
    let pos = 0;
    const tops = r.outline.filter((h) => h.level === 1).sort((a, b) => a.start - b.start);
    for (const h of tops) {
      const start = Math.max(h.start, pos);
      add(counts, OTHER, start - pos, pos, null);
      const end = Math.min(Math.max(h.sectionEnd, start), r.chars);
      const key = h.part && known.has(h.part) ? h.part : OTHER;
      add(counts, key, end - start, start, `${h.marker}${h.title}`);
      pos = Math.max(pos, end);
    }
    add(counts, OTHER, r.chars - pos, pos, null);
    return bar(r, keys, counts);
  });
  return { kind: 'structure', mode: 'parts', keys, bars: sortBars(bars, sort, sortKey) };
}

/** Keys: the top-level codes of `codes`, then `other` (uncoded). A character coded with two
 * areas counts for the first of them (code order), so the shares add up to the whole. */
export function shapeCodeStructure(
  reports: readonly StructureReport[],
  codes: readonly Code[],
  codings: readonly Coding[],
  otherLabel: string,
  sort: SortOrder = 'hand',
  sortKey?: string,
): StructureData {
  const tops = codes.filter((c) => c.parentId === null).sort((a, b) => a.order - b.order);
  const keys: HeatRow[] = [
    ...tops.map((c) => ({ id: c.id, label: c.name })),
    { id: OTHER, label: otherLabel },
  ];
  const topOf = new Map<string, number>();
  tops.forEach((t, i) => {
    for (const id of subtreeIds(codes, t.id)) if (!topOf.has(id)) topOf.set(id, i);
  });
  const byReport = new Map<string, Coding[]>();
  for (const c of codings) {
    if (!topOf.has(c.codeId)) continue;
    const list = byReport.get(c.reportId) ?? [];
    list.push(c);
    byReport.set(c.reportId, list);
  }
  const bars = reports.map((r) => {
    const owner = new Int32Array(Math.max(r.chars, 0)).fill(-1);
    const first = new Map<number, number>();
    const mine = [...(byReport.get(r.id) ?? [])].sort((a, b) => a.start - b.start);
    for (const c of mine) {
      const t = topOf.get(c.codeId)!;
      if (!first.has(t)) first.set(t, c.start);
      for (let i = Math.max(0, c.start); i < Math.min(c.end, owner.length); i++)
        if (owner[i] === -1 || owner[i] > t) owner[i] = t;
    }
    const chars = new Array<number>(tops.length).fill(0);
    let uncoded = 0;
    for (const o of owner) {
      if (o < 0) uncoded++;
      else chars[o]++;
    }
    const counts = new Map<string, { chars: number; at: number | null; heading: string | null }>();
    tops.forEach((t, i) =>
      counts.set(t.id, { chars: chars[i], at: first.get(i) ?? null, heading: null }),
    );
    counts.set(OTHER, { chars: uncoded, at: null, heading: null });
    return bar(r, keys, counts);
  });
  return {
    kind: 'structure',
    mode: 'codes',
    keys,
    bars: sortBars(bars, sort, sortKey ?? keys[0].id),
  };
}

/** Order bars by the share of one key (desc/asc), by label, or as given. */
export function sortBars(bars: StructureBar[], sort: SortOrder, key: string): StructureBar[] {
  return sortBy(
    bars,
    sort,
    (b) => (b.chars ? (b.segments.find((s) => s.key === key)?.share ?? 0) : null),
    (b) => b.label,
  );
}
