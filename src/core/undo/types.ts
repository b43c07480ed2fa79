// The undo model: every user action is recorded as data describing db writes, so the db layer
// can persist the log and replay either direction after a reload.
import type { Code, Codebook, Coding } from '../codebook/types.ts';
import type { Rule } from '../codebook/rules.ts';

export type TableName = 'codebooks' | 'codes' | 'codings' | 'rules';

/** One db write. A `put` carries the full row (never a patch) so replay is idempotent. */
export type Change =
  | { table: 'codebooks'; op: 'put'; key: string; value: Codebook }
  | { table: 'codes'; op: 'put'; key: string; value: Code }
  | { table: 'codings'; op: 'put'; key: string; value: Coding }
  | { table: 'rules'; op: 'put'; key: string; value: Rule }
  | { table: TableName; op: 'delete'; key: string };

export interface UndoEntry {
  id: string;
  /** What the user did, in Chinese (`合并代码“A”到“B”`), shown in the undo menu. */
  label: string;
  /** ISO 8601 time of the action. */
  at: string;
  /** Writes that perform the action (applied again on redo). */
  forward: Change[];
  /** Writes that revert it, in the order to apply them. */
  backward: Change[];
}

export interface UndoState {
  /** Oldest first; the last entry is the next to undo. */
  done: UndoEntry[];
  /** Oldest first; the last entry is the next to redo. */
  undone: UndoEntry[];
}

/** What an operation hands to the undo log: a label and the writes both ways. */
export interface Edit {
  label: string;
  forward: Change[];
  backward: Change[];
}
