// One report's indicator mentions in columns (typed arrays for the numbers), the metric table's
// input; stored (StoredMentions, fewer objects still) in the `mentionSets` table: reading
// 10,000 of these is far cheaper than reading the ~400,000 quantity records they come from,
// which carry subjects, clauses and match explanations the metric table never uses. Sentences
// are not kept (they are sliced from the text on demand).
import type { Approx } from '../quantities/types.ts';
import type { Mention } from './types.ts';

export interface PackedMentions {
  /** Per mention; the strings are shared (one per distinct id or unit in the set). */
  indicatorIds: string[];
  values: Float64Array;
  units: string[];
  approx: Approx[];
  /** The expressions as written, joined; mention i is text.slice(textEnds[i-1], textEnds[i]). */
  text: string;
  textEnds: Uint32Array;
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
  const textEnds = new Uint32Array(n);
  let at = 0;
  ms.forEach((m, i) => (textEnds[i] = at += m.text.length));
  return {
    indicatorIds: ms.map((m) => m.indicatorId),
    values: Float64Array.from(ms, (m) => m.value),
    units: ms.map((m) => m.unit),
    approx: ms.map((m) => m.approx),
    text: ms.map((m) => m.text).join(''),
    textEnds,
    starts: Int32Array.from(ms, (m) => m.start),
    ends: Int32Array.from(ms, (m) => m.end),
    sentenceStarts: Int32Array.from(ms, (m) => m.sentenceStart),
    sentenceEnds: Int32Array.from(ms, (m) => m.sentenceEnd),
    change: Uint8Array.from(ms, (m) => (m.change ? 1 : 0)),
  };
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
    text: p.text.slice(i ? p.textEnds[i - 1] : 0, p.textEnds[i]),
    start: p.starts[i],
    end: p.ends[i],
    sentenceStart: p.sentenceStarts[i],
    sentenceEnd: p.sentenceEnds[i],
    change: p.change[i] === 1,
  };
}

/**
 * A packed set as stored: four typed arrays, the distinct ids and units, and one string.
 * Reading 10,000 records from IndexedDB deserialises every object in them, and a metric table
 * then looks each id and unit up: a few shared strings per set instead of two per mention.
 */
export interface StoredMentions {
  values: Float64Array;
  /** starts, ends, sentence starts, sentence ends: n each, in that order. */
  offsets: Int32Array;
  /** approx code (bits 0–2) | change (bit 3). */
  marks: Uint8Array;
  /** Index into `words` of each mention's indicator id, then of each one's unit (2n). */
  codes: Uint16Array;
  words: string[];
  text: string;
  textEnds: Uint32Array;
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
  const words: string[] = [];
  const index = new Map<string, number>();
  const codes = Uint16Array.from([...p.indicatorIds, ...p.units], (w) => {
    let k = index.get(w);
    if (k === undefined) index.set(w, (k = words.push(w) - 1));
    return k;
  });
  return {
    values: Float64Array.from(p.values),
    offsets,
    marks,
    codes,
    words,
    text: p.text,
    textEnds: Uint32Array.from(p.textEnds),
  };
}

export function fromStored(s: StoredMentions): PackedMentions {
  const n = s.values.length;
  const indicatorIds = new Array<string>(n);
  const units = new Array<string>(n);
  const approx = new Array<Approx>(n);
  const change = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    indicatorIds[i] = s.words[s.codes[i]];
    units[i] = s.words[s.codes[n + i]];
    approx[i] = APPROX_CODES[s.marks[i] & 7];
    change[i] = (s.marks[i] >> 3) & 1;
  }
  return {
    indicatorIds,
    values: s.values,
    units,
    approx,
    text: s.text,
    textEnds: s.textEnds,
    starts: s.offsets.subarray(0, n),
    ends: s.offsets.subarray(n, 2 * n),
    sentenceStarts: s.offsets.subarray(2 * n, 3 * n),
    sentenceEnds: s.offsets.subarray(3 * n),
    change,
  };
}
