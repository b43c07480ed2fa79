import { describe, expect, it } from 'vitest';
import {
  codeReportMatrix,
  codeSearchHits,
  coveredChars,
  deleteRule,
  saveRule,
  segmentsFor,
  type Code,
  type Coding,
  type Rule,
} from '../../../src/core/codebook/index.ts';
import { compileQuery, searchLibrary } from '../../../src/core/search/index.ts';
import { effects } from './fx.ts';

const code = (id: string, parentId: string | null): Code => ({
  id,
  codebookId: 'b',
  parentId,
  name: id,
  color: '#000000',
  description: '',
  order: 0,
  keywords: [],
  guid: id,
});
const coding = (
  id: string,
  codeId: string,
  reportId: string,
  start: number,
  end: number,
  auto = false,
): Coding => ({
  id,
  reportId,
  codeId,
  start,
  end,
  quote: '',
  memo: '',
  coder: auto ? '规则' : '张三',
  auto,
  createdAt: 't',
  updatedAt: 't',
});

describe('retrieval', () => {
  const codes = [code('p', null), code('c', 'p'), code('x', null)];
  const codings = [
    coding('k1', 'p', 'r2', 5, 10),
    coding('k2', 'c', 'r1', 0, 10, true),
    coding('k3', 'c', 'r1', 5, 20),
    coding('k4', 'x', 'r1', 0, 4),
  ];
  it('collects segments of a code with its children, filtered', () => {
    expect(segmentsFor(codes, codings, 'p').map((c) => c.id)).toEqual(['k2', 'k3', 'k1']);
    expect(segmentsFor(codes, codings, 'p', { includeChildren: false }).map((c) => c.id)).toEqual([
      'k1',
    ]);
    expect(segmentsFor(codes, codings, 'p', { auto: true }).map((c) => c.id)).toEqual(['k2']);
    expect(segmentsFor(codes, codings, 'p', { reportIds: ['r2'] }).map((c) => c.id)).toEqual([
      'k1',
    ]);
  });
  it('builds the code × report matrix with counts and shares (overlaps once)', () => {
    expect(
      coveredChars([
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 30, end: 31 },
      ]),
    ).toBe(21);
    const m = codeReportMatrix(codes, codings, [
      { id: 'r1', chars: 100 },
      { id: 'r2', chars: 50 },
    ]);
    expect(m['p']!['r1']).toEqual({ count: 2, share: 0.2 });
    expect(m['p']!['r2']).toEqual({ count: 1, share: 0.1 });
    expect(m['x']!['r2']).toEqual({ count: 0, share: 0 });
  });
});

describe('rule edits', () => {
  it('save and delete rules with inverses', () => {
    const r: Rule = { id: 'r1', name: '复议', codeId: 'c', keywords: ['复议'], scope: 'sentence' };
    const a = saveRule([], r);
    expect(a.backward).toEqual([{ table: 'rules', op: 'delete', key: 'r1' }]);
    const b = saveRule(a.rules, { ...r, name: '复议2' });
    expect(b.backward).toEqual([{ table: 'rules', op: 'put', key: 'r1', value: r }]);
    expect(deleteRule(b.rules, 'r1')!.rules).toEqual([]);
    expect(deleteRule([], 'r1')).toBeNull();
  });
});

describe('code all search hits', () => {
  it('codes hits or their sentences as auto codings, once', () => {
    const text = '开展行政复议。复议案件96件。\n其他。';
    const q = compileQuery({ text: '复议', mode: 'plain' });
    if (!q.ok) throw new Error(q.error);
    const rows = searchLibrary([{ id: 'r', text }], q.matcher).rows;
    const texts = new Map([['r', text]]);
    const fx = effects();
    const exact = codeSearchHits(rows, 'c', { ...fx, coder: 'a', texts });
    expect(exact.map((c) => c.quote)).toEqual(['复议', '复议']);
    const sent = codeSearchHits(rows, 'c', { ...fx, coder: 'a', texts, expand: 'sentence' });
    expect(sent.map((c) => c.quote)).toEqual(['开展行政复议。', '复议案件96件。']);
    expect(sent.every((c) => c.auto)).toBe(true);
    const para = codeSearchHits(rows, 'c', {
      ...fx,
      coder: 'a',
      texts,
      expand: 'paragraph',
      existing: [],
    });
    expect(para.map((c) => c.quote)).toEqual(['开展行政复议。复议案件96件。']);
  });
});
