// Codebook operations. Each takes the current codes (and codings when affected) and returns the
// new lists plus the forward/backward db writes, so every action goes through the undo log.
import type { Change, Edit } from '../undo/types.ts';
import { normalizeColor, nextColor } from './palette.ts';
import { childrenOf, descendantsOf, wouldCycle } from './tree.ts';
import type { Code, Coding, Result } from './types.ts';

export interface CodesEdit extends Edit {
  codes: Code[];
}

const put = (c: Code): Change => ({ table: 'codes', op: 'put', key: c.id, value: c });
const del = (id: string): Change => ({ table: 'codes', op: 'delete', key: id });

function find(codes: readonly Code[], id: string): Code | undefined {
  return codes.find((c) => c.id === id);
}

/** A name must be non-empty, without `/` (the CSV path separator) and unique among siblings. */
export function checkName(
  codes: readonly Code[],
  parentId: string | null,
  name: string,
  selfId?: string,
): string | null {
  const n = name.trim();
  if (!n) return '代码名称不能为空。';
  if (n.includes('/')) return `代码名称“${n}”不能包含“/”(它用于表示层级路径)。`;
  if (n.length > 200) return '代码名称过长(最多 200 个字符)。';
  const clash = childrenOf(codes, parentId).find((c) => c.name === n && c.id !== selfId);
  if (clash) return `同一层级已有名为“${n}”的代码。`;
  return null;
}

export interface NewCode {
  codebookId: string;
  parentId: string | null;
  name: string;
  color?: string;
  description?: string;
  keywords?: string[];
}

/** Adds a code as the last child of its parent. */
export function addCode(
  codes: readonly Code[],
  input: NewCode,
  fx: { newId: () => string; newGuid: () => string },
): Result<CodesEdit & { code: Code }> {
  if (input.parentId !== null && !find(codes, input.parentId))
    return { ok: false, error: '上级代码不存在。' };
  const nameError = checkName(codes, input.parentId, input.name);
  if (nameError) return { ok: false, error: nameError };
  const color = input.color === undefined ? nextColor(codes) : normalizeColor(input.color);
  if (!color) return { ok: false, error: `颜色“${input.color}”无效,应为 #RRGGBB。` };
  const siblings = childrenOf(codes, input.parentId);
  const code: Code = {
    id: fx.newId(),
    codebookId: input.codebookId,
    parentId: input.parentId,
    name: input.name.trim(),
    color,
    description: input.description ?? '',
    order: siblings.length ? siblings[siblings.length - 1]!.order + 1 : 0,
    keywords: input.keywords ?? [],
    guid: fx.newGuid(),
  };
  return {
    ok: true,
    value: {
      code,
      codes: [...codes, code],
      label: `新建代码“${code.name}”`,
      forward: [put(code)],
      backward: [del(code.id)],
    },
  };
}

type CodePatch = Partial<Pick<Code, 'name' | 'color' | 'description' | 'keywords' | 'favourite'>>;

/** Rename, recolour, describe, set keywords or favourite: one edit, one undo entry. */
export function updateCode(
  codes: readonly Code[],
  id: string,
  patch: CodePatch,
  label?: string,
): Result<CodesEdit> {
  const old = find(codes, id);
  if (!old) return { ok: false, error: '代码不存在。' };
  const next: Code = { ...old, ...patch };
  if (patch.name !== undefined) {
    const nameError = checkName(codes, old.parentId, patch.name, id);
    if (nameError) return { ok: false, error: nameError };
    next.name = patch.name.trim();
  }
  if (patch.color !== undefined) {
    const color = normalizeColor(patch.color);
    if (!color) return { ok: false, error: `颜色“${patch.color}”无效,应为 #RRGGBB。` };
    next.color = color;
  }
  if (patch.keywords !== undefined)
    next.keywords = [...new Set(patch.keywords.map((k) => k.trim()).filter(Boolean))];
  return {
    ok: true,
    value: {
      codes: codes.map((c) => (c.id === id ? next : c)),
      label: label ?? `修改代码“${old.name}”`,
      forward: [put(next)],
      backward: [put(old)],
    },
  };
}

export const renameCode = (codes: readonly Code[], id: string, name: string) =>
  updateCode(codes, id, { name }, `重命名代码为“${name.trim()}”`);
export const recolourCode = (codes: readonly Code[], id: string, color: string) =>
  updateCode(codes, id, { color }, '修改代码颜色');
export const describeCode = (codes: readonly Code[], id: string, description: string) =>
  updateCode(codes, id, { description }, '修改代码说明');

/**
 * Moves `id` under `newParentId` at position `index` among its new siblings (clamped),
 * renumbering the siblings it leaves and joins. Refuses to put a code below itself.
 */
export function moveCode(
  codes: readonly Code[],
  id: string,
  newParentId: string | null,
  index: number,
): Result<CodesEdit> {
  const code = find(codes, id);
  if (!code) return { ok: false, error: '代码不存在。' };
  if (newParentId !== null && !find(codes, newParentId))
    return { ok: false, error: '目标上级代码不存在。' };
  if (wouldCycle(codes, id, newParentId))
    return { ok: false, error: `不能把代码“${code.name}”移到它自己或它的下级代码之下。` };
  if (newParentId !== code.parentId) {
    const nameError = checkName(codes, newParentId, code.name, id);
    if (nameError) return { ok: false, error: nameError };
  }
  const siblings = childrenOf(codes, newParentId).filter((c) => c.id !== id);
  const at = Math.max(0, Math.min(Math.trunc(index), siblings.length));
  siblings.splice(at, 0, { ...code, parentId: newParentId });
  const changed = new Map<string, Code>();
  siblings.forEach((c, i) => {
    const orig = find(codes, c.id)!;
    if (orig.order !== i || orig.parentId !== newParentId)
      changed.set(c.id, { ...orig, parentId: newParentId, order: i });
  });
  if (newParentId !== code.parentId) {
    childrenOf(codes, code.parentId)
      .filter((c) => c.id !== id)
      .forEach((c, i) => {
        if (c.order !== i) changed.set(c.id, { ...c, order: i });
      });
  }
  const olds = codes.filter((c) => changed.has(c.id));
  return {
    ok: true,
    value: {
      codes: codes.map((c) => changed.get(c.id) ?? c),
      label: `移动代码“${code.name}”`,
      forward: [...changed.values()].map(put),
      backward: olds.map(put),
    },
  };
}

export interface MergeEdit extends CodesEdit {
  codings: Coding[];
  /** Codings that now point at the target code. */
  moved: { codingId: string; from: string; to: string }[];
  /** Codings dropped because the target already had a coding on the same span. */
  dropped: string[];
}

/**
 * Merges `sourceId` into `targetId`: the source's codings move to the target (duplicates of a
 * target coding on the same span are dropped), its children become the target's last children,
 * and the source is deleted.
 */
export function mergeCodes(
  codes: readonly Code[],
  codings: readonly Coding[],
  sourceId: string,
  targetId: string,
  now: string,
): Result<MergeEdit> {
  const source = find(codes, sourceId);
  const target = find(codes, targetId);
  if (!source || !target) return { ok: false, error: '要合并的代码不存在。' };
  if (sourceId === targetId) return { ok: false, error: '不能把代码合并到它自己。' };
  if (descendantsOf(codes, sourceId).some((c) => c.id === targetId))
    return { ok: false, error: `不能把代码“${source.name}”合并到它的下级代码“${target.name}”。` };
  const forward: Change[] = [];
  const backward: Change[] = [];
  // Children: appended under the target; a name clash is refused so nothing is silently renamed.
  const targetKids = childrenOf(codes, targetId);
  let order = targetKids.length ? targetKids[targetKids.length - 1]!.order + 1 : 0;
  const reparented = new Map<string, Code>();
  for (const child of childrenOf(codes, sourceId)) {
    if (targetKids.some((k) => k.name === child.name))
      return { ok: false, error: `“${target.name}”下已有名为“${child.name}”的代码,请先重命名。` };
    const next = { ...child, parentId: targetId, order: order++ };
    reparented.set(child.id, next);
    forward.push(put(next));
    backward.push(put(child));
  }
  const spanKey = (c: Coding) => `${c.reportId}\u0000${c.start}\u0000${c.end}`;
  const targetSpans = new Set(codings.filter((c) => c.codeId === targetId).map(spanKey));
  const moved: MergeEdit['moved'] = [];
  const dropped: string[] = [];
  const nextCodings: Coding[] = [];
  for (const c of codings) {
    if (c.codeId !== sourceId) {
      nextCodings.push(c);
      continue;
    }
    backward.push({ table: 'codings', op: 'put', key: c.id, value: c });
    if (targetSpans.has(spanKey(c))) {
      dropped.push(c.id);
      forward.push({ table: 'codings', op: 'delete', key: c.id });
      continue;
    }
    targetSpans.add(spanKey(c));
    const next = { ...c, codeId: targetId, updatedAt: now };
    moved.push({ codingId: c.id, from: sourceId, to: targetId });
    nextCodings.push(next);
    forward.push({ table: 'codings', op: 'put', key: c.id, value: next });
  }
  forward.push(del(sourceId));
  backward.push(put(source));
  return {
    ok: true,
    value: {
      codes: codes.filter((c) => c.id !== sourceId).map((c) => reparented.get(c.id) ?? c),
      codings: nextCodings,
      moved,
      dropped,
      label: `合并代码“${source.name}”到“${target.name}”`,
      forward,
      backward,
    },
  };
}

export interface DeleteEdit extends CodesEdit {
  codings: Coding[];
  /** Everything removed, for the confirmation dialog and for restoring. */
  removed: { codes: Code[]; codings: Coding[] };
}

/** Deletes a code, its descendants and all their codings. Undo puts every row back as it was. */
export function deleteCode(
  codes: readonly Code[],
  codings: readonly Coding[],
  id: string,
): Result<DeleteEdit> {
  const code = find(codes, id);
  if (!code) return { ok: false, error: '代码不存在。' };
  const gone = [code, ...descendantsOf(codes, id)];
  const goneIds = new Set(gone.map((c) => c.id));
  const goneCodings = codings.filter((c) => goneIds.has(c.codeId));
  return {
    ok: true,
    value: {
      codes: codes.filter((c) => !goneIds.has(c.id)),
      codings: codings.filter((c) => !goneIds.has(c.codeId)),
      removed: { codes: gone, codings: goneCodings },
      label:
        gone.length > 1
          ? `删除代码“${code.name}”及其 ${gone.length - 1} 个下级代码`
          : `删除代码“${code.name}”`,
      forward: [
        ...goneCodings.map((c): Change => ({ table: 'codings', op: 'delete', key: c.id })),
        ...gone.map((c) => del(c.id)),
      ],
      backward: [
        ...gone.map(put),
        ...goneCodings.map((c): Change => ({ table: 'codings', op: 'put', key: c.id, value: c })),
      ],
    },
  };
}
