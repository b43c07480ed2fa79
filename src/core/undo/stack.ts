// The undo/redo log as a pure value. The db layer persists the state and applies the Changes
// that undo/redo hand back; nothing here performs a write.
import type { Change, Edit, UndoEntry, UndoState } from './types.ts';

export const DEFAULT_UNDO_LIMIT = 200;
/** The issue promises at least the last 100 actions across reloads. */
export const MIN_UNDO_LIMIT = 100;

export function emptyUndo(): UndoState {
  return { done: [], undone: [] };
}

/** Turns an operation's edit into a log entry. */
export function entryFrom(edit: Edit, fx: { id: string; at: string }): UndoEntry {
  return {
    id: fx.id,
    label: edit.label,
    at: fx.at,
    forward: edit.forward,
    backward: edit.backward,
  };
}

/** Records a new action: it becomes the next to undo, the redo branch is dropped. */
export function record(
  state: UndoState,
  entry: UndoEntry,
  limit: number = DEFAULT_UNDO_LIMIT,
): UndoState {
  const cap = Math.max(MIN_UNDO_LIMIT, Math.trunc(limit));
  const done = [...state.done, entry];
  return { done: done.length > cap ? done.slice(done.length - cap) : done, undone: [] };
}

export interface Step {
  state: UndoState;
  /** The entry undone or redone, or null when there was nothing to do. */
  entry: UndoEntry | null;
  /** The writes to apply, in order. */
  changes: Change[];
}

export function undo(state: UndoState): Step {
  const entry = state.done[state.done.length - 1];
  if (!entry) return { state, entry: null, changes: [] };
  return {
    state: { done: state.done.slice(0, -1), undone: [...state.undone, entry] },
    entry,
    changes: entry.backward,
  };
}

export function redo(state: UndoState): Step {
  const entry = state.undone[state.undone.length - 1];
  if (!entry) return { state, entry: null, changes: [] };
  return {
    state: { done: [...state.done, entry], undone: state.undone.slice(0, -1) },
    entry,
    changes: entry.forward,
  };
}

export const canUndo = (s: UndoState): boolean => s.done.length > 0;
export const canRedo = (s: UndoState): boolean => s.undone.length > 0;

/** Menu labels: `撤销:合并代码…` / `重做:…`, or null when disabled. */
export function undoLabel(s: UndoState): string | null {
  const e = s.done[s.done.length - 1];
  return e ? `撤销:${e.label}` : null;
}
export function redoLabel(s: UndoState): string | null {
  const e = s.undone[s.undone.length - 1];
  return e ? `重做:${e.label}` : null;
}
