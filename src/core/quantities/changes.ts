// Changes and before/after pairs: `同比减少40%` is a change, not a level;
// `由299项增加到356项` is one quantity, 356 now and 299 before.
import { isInlineSpace } from './chars.ts';
import type { QuantityChange } from './types.ts';
import type { RawQuantity } from './scan.ts';

export interface Changed extends RawQuantity {
  change?: QuantityChange;
  before?: number;
}

const UP = ['增加', '增长', '提高', '提升', '上升', '增多'];
const DOWN = ['减少', '下降', '降低', '缩减', '压减', '压缩', '下滑'];
const BASES = ['同比', '环比', '较上年', '比上年', '较去年', '比去年', '较上一年', '较上年度'];
const TO = ['到', '至', '为'];

function endsWithAny(text: string, end: number, words: string[]): string | null {
  for (const w of words) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
  return null;
}

function skipBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && isInlineSpace(text[j - 1])) j--;
  return j;
}

/** The change verb (and basis) written right before `start`, e.g. `同比减少` before `40%`. */
function changeBefore(
  text: string,
  start: number,
): { start: number; change: QuantityChange } | null {
  let j = skipBack(text, start);
  if (text[j - 1] === '了') j--;
  const up = endsWithAny(text, j, UP);
  const down = up ? null : endsWithAny(text, j, DOWN);
  const verb = up ?? down;
  if (!verb) return null;
  const verbStart = j - verb.length;
  const basis = endsWithAny(text, verbStart, BASES);
  return {
    start: basis ? verbStart - basis.length : verbStart,
    change: { kind: up ? 'increase' : 'decrease', basis },
  };
}

export function applyChanges(text: string, raw: RawQuantity[]): Changed[] {
  const out: Changed[] = [];
  for (const q of raw) {
    const prev = out[out.length - 1];
    // Before/after: 由|从 A (verb)? 到|至|为 B
    let j = skipBack(text, q.start);
    const to = endsWithAny(text, j, TO);
    if (prev && to) {
      j -= to.length;
      const verb = endsWithAny(text, j, UP) ?? endsWithAny(text, j, DOWN);
      if (verb) j -= verb.length;
      const from = skipBack(text, prev.start);
      const opener = text[from - 1];
      if (skipBack(text, j) === prev.end && (opener === '由' || opener === '从')) {
        if (prev.unitKind === q.unitKind) {
          out[out.length - 1] = { ...q, start: from - 1, before: prev.value };
          continue;
        }
      }
    }
    const ch = changeBefore(text, q.start);
    if (ch && (!prev || ch.start >= prev.end)) {
      out.push({ ...q, start: ch.start, change: ch.change });
      continue;
    }
    out.push(q);
  }
  return out;
}
