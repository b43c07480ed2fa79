/* eslint-disable svelte/prefer-svelte-reactivity -- Maps, Sets and Dates here are local values rebuilt on each change, never mutated reactive state. */
// Global undo/redo over the persisted log: every coding and codebook action goes through
// `undoLog.perform(edit)`. Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) work anywhere outside text fields.
import { liveQuery, type Subscription } from 'dexie';
import type { Edit } from '../core/undo/types.ts';
import { getDb } from '../db/schema.ts';
import { perform, redoDb, undoDb, undoSummary } from '../db/coding.ts';

export class UndoLog {
  undoLabel = $state<string | null>(null);
  redoLabel = $state<string | null>(null);
  /** The last thing done/undone/redone, for a status line. */
  status = $state('');
  busy = $state(false);
  #sub: Subscription | null = null;

  start() {
    if (this.#sub || typeof window === 'undefined') return;
    this.#sub = liveQuery(() => undoSummary(getDb())).subscribe({
      next: (s) => {
        this.undoLabel = s.undo;
        this.redoLabel = s.redo;
      },
      error: (e) => console.error('undo log query failed', e),
    });
    window.addEventListener('keydown', this.#onKey);
  }

  #onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k !== 'z' && k !== 'y') return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('input, textarea, [contenteditable="true"]')) return;
    e.preventDefault();
    if (k === 'y' || e.shiftKey) void this.redo();
    else void this.undo();
  };

  async perform(edit: Edit): Promise<void> {
    await perform(getDb(), edit, { id: crypto.randomUUID(), at: new Date().toISOString() });
    this.status = edit.label;
  }

  async undo(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const e = await undoDb(getDb());
      if (e) this.status = `已撤销:${e.label}`;
    } finally {
      this.busy = false;
    }
  }

  async redo(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const e = await redoDb(getDb());
      if (e) this.status = `已重做:${e.label}`;
    } finally {
      this.busy = false;
    }
  }
}

export const undoLog = new UndoLog();
undoLog.start();
