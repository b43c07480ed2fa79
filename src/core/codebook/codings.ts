// Coding operations (apply, remove, re-code, memo, confirm, batch) as undoable edits.
import type { Change, Edit } from '../undo/types.ts';
import type { Code, Coding, Effects, Result } from './types.ts';

export interface CodingsEdit extends Edit {
  codings: Coding[];
}

const put = (c: Coding): Change => ({ table: 'codings', op: 'put', key: c.id, value: c });
const del = (id: string): Change => ({ table: 'codings', op: 'delete', key: id });

/** True when a coding of the same code already covers exactly this span. */
export function isDuplicate(
  codings: readonly Coding[],
  c: Pick<Coding, 'reportId' | 'codeId' | 'start' | 'end'>,
): boolean {
  return codings.some(
    (o) =>
      o.reportId === c.reportId && o.codeId === c.codeId && o.start === c.start && o.end === c.end,
  );
}

export interface NewCoding {
  reportId: string;
  /** The report's canonical text, to check the span and keep the quote. */
  text: string;
  codeId: string;
  start: number;
  end: number;
  coder: string;
  memo?: string;
}

/** Codes a selection by hand. Surrounding whitespace is trimmed off the span. */
export function applyCoding(
  codings: readonly Coding[],
  input: NewCoding,
  fx: Effects,
): Result<CodingsEdit & { coding: Coding }> {
  let { start, end } = input;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.text.length)
    return { ok: false, error: '选区超出了报告正文范围。' };
  while (start < end && /\s/.test(input.text[start]!)) start++;
  while (end > start && /\s/.test(input.text[end - 1]!)) end--;
  if (start >= end) return { ok: false, error: '选区为空,请先选中要编码的文字。' };
  if (isDuplicate(codings, { ...input, start, end }))
    return { ok: false, error: '这段文字已用同一代码编码过。' };
  const at = fx.now();
  const coding: Coding = {
    id: fx.newId(),
    reportId: input.reportId,
    codeId: input.codeId,
    start,
    end,
    quote: input.text.slice(start, end),
    memo: input.memo ?? '',
    coder: input.coder,
    auto: false,
    createdAt: at,
    updatedAt: at,
  };
  return {
    ok: true,
    value: {
      coding,
      codings: [...codings, coding],
      label: '编码选中文字',
      forward: [put(coding)],
      backward: [del(coding.id)],
    },
  };
}

/** Removes codings (one from the reader, or many from a retrieval list). */
export function removeCodings(
  codings: readonly Coding[],
  ids: readonly string[],
): Result<CodingsEdit> {
  const set = new Set(ids);
  const gone = codings.filter((c) => set.has(c.id));
  if (!gone.length) return { ok: false, error: '要删除的编码不存在。' };
  return {
    ok: true,
    value: {
      codings: codings.filter((c) => !set.has(c.id)),
      label: gone.length === 1 ? '删除编码' : `删除 ${gone.length} 处编码`,
      forward: gone.map((c) => del(c.id)),
      backward: gone.map(put),
    },
  };
}

function patchCodings(
  codings: readonly Coding[],
  ids: readonly string[],
  patch: (c: Coding) => Coding,
  label: string,
): Result<CodingsEdit> {
  const set = new Set(ids);
  const olds = codings.filter((c) => set.has(c.id));
  if (!olds.length) return { ok: false, error: '编码不存在。' };
  const nexts = new Map(olds.map((c) => [c.id, patch(c)]));
  return {
    ok: true,
    value: {
      codings: codings.map((c) => nexts.get(c.id) ?? c),
      label,
      forward: [...nexts.values()].map(put),
      backward: olds.map(put),
    },
  };
}

/** Changes the code of a coding. Re-coding a rule's coding counts as confirming it. */
export function recode(
  codings: readonly Coding[],
  id: string,
  code: Pick<Code, 'id' | 'name'>,
  now: string,
): Result<CodingsEdit> {
  const old = codings.find((c) => c.id === id);
  if (!old) return { ok: false, error: '编码不存在。' };
  if (old.codeId === code.id) return { ok: false, error: '编码已是这个代码。' };
  if (isDuplicate(codings, { ...old, codeId: code.id }))
    return { ok: false, error: `这段文字已用“${code.name}”编码过。` };
  return patchCodings(
    codings,
    [id],
    (c) => ({ ...c, codeId: code.id, auto: false, updatedAt: now }),
    `改为代码“${code.name}”`,
  );
}

export function setMemo(
  codings: readonly Coding[],
  id: string,
  memo: string,
  now: string,
): Result<CodingsEdit> {
  return patchCodings(codings, [id], (c) => ({ ...c, memo, updatedAt: now }), '修改备注');
}

/** A person confirms rule-applied codings: they stop being marked as automatic. */
export function confirmCodings(
  codings: readonly Coding[],
  ids: readonly string[],
  now: string,
): Result<CodingsEdit> {
  const autos = codings.filter((c) => ids.includes(c.id) && c.auto).map((c) => c.id);
  if (!autos.length) return { ok: false, error: '没有待确认的自动编码。' };
  return patchCodings(
    codings,
    autos,
    (c) => ({ ...c, auto: false, updatedAt: now }),
    `确认 ${autos.length} 处自动编码`,
  );
}

/** Adds prepared codings (auto-coding, "code all hits") as one undoable batch. */
export function addCodingsBatch(
  codings: readonly Coding[],
  batch: readonly Coding[],
  label: string,
): Result<CodingsEdit & { added: Coding[] }> {
  const added: Coding[] = [];
  for (const c of batch) if (!isDuplicate([...codings, ...added], c)) added.push(c);
  if (!added.length) return { ok: false, error: '没有新的编码可添加(全部已存在)。' };
  return {
    ok: true,
    value: {
      added,
      codings: [...codings, ...added],
      label,
      forward: added.map(put),
      backward: added.map((c) => del(c.id)),
    },
  };
}

export type Drift =
  { status: 'ok' } | { status: 'moved'; start: number; end: number } | { status: 'lost' };

/**
 * Checks a coding against a (possibly re-imported) text: still in place, found elsewhere (the
 * nearest occurrence of the quote), or lost. The UI flags anything but `ok`.
 */
export function checkDrift(coding: Pick<Coding, 'start' | 'end' | 'quote'>, text: string): Drift {
  if (text.slice(coding.start, coding.end) === coding.quote) return { status: 'ok' };
  if (!coding.quote) return { status: 'lost' };
  let best = -1;
  for (let i = text.indexOf(coding.quote); i !== -1; i = text.indexOf(coding.quote, i + 1))
    if (best === -1 || Math.abs(i - coding.start) < Math.abs(best - coding.start)) best = i;
  return best === -1
    ? { status: 'lost' }
    : { status: 'moved', start: best, end: best + coding.quote.length };
}
