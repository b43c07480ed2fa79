// The reference coding: the trainer settles a disagreement by adopting one coder's version of a
// sentence. The reference is an ordinary coder (REFERENCE_CODER), so it shows in the reader,
// the retrieval and the agreement table like anyone else, and the adoption is one undoable edit.
import type { Change, Edit } from '../undo/types.ts';
import type { Coding, Effects } from '../codebook/types.ts';

export const REFERENCE_CODER = '参照编码';

const put = (c: Coding): Change => ({ table: 'codings', op: 'put', key: c.id, value: c });
const del = (id: string): Change => ({ table: 'codings', op: 'delete', key: id });

export interface AdoptInput {
  reportId: string;
  text: string;
  /** The sentence. */
  start: number;
  end: number;
  /** The coder whose version becomes the reference. */
  from: string;
  /** Codes in scope (the ones compared); other codes in the sentence are left alone. */
  codeIds: ReadonlySet<string>;
  codings: readonly Coding[];
}

const overlaps = (c: Coding, start: number, end: number) => c.start < end && c.end > start;

/** Replaces the reference's codings in the sentence with the chosen coder's, clipped to it;
 * reference codings reaching outside the sentence keep their outside parts. */
export function adoptVersion(input: AdoptInput, fx: Effects): Edit {
  const { reportId, text, start, end } = input;
  const inUnit = (c: Coding) =>
    c.reportId === reportId && input.codeIds.has(c.codeId) && overlaps(c, start, end);
  const now = fx.now();
  const piece = (c: Coding, s: number, e: number, coder: string): Coding | null => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s >= e) return null;
    return {
      ...c,
      id: fx.newId(),
      start: s,
      end: e,
      quote: text.slice(s, e),
      coder,
      auto: false,
      createdAt: now,
      updatedAt: now,
    };
  };
  const forward: Change[] = [];
  const backward: Change[] = [];
  const add = (c: Coding | null) => {
    if (!c) return;
    forward.push(put(c));
    backward.unshift(del(c.id));
  };
  for (const old of input.codings.filter((c) => c.coder === REFERENCE_CODER && inUnit(c))) {
    forward.push(del(old.id));
    backward.unshift(put(old));
    if (old.start < start) add(piece(old, old.start, start, REFERENCE_CODER));
    if (old.end > end) add(piece(old, end, old.end, REFERENCE_CODER));
  }
  for (const c of input.codings.filter((c) => c.coder === input.from && inUnit(c)))
    add(piece(c, Math.max(c.start, start), Math.min(c.end, end), REFERENCE_CODER));
  return { label: `采用“${input.from}”的标注为参照`, forward, backward };
}
