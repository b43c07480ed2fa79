import { describe, expect, it } from 'vitest';
import { addCode, copyTemplate, deleteCode, mergeCodes } from '../../../src/core/codebook/index.ts';
import {
  DEFAULT_UNDO_LIMIT,
  MIN_UNDO_LIMIT,
  applyChanges,
  canRedo,
  canUndo,
  emptyUndo,
  entryFrom,
  memoryTables,
  record,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type UndoEntry,
} from '../../../src/core/undo/index.ts';
import { effects } from '../codebook/fx.ts';

const entry = (i: number): UndoEntry => ({
  id: `e${i}`,
  label: `动作${i}`,
  at: 't',
  forward: [],
  backward: [],
});

describe('undo stack', () => {
  it('undoes and redoes in order, handing back the changes to apply', () => {
    let s = record(record(emptyUndo(), entry(1)), entry(2));
    expect(undoLabel(s)).toBe('撤销:动作2');
    let step = undo(s);
    expect(step.entry?.id).toBe('e2');
    s = step.state;
    expect(redoLabel(s)).toBe('重做:动作2');
    step = undo(s);
    s = step.state;
    expect(canUndo(s)).toBe(false);
    expect(undo(s)).toEqual({ state: s, entry: null, changes: [] });
    step = redo(s);
    expect(step.entry?.id).toBe('e1');
    s = step.state;
    expect(s.done.map((e) => e.id)).toEqual(['e1']);
    expect(s.undone.map((e) => e.id)).toEqual(['e2']);
  });

  it('clears redo when a new action is recorded', () => {
    let s = record(record(emptyUndo(), entry(1)), entry(2));
    s = undo(s).state;
    expect(canRedo(s)).toBe(true);
    s = record(s, entry(3));
    expect(canRedo(s)).toBe(false);
    expect(s.done.map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it('keeps only the last N entries, never fewer than 100', () => {
    let s = emptyUndo();
    for (let i = 1; i <= 250; i++) s = record(s, entry(i));
    expect(s.done).toHaveLength(DEFAULT_UNDO_LIMIT);
    expect(s.done[0]!.id).toBe('e51');
    let t = emptyUndo();
    for (let i = 1; i <= 150; i++) t = record(t, entry(i), 10);
    expect(t.done).toHaveLength(MIN_UNDO_LIMIT);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s); // persists as plain JSON
  });

  it('replays a session of codebook actions backwards and forwards exactly', () => {
    const fx = effects();
    const { codebook, codes } = copyTemplate('outline-2021', fx)!;
    let tables = memoryTables({ codebooks: [codebook], codes });
    const start = tables;
    let s = emptyUndo();
    const add = addCode(codes, { codebookId: codebook.id, parentId: null, name: '创新做法' }, fx);
    if (!add.ok) throw new Error(add.error);
    const merge = mergeCodes(add.value.codes, [], codes[0]!.id, codes[1]!.id, fx.now());
    if (!merge.ok) throw new Error(merge.error);
    const del = deleteCode(merge.value.codes, [], add.value.code.id);
    if (!del.ok) throw new Error(del.error);
    const snapshots = [tables];
    for (const edit of [add.value, merge.value, del.value]) {
      tables = applyChanges(tables, edit.forward);
      snapshots.push(tables);
      s = record(s, entryFrom(edit, { id: fx.newId(), at: fx.now() }));
    }
    expect([...tables.codes.values()]).toHaveLength(codes.length - 1);
    for (let i = 3; i > 0; i--) {
      const step = undo(s);
      s = step.state;
      tables = applyChanges(tables, step.changes);
      expect(tables).toEqual(snapshots[i - 1]);
    }
    expect(tables).toEqual(start);
    for (let i = 1; i <= 3; i++) {
      const step = redo(s);
      s = step.state;
      tables = applyChanges(tables, step.changes);
      expect(tables).toEqual(snapshots[i]);
    }
  });
});
