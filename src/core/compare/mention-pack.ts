// One report's indicator mentions in columns (typed arrays for the numbers), the metric table's
// input; stored (StoredMentions, fewer objects still) in the `mentionSets` table: reading
// 10,000 of these is far cheaper than reading the ~400,000 quantity records they come from,
// which carry subjects, clauses and match explanations the metric table never uses. Sentences
// are not kept (they are sliced from the text on demand).
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

/**
 * A packed set as stored: three typed arrays and one string. Reading 10,000 records from
 * IndexedDB deserialises every object in them, so ten arrays per record (four of them arrays
 * of strings) cost five times more than this.
 */
export interface StoredMentions {
  values: Float64Array;
  /** starts, ends, sentence starts, sentence ends: n each, in that order. */
  offsets: Int32Array;
  /** approx code (bits 0–2) | change (bit 3). */
  marks: Uint8Array;
  /** indicator ids, units, texts (n each, in that order), joined; `lengths` cuts them. */
  strings: string;
  lengths: Uint32Array;
}

const APPROX_CODES: Approx[] = ['exact', 'more', 'about', 'nearly', 'over', 'at_least', 'at_most'];

export function toStored(p: PackedMentions): StoredMentions {
  const n = p.values.length;
  const offsets = new Int32Array(4 * n);
  offsets.set(p.starts, 0);
  offsets.set(p.ends, n);
  offsets.set(p.sentenceStarts, 2 * n);
  offsets.set(p.sentenceEnds, 3 * n);
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    marks[i] = Math.max(0, APPROX_CODES.indexOf(p.approx[i])) | (p.change[i] << 3);
  const parts = [...p.indicatorIds, ...p.units, ...p.texts];
  return {
    values: Float64Array.from(p.values),
    offsets,
    marks,
    strings: parts.join(''),
    lengths: Uint32Array.from(parts, (x) => x.length),
  };
}

export function fromStored(s: StoredMentions): PackedMentions {
  const n = s.values.length;
  const parts = new Array<string>(3 * n);
  for (let k = 0, at = 0; k < 3 * n; k++) {
    parts[k] = s.strings.slice(at, at + s.lengths[k]);
    at += s.lengths[k];
  }
  const approx = new Array<Approx>(n);
  const change = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    approx[i] = APPROX_CODES[s.marks[i] & 7];
    change[i] = (s.marks[i] >> 3) & 1;
  }
  return {
    indicatorIds: parts.slice(0, n),
    values: s.values,
    units: parts.slice(n, 2 * n),
    approx,
    texts: parts.slice(2 * n),
    starts: s.offsets.subarray(0, n),
    ends: s.offsets.subarray(n, 2 * n),
    sentenceStarts: s.offsets.subarray(2 * n, 3 * n),
    sentenceEnds: s.offsets.subarray(3 * n),
    change,
  };
}
