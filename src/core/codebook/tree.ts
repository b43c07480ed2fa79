// Read-only helpers over a flat list of codes (the shape the db stores).
import type { Code } from './types.ts';

function byOrder(a: Code, b: Code): number {
  return a.order - b.order || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id);
}

/** Direct children of `parentId` (null: the top level), in display order. */
export function childrenOf(codes: readonly Code[], parentId: string | null): Code[] {
  return codes.filter((c) => c.parentId === parentId).sort(byOrder);
}

/** All codes below `id` (not `id` itself), depth first in display order. */
export function descendantsOf(codes: readonly Code[], id: string): Code[] {
  const out: Code[] = [];
  const walk = (parentId: string): void => {
    for (const child of childrenOf(codes, parentId)) {
      out.push(child);
      walk(child.id);
    }
  };
  walk(id);
  return out;
}

/** `id` and all its descendants' ids: what a retrieval "including children" covers. */
export function subtreeIds(codes: readonly Code[], id: string): Set<string> {
  return new Set([id, ...descendantsOf(codes, id).map((c) => c.id)]);
}

/** Ancestors of `id`, nearest first. Stops on a cycle rather than looping. */
export function ancestorsOf(codes: readonly Code[], id: string): Code[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out: Code[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    out.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return out;
}

/** Names from the root down to the code, e.g. `['2021-7 …', '行政复议']`. */
export function pathOf(codes: readonly Code[], id: string): string[] {
  const self = codes.find((c) => c.id === id);
  if (!self) return [];
  return [
    ...ancestorsOf(codes, id)
      .reverse()
      .map((c) => c.name),
    self.name,
  ];
}

export interface FlatCode {
  code: Code;
  depth: number;
  path: string[];
}

/** The tree in display order (pre-order), with depth and path for indenting and CSV. */
export function flatten(codes: readonly Code[]): FlatCode[] {
  const out: FlatCode[] = [];
  const ids = new Set(codes.map((c) => c.id));
  const walk = (parentId: string | null, depth: number, path: string[]): void => {
    for (const code of childrenOf(codes, parentId)) {
      const p = [...path, code.name];
      out.push({ code, depth, path: p });
      walk(code.id, depth + 1, p);
    }
  };
  walk(null, 0, []);
  // Codes whose parent is missing would be invisible; show them at the top level instead.
  for (const orphan of codes.filter((c) => c.parentId !== null && !ids.has(c.parentId))) {
    out.push({ code: orphan, depth: 0, path: [orphan.name] });
    walk(orphan.id, 1, [orphan.name]);
  }
  return out;
}

/** True when making `newParentId` the parent of `id` would put `id` below itself. */
export function wouldCycle(
  codes: readonly Code[],
  id: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  if (newParentId === id) return true;
  return ancestorsOf(codes, newParentId).some((a) => a.id === id);
}
