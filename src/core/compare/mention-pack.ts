// One report's indicator mentions in columns (typed arrays for the numbers), the form kept in
// the `mentionSets` table: reading 10,000 of these is far cheaper than reading the ~400,000
// quantity records they come from, which carry subjects, clauses and match explanations the
// metric table never uses. Sentences are not kept (they are sliced from the text on demand).
import type { Approx } from '../quantities/types.ts';
import type { Mention } from './types.ts';

export interface PackedMentions {
  indicatorIds: string[];
  values: Float64Array;
  units: string[];
  approx: Approx[];
  texts: string[];
  starts: Int32Array;
  ends: Int32Array;
  sentenceStarts: Int32Array;
  sentenceEnds: Int32Array;
  /** 1 where the number is a change (`同比减少40%`). */
  change: Uint8Array;
}

/** The mention id is the quantity id, rebuilt from the offsets (db quantityKey). */
export const mentionId = (reportId: string, start: number, end: number) =>
  `${reportId}:${start}:${end}`;

export function packMentions(ms: readonly Omit<Mention, 'reportId' | 'id'>[]): PackedMentions {
  const n = ms.length;
  const p: PackedMentions = {
    indicatorIds: new Array<string>(n),
    values: new Float64Array(n),
    units: new Array<string>(n),
    approx: new Array<Approx>(n),
    texts: new Array<string>(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    sentenceStarts: new Int32Array(n),
    sentenceEnds: new Int32Array(n),
    change: new Uint8Array(n),
  };
  ms.forEach((m, i) => {
    p.indicatorIds[i] = m.indicatorId;
    p.values[i] = m.value;
    p.units[i] = m.unit;
    p.approx[i] = m.approx;
    p.texts[i] = m.text;
    p.starts[i] = m.start;
    p.ends[i] = m.end;
    p.sentenceStarts[i] = m.sentenceStart;
    p.sentenceEnds[i] = m.sentenceEnd;
    p.change[i] = m.change ? 1 : 0;
  });
  return p;
}

/** Mention i of a packed set (without its sentence). */
export function unpackMention(reportId: string, p: PackedMentions, i: number): Mention {
  return {
    id: mentionId(reportId, p.starts[i], p.ends[i]),
    reportId,
    indicatorId: p.indicatorIds[i],
    value: p.values[i],
    unit: p.units[i],
    approx: p.approx[i],
    text: p.texts[i],
    start: p.starts[i],
    end: p.ends[i],
    sentenceStart: p.sentenceStarts[i],
    sentenceEnd: p.sentenceEnds[i],
    change: p.change[i] === 1,
  };
}
