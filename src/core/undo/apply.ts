// Applying Changes to in-memory tables: what tests, the worker and optimistic UI state use.
// The db layer does the same against IndexedDB.
import type { Code, Codebook, Coding } from '../codebook/types.ts';
import type { Rule } from '../codebook/rules.ts';
import type { Change } from './types.ts';

export interface MemoryTables {
  codebooks: Map<string, Codebook>;
  codes: Map<string, Code>;
  codings: Map<string, Coding>;
  rules: Map<string, Rule>;
}

export function memoryTables(init: {
  codebooks?: Codebook[];
  codes?: Code[];
  codings?: Coding[];
  rules?: Rule[];
}): MemoryTables {
  return {
    codebooks: new Map((init.codebooks ?? []).map((r) => [r.id, r])),
    codes: new Map((init.codes ?? []).map((r) => [r.id, r])),
    codings: new Map((init.codings ?? []).map((r) => [r.id, r])),
    rules: new Map((init.rules ?? []).map((r) => [r.id, r])),
  };
}

/** Returns new tables with the changes applied in order (inputs are not mutated). */
export function applyChanges(tables: MemoryTables, changes: readonly Change[]): MemoryTables {
  const next: MemoryTables = {
    codebooks: new Map(tables.codebooks),
    codes: new Map(tables.codes),
    codings: new Map(tables.codings),
    rules: new Map(tables.rules),
  };
  for (const ch of changes) {
    const table = next[ch.table] as Map<string, unknown>;
    if (ch.op === 'delete') table.delete(ch.key);
    else table.set(ch.key, ch.value);
  }
  return next;
}
