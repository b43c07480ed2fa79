// Sentence units from codings, disagreements, and adopting a version as the reference.
import { describe, expect, it } from 'vitest';
import type { Code, Coding } from '../../../src/core/codebook/types.ts';
import {
  REFERENCE_CODER,
  adoptVersion,
  agreementTable,
  disagreements,
} from '../../../src/core/workshop/index.ts';

const TEXT = '推进复议改革。办理案件96件。加强执法监督；\n开展普法宣传。';
// Sentences: [0,7) [7,15) [15,22) [23,30)
const code = (id: string): Code => ({
  id,
  codebookId: 'b',
  parentId: null,
  name: id,
  color: '#000000',
  description: '',
  order: 0,
  keywords: [],
  guid: id,
});
let n = 0;
const coding = (
  coder: string,
  codeId: string,
  start: number,
  end: number,
  reportId = 'r',
): Coding => ({
  id: `c${++n}`,
  reportId,
  codeId,
  start,
  end,
  quote: TEXT.slice(start, end),
  memo: '',
  coder,
  auto: false,
  createdAt: '',
  updatedAt: '',
});

describe('agreement on sentences', () => {
  const codes = [code('A'), code('B')];
  const codings = [
    coding('甲', 'A', 0, 4),
    coding('乙', 'A', 2, 6),
    // 甲 codes B over two sentences (units 1 and 2); 乙 only on unit 1.
    coding('甲', 'B', 8, 18),
    coding('乙', 'B', 9, 12),
    // 丙 coded nothing in this report: missing, not "no code".
    coding('丙', 'A', 0, 3, 'other'),
  ];
  const t = agreementTable({
    reports: [
      { id: 'r', text: TEXT },
      { id: 'other', text: '另一份。' },
    ],
    codes,
    codings,
    coders: ['甲', '乙', '丙'],
  });

  it('cuts sentences and marks every sentence a coding overlaps', () => {
    expect(t.units.filter((u) => u.reportId === 'r').map((u) => [u.start, u.end])).toEqual([
      [0, 7],
      [7, 15],
      [15, 22],
      [23, 30],
    ]);
    expect([...t.units[2]!.codes[0]!]).toEqual(['B']);
    expect([...t.units[2]!.codes[1]!]).toEqual([]);
    expect(t.units[0]!.codes[2]).toBeNull();
  });

  it('counts pairable units per row and lists the disagreements', () => {
    const [all, a, b] = t.rows;
    expect(all!.code).toBeNull();
    // 4 sentences coded by 甲 and 乙; the other report's one sentence has 丙 only.
    expect(all!.units).toBe(4);
    expect(a!.coded).toBe(1);
    expect(a!.percent).toBe(1);
    expect(b!.percent).toBe(0.75);
    expect(disagreements(t.units, 'B').map((u) => u.start)).toEqual([15]);
    expect(disagreements(t.units, 'A')).toEqual([]);
  });
});

describe('adopting a version as the reference', () => {
  it('replaces the reference in the sentence only, clipped, as one reversible edit', () => {
    const ref = coding(REFERENCE_CODER, 'B', 0, 14);
    const mine = coding('乙', 'B', 9, 20);
    let id = 0;
    const edit = adoptVersion(
      {
        reportId: 'r',
        text: TEXT,
        start: 7,
        end: 15,
        from: '乙',
        codeIds: new Set(['B']),
        codings: [ref, mine],
      },
      { newId: () => `n${++id}`, now: () => 'now' },
    );
    const puts = edit.forward.filter((c) => c.op === 'put').map((c) => c.value as Coding);
    // The old reference keeps its part before the sentence; 乙's coding is clipped to it.
    expect(puts.map((c) => [c.start, c.end, c.coder, c.quote])).toEqual([
      [0, 7, REFERENCE_CODER, TEXT.slice(0, 7)],
      [9, 15, REFERENCE_CODER, TEXT.slice(9, 15)],
    ]);
    expect(edit.forward[0]).toEqual({ table: 'codings', op: 'delete', key: ref.id });
    expect(edit.backward.at(-1)).toEqual({ table: 'codings', op: 'put', key: ref.id, value: ref });
    expect(edit.backward.filter((c) => c.op === 'delete')).toHaveLength(2);
  });
});

describe('backup reminder', async () => {
  const { backupDue, BACKUP_INTERVAL_MS: W } = await import('../../../src/core/workshop/index.ts');
  it('reminds only with data, after a week, and not while put off', () => {
    const now = 100 * W;
    const base = {
      now,
      reports: 3,
      lastBackupAt: null,
      firstImportAt: now - 2 * W,
      snoozedUntil: null,
    };
    expect(backupDue(base)).toBe(true);
    expect(backupDue({ ...base, reports: 0 })).toBe(false);
    expect(backupDue({ ...base, firstImportAt: now - 1000 })).toBe(false);
    expect(backupDue({ ...base, lastBackupAt: now - W / 2 })).toBe(false);
    expect(backupDue({ ...base, lastBackupAt: now - 2 * W })).toBe(true);
    expect(backupDue({ ...base, snoozedUntil: now + 1 })).toBe(false);
  });
});
