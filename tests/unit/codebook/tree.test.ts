import { describe, expect, it } from 'vitest';
import {
  addCode,
  applyCoding,
  childrenOf,
  copyTemplate,
  deleteCode,
  descendantsOf,
  flatten,
  mergeCodes,
  moveCode,
  recolourCode,
  renameCode,
  type Code,
  type Coding,
} from '../../../src/core/codebook/index.ts';
import { applyChanges, memoryTables } from '../../../src/core/undo/index.ts';
import { effects } from './fx.ts';

function setup() {
  const fx = effects();
  const { codebook, codes } = copyTemplate('outline-2021', fx)!;
  const a = addCode(
    codes,
    { codebookId: codebook.id, parentId: codes[6]!.id, name: '行政复议' },
    fx,
  );
  if (!a.ok) throw new Error(a.error);
  const b = addCode(
    a.value.codes,
    { codebookId: codebook.id, parentId: a.value.code.id, name: '复议纠错' },
    fx,
  );
  if (!b.ok) throw new Error(b.error);
  return { fx, codebook, codes: b.value.codes, review: a.value.code, correction: b.value.code };
}

const text = '一、行政复议工作\n全年办理行政复议案件96件,纠错12件。行政应诉案件出庭率100%。\n';

function code(
  codings: Coding[],
  fx: ReturnType<typeof effects>,
  codeId: string,
  start: number,
  end: number,
) {
  const r = applyCoding(codings, { reportId: 'r1', text, codeId, start, end, coder: '张三' }, fx);
  if (!r.ok) throw new Error(r.error);
  return r.value.codings;
}

describe('code tree', () => {
  it('adds codes with palette colours, siblings ordered, flatten in display order', () => {
    const { codes, review, correction } = setup();
    expect(codes).toHaveLength(11);
    expect(review.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(descendantsOf(codes, review.parentId!).map((c) => c.name)).toEqual([
      '行政复议',
      '复议纠错',
    ]);
    const flat = flatten(codes);
    const i = flat.findIndex((f) => f.code.id === correction.id);
    expect(flat[i]!.depth).toBe(2);
    expect(flat[i]!.path.join('/')).toBe('2021-7 健全行政权力制约和监督体系/行政复议/复议纠错');
    expect(flat.map((f) => f.code.templateKey ?? f.code.name).slice(0, 3)).toEqual([
      '2021-1',
      '2021-2',
      '2021-3',
    ]);
  });

  it('refuses empty, slash and duplicate sibling names', () => {
    const { codes, review, fx } = setup();
    expect(renameCode(codes, review.id, '  ').ok).toBe(false);
    expect(renameCode(codes, review.id, 'a/b').ok).toBe(false);
    const dup = addCode(
      codes,
      { codebookId: 'x', parentId: review.parentId, name: '行政复议' },
      fx,
    );
    expect(dup).toEqual({ ok: false, error: '同一层级已有名为“行政复议”的代码。' });
    expect(recolourCode(codes, review.id, 'red').ok).toBe(false);
    const ok = recolourCode(codes, review.id, '#ABC');
    expect(ok.ok && ok.value.codes.find((c) => c.id === review.id)!.color).toBe('#aabbcc');
  });

  it('moves with reorder, and refuses cycles', () => {
    const { codes, review, correction } = setup();
    const top = childrenOf(codes, null);
    const toSelf = moveCode(codes, review.id, review.id, 0);
    expect(toSelf.ok).toBe(false);
    const toChild = moveCode(codes, review.id, correction.id, 0);
    expect(toChild).toEqual({
      ok: false,
      error: '不能把代码“行政复议”移到它自己或它的下级代码之下。',
    });
    const moved = moveCode(codes, review.id, null, 1);
    if (!moved.ok) throw new Error(moved.error);
    const newTop = childrenOf(moved.value.codes, null);
    expect(newTop.map((c) => c.id)).toEqual([
      top[0]!.id,
      review.id,
      ...top.slice(1).map((c) => c.id),
    ]);
    expect(newTop.map((c) => c.order)).toEqual(newTop.map((_, i) => i));
    // the subtree travels along
    expect(descendantsOf(moved.value.codes, review.id).map((c) => c.id)).toEqual([correction.id]);
    // undo restores exactly
    const t0 = memoryTables({ codes });
    const t1 = applyChanges(t0, moved.value.forward);
    const t2 = applyChanges(t1, moved.value.backward);
    expect([...t2.codes.values()].sort(byId)).toEqual([...codes].sort(byId));
  });

  it('merges A into B: codings move over, duplicates dropped, children reparented', () => {
    const { codes, review, correction, fx } = setup();
    const other = codes[3]!; // 2021-4
    let codings: Coding[] = [];
    codings = code(codings, fx, review.id, 9, 27);
    codings = code(codings, fx, review.id, 28, 43);
    codings = code(codings, fx, other.id, 28, 43);
    const merged = mergeCodes(codes, codings, review.id, other.id, fx.now());
    if (!merged.ok) throw new Error(merged.error);
    const v = merged.value;
    expect(v.moved).toEqual([{ codingId: codings[0]!.id, from: review.id, to: other.id }]);
    expect(v.dropped).toEqual([codings[1]!.id]);
    expect(v.codings.map((c) => c.codeId)).toEqual([other.id, other.id]);
    expect(v.codes.find((c) => c.id === review.id)).toBeUndefined();
    expect(v.codes.find((c) => c.id === correction.id)!.parentId).toBe(other.id);
    expect(mergeCodes(codes, codings, review.id, correction.id, fx.now()).ok).toBe(false);
    expect(mergeCodes(codes, codings, review.id, review.id, fx.now()).ok).toBe(false);
    const t0 = memoryTables({ codes, codings });
    const back = applyChanges(applyChanges(t0, v.forward), v.backward);
    expect([...back.codes.values()].sort(byId)).toEqual([...codes].sort(byId));
    expect([...back.codings.values()].sort(byId)).toEqual([...codings].sort(byId));
  });

  it('deletes a code with descendants and codings; undo restores exactly', () => {
    const { codes, review, correction, fx } = setup();
    let codings: Coding[] = [];
    codings = code(codings, fx, review.id, 9, 27);
    codings = code(codings, fx, correction.id, 28, 43);
    codings = code(codings, fx, codes[0]!.id, 28, 43);
    const del = deleteCode(codes, codings, review.id);
    if (!del.ok) throw new Error(del.error);
    expect(del.value.removed.codes.map((c) => c.id)).toEqual([review.id, correction.id]);
    expect(del.value.removed.codings).toHaveLength(2);
    expect(del.value.codings).toHaveLength(1);
    expect(del.value.label).toBe('删除代码“行政复议”及其 1 个下级代码');
    const t0 = memoryTables({ codes, codings });
    const t1 = applyChanges(t0, del.value.forward);
    expect(t1.codes.size).toBe(codes.length - 2);
    const t2 = applyChanges(t1, del.value.backward);
    expect(t2).toEqual(t0);
  });
});

const byId = (a: Code | Coding, b: Code | Coding) => a.id.localeCompare(b.id);
