import { describe, expect, it } from 'vitest';
import {
  addCodingsBatch,
  applyCoding,
  checkDrift,
  confirmCodings,
  recode,
  removeCodings,
  setMemo,
  type Coding,
} from '../../../src/core/codebook/index.ts';
import { effects } from './fx.ts';

const text = '  全年办理行政复议案件96件。\n行政应诉案件出庭率100%。';

describe('codings', () => {
  it('applies a selection, trimming spaces and keeping the quote', () => {
    const fx = effects();
    const r = applyCoding(
      [],
      { reportId: 'r', text, codeId: 'c1', start: 0, end: 16, coder: '李四' },
      fx,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.coding).toMatchObject({
      start: 2,
      end: 16,
      quote: '全年办理行政复议案件96件。',
      auto: false,
      coder: '李四',
      memo: '',
    });
    expect(r.value.forward).toEqual([
      { table: 'codings', op: 'put', key: r.value.coding.id, value: r.value.coding },
    ]);
    expect(r.value.backward).toEqual([{ table: 'codings', op: 'delete', key: r.value.coding.id }]);
    const again = applyCoding(
      r.value.codings,
      { reportId: 'r', text, codeId: 'c1', start: 2, end: 16, coder: '李四' },
      fx,
    );
    expect(again).toEqual({ ok: false, error: '这段文字已用同一代码编码过。' });
    expect(
      applyCoding([], { reportId: 'r', text, codeId: 'c1', start: 0, end: 2, coder: '' }, fx).ok,
    ).toBe(false);
    expect(
      applyCoding([], { reportId: 'r', text, codeId: 'c1', start: 5, end: 999, coder: '' }, fx).ok,
    ).toBe(false);
  });

  it('re-codes (confirming), edits memos, removes, confirms and batches with inverse changes', () => {
    const fx = effects();
    const base: Coding = {
      id: 'k1',
      reportId: 'r',
      codeId: 'c1',
      start: 2,
      end: 16,
      quote: '',
      memo: '',
      coder: 'a',
      auto: true,
      ruleId: 'x',
      createdAt: 't',
      updatedAt: 't',
    };
    const re = recode([base], 'k1', { id: 'c2', name: '行政复议' }, 'now');
    expect(re.ok && re.value.codings[0]).toMatchObject({
      codeId: 'c2',
      auto: false,
      updatedAt: 'now',
    });
    expect(re.ok && re.value.backward).toEqual([
      { table: 'codings', op: 'put', key: 'k1', value: base },
    ]);
    const memo = setMemo([base], 'k1', '典型案例', 'now');
    expect(memo.ok && memo.value.codings[0]!.memo).toBe('典型案例');
    const rm = removeCodings([base], ['k1']);
    expect(rm.ok && rm.value.backward).toEqual([
      { table: 'codings', op: 'put', key: 'k1', value: base },
    ]);
    const conf = confirmCodings([base], ['k1'], 'now');
    expect(conf.ok && conf.value.codings[0]!.auto).toBe(false);
    expect(confirmCodings(conf.ok ? conf.value.codings : [], ['k1'], 'now').ok).toBe(false);
    const dup = { ...base, id: 'k2' };
    const fresh = { ...base, id: 'k3', start: 17, end: 30 };
    const batch = addCodingsBatch([base], [dup, fresh], '自动编码 1 处');
    expect(batch.ok && batch.value.added.map((c) => c.id)).toEqual(['k3']);
    expect(fx.newId()).toBe('id1');
  });

  it('flags drifted codings after a report changes', () => {
    const c = { start: 2, end: 16, quote: '全年办理行政复议案件96件。' };
    expect(checkDrift(c, text)).toEqual({ status: 'ok' });
    expect(checkDrift(c, '前言。' + text)).toEqual({ status: 'moved', start: 5, end: 19 });
    expect(checkDrift(c, '全年办理行政复议案件97件。')).toEqual({ status: 'lost' });
  });
});
