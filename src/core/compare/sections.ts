// Outline sections matched across reports by heading similarity: the third way to lay out the
// passage grid. Reports word the same topic differently (`规范行政执法,执法质效更加提升` and
// `坚持严格规范公正文明执法`), so headings are compared as bags of character bigrams after
// dropping what every heading says (years, numbers, punctuation, 推进/加强/持续 …).
import type { Heading, RequiredPart } from '../types.ts';

/** A report's topical sections: its level-2 sections, and level-1 sections without any. */
export interface OutlineSection {
  reportId: string;
  /** Title without the marker. */
  title: string;
  /** The required part of the level-1 section it belongs to (sections match only within one). */
  part: RequiredPart | null;
  start: number;
  end: number;
}

export interface SectionGroup {
  /** Stable within one grouping: the first member's report and offset. */
  key: string;
  /** The first member's title. */
  label: string;
  part: RequiredPart | null;
  /** At most one section per report, by report id. */
  members: Map<string, OutlineSection>;
}

/** Words nearly every heading uses; they say nothing about the topic. */
const FILLER =
  /法治政府建设|法治政府|工作情况|情况|主要|推进|加强|持续|不断|全面|深入|进一步|坚持|切实|着力|扎实|积极|更加|工作/g;

/** The characters a heading is compared on (filler words, years, digits, punctuation dropped). */
export function normaliseHeading(title: string): string {
  const core = title.replace(/\d{4}年度?/g, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  const bare = core.replace(FILLER, '');
  return bare.length >= 2 ? bare : core;
}

/** Character bigrams with counts (a one-character heading is its own bigram). */
export function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  if (s.length === 1) m.set(s, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let na = 0;
  let nb = 0;
  let both = 0;
  for (const n of a.values()) na += n;
  for (const [g, n] of b) {
    nb += n;
    both += Math.min(n, a.get(g) ?? 0);
  }
  return na + nb ? (2 * both) / (na + nb) : 0;
}

/** Dice coefficient of the two headings' bigrams after normalisation: 0 (nothing shared) to 1. */
export function headingSimilarity(a: string, b: string): number {
  return dice(bigrams(normaliseHeading(a)), bigrams(normaliseHeading(b)));
}

/** The sections a report is compared by (see OutlineSection), in text order. */
export function outlineSections(
  reportId: string,
  outline: readonly Heading[],
  text: string,
): OutlineSection[] {
  const out: OutlineSection[] = [];
  let part: RequiredPart | null = null;
  outline.forEach((h, i) => {
    if (h.level === 1) part = h.part ?? null;
    const hasChild = h.level === 1 && outline[i + 1]?.level === 2;
    if (h.level === 2 || (h.level === 1 && !hasChild))
      out.push({
        reportId,
        title: h.title || text.slice(h.start, h.end).trim(),
        part,
        start: h.start,
        end: h.sectionEnd,
      });
  });
  return out;
}

export const DEFAULT_SIMILARITY = 0.3;

/**
 * Group sections across reports. Reports are taken in column order; each report's sections
 * join the most similar groups first (greedy over all section × group pairs of this report,
 * similarity = the best match with any member, at least `threshold`, same required part, one
 * section per report and group); a section that joins nothing opens a group of its own. Rows
 * are then aligned: by required part (in the outline's order), then by where the members sit
 * within their part of their reports (mean relative position), then by first appearance.
 */
export function matchSections(
  reports: readonly OutlineSection[][],
  threshold = DEFAULT_SIMILARITY,
): SectionGroup[] {
  const groups: Entry[] = [];
  for (const sections of reports) {
    const grams = sections.map((s) => bigrams(normaliseHeading(s.title)));
    const pos = relativePositions(sections);
    const pairs: { si: number; gi: number; sim: number }[] = [];
    sections.forEach((s, si) =>
      groups.forEach(({ g, grams: gg }, gi) => {
        if (g.part !== s.part || g.members.has(s.reportId)) return;
        const sim = Math.max(...gg.map((x) => dice(grams[si], x)));
        if (sim >= threshold) pairs.push({ si, gi, sim });
      }),
    );
    pairs.sort((a, b) => b.sim - a.sim || a.si - b.si || a.gi - b.gi);
    const placed = new Map<number, Entry>();
    const taken = new Set<number>();
    for (const p of pairs) {
      if (placed.has(p.si) || taken.has(p.gi)) continue;
      placed.set(p.si, groups[p.gi]);
      taken.add(p.gi);
    }
    sections.forEach((s, si) => {
      const entry = placed.get(si);
      if (entry) {
        entry.g.members.set(s.reportId, s);
        entry.grams.push(grams[si]);
        entry.pos.push(pos[si]);
      } else
        groups.push({
          g: {
            key: `${s.reportId}:${s.start}`,
            label: s.title,
            part: s.part,
            members: new Map([[s.reportId, s]]),
          },
          grams: [grams[si]],
          pos: [pos[si]],
          seq: groups.length,
        });
    });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return groups
    .map((e) => ({ e, rank: partRank(e.g.part), at: mean(e.pos) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at || a.e.seq - b.e.seq)
    .map(({ e }) => e.g);
}

interface Entry {
  g: SectionGroup;
  grams: Map<string, number>[];
  /** Relative position (0–1) of each member within its part of its report. */
  pos: number[];
  /** Order of creation, the last tie-break. */
  seq: number;
}

const PART_ORDER: readonly (RequiredPart | null)[] = [
  'measures',
  'firstResponsible',
  'shortcomings',
  'nextYear',
  'other',
  null,
];
const partRank = (p: RequiredPart | null) => PART_ORDER.indexOf(p);

/** Each section's place among the report's sections of the same part: 0 first … 1 last. */
function relativePositions(sections: readonly OutlineSection[]): number[] {
  const total = new Map<RequiredPart | null, number>();
  for (const s of sections) total.set(s.part, (total.get(s.part) ?? 0) + 1);
  const seen = new Map<RequiredPart | null, number>();
  return sections.map((s) => {
    const i = seen.get(s.part) ?? 0;
    seen.set(s.part, i + 1);
    const n = total.get(s.part)!;
    return n > 1 ? i / (n - 1) : 0;
  });
}
