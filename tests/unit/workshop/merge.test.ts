// Merging into a database that already holds data: reports by hash, codes by id then name,
// codings per coder, conflicts only written when chosen; the exercise → submission flow.
import type { ReportbenchDb } from '../../../src/db/schema.ts';
import { testDbs } from './db.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, planImport } from '../../../src/db/workshop.ts';
import { exportBundle, type ExportSelection } from '../../../src/db/workshop-export.ts';
import { EXPORT_PARTS, mergeWrites, planCounts } from '../../../src/core/workshop/index.ts';
import { store, workspace, type Workspace } from './gen.ts';

const open = testDbs('merge');

const all = (over: Partial<ExportSelection> = {}): ExportSelection => ({
  kind: 'workspace',
  parts: new Set(EXPORT_PARTS),
  reportIds: null,
  codebookIds: null,
  title: 't',
  createdBy: '',
  createdAt: '2024-01-02T00:00:00.000Z',
  ...over,
});

let n = 0;
const newId = () => `new-${++n}`;

async function importInto(db: ReportbenchDb, bytes: Uint8Array, overwrite: string[] = []) {
  const p = await planImport(db, bytes, newId);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  const err = await applyMerge(db, mergeWrites(p.value.plan, new Set(overwrite as never[])));
  if (err) throw new Error(err.detail);
  return p.value.plan;
}

const sample = (seed: number): Workspace => fc.sample(workspace, { numRuns: 1, seed })[0]!;

describe('merge', () => {
  it('matches reports by hash even under other ids, and codes by name', async () => {
    const w = sample(3);
    const a = open();
    await store(a, w);
    // B imported the same texts itself (other report ids) and built a codebook with the same
    // names (other code ids).
    const b = open();
    const renamed: Workspace = {
      ...w,
      reports: w.reports.map((r) => ({ ...r, id: `b-${r.id}` })),
      codebooks: w.codebooks.map((x) => ({ ...x, id: `b-${x.id}` })),
      codes: w.codes.map((c) => ({
        ...c,
        id: `b-${c.id}`,
        codebookId: `b-${c.codebookId}`,
        parentId: c.parentId && `b-${c.parentId}`,
      })),
      codings: [],
      decisions: [],
      cellChoices: [],
      compareSets: [],
      charts: [],
    };
    await store(b, renamed);
    const plan = await importInto(b, await exportBundle(a, all()));
    const counts = planCounts(plan);
    expect(counts.reports).toEqual({ add: 0, same: w.reports.length, conflicts: 0 });
    expect(counts.codes.add).toBe(0);
    expect(await b.reports.count()).toBe(w.reports.length);
    // A's codings now point at B's reports and codes.
    const codings = await b.codings.toArray();
    expect(codings).toHaveLength(w.codings.length);
    for (const c of codings) {
      expect(c.reportId.startsWith('b-')).toBe(true);
      expect(c.codeId.startsWith('b-')).toBe(true);
    }
    const choice = await b.table('cellChoices').toArray();
    expect(choice[0]!.quantityId.startsWith('b-')).toBe(true);
  });

  it('keeps local versions unless the user chooses to replace them', async () => {
    const w = sample(4);
    const a = open();
    await store(a, w);
    const bytes = await exportBundle(a, all());
    const b = open();
    await importInto(b, bytes);
    await b.codes.update(w.codes[0]!.id, { name: '本机改名' });
    await b.reports.update(w.reports[0]!.id, { title: '本机标题' });
    const kept = await importInto(b, bytes);
    expect(kept.conflicts.codes).toHaveLength(1);
    expect(kept.conflicts.reports).toHaveLength(1);
    expect((await b.codes.get(w.codes[0]!.id))!.name).toBe('本机改名');
    expect((await b.reports.get(w.reports[0]!.id))!.title).toBe('本机标题');
    await importInto(b, bytes, ['codes', 'reports']);
    expect((await b.codes.get(w.codes[0]!.id))!.name).toBe(w.codes[0]!.name);
    expect((await b.reports.get(w.reports[0]!.id))!.title).toBe(w.reports[0]!.title);
  });

  it('exercise pack → participant codes → submission → trainer sees codings per coder', async () => {
    const w = sample(5);
    const trainer = open();
    await store(trainer, { ...w, codings: [] });
    const book = w.codebooks[0]!;
    const exercise = {
      id: 'ex-1',
      title: '练习一',
      instructions: '请标注复议相关句子',
      codebookId: book.id,
      reportIds: w.reports.map((r) => r.id),
    };
    const pack = await exportBundle(
      trainer,
      all({
        kind: 'exercise',
        parts: new Set(['reports', 'codebooks']),
        codebookIds: [book.id],
        exercise,
      }),
    );
    const participant = open();
    const opened = await importInto(participant, pack);
    expect(opened.exercise).toEqual(exercise);
    expect(await participant.codings.count()).toBe(0);
    const code = (await participant.codes.where('codebookId').equals(book.id).first())!;
    const r = w.reports[0]!;
    await participant.codings.add({
      id: 'p-1',
      reportId: r.id,
      codeId: code.id,
      start: 0,
      end: 3,
      quote: r.text.slice(0, 3),
      memo: '',
      coder: '乙',
      auto: false,
      createdAt: '',
      updatedAt: '',
    });
    const submission = await exportBundle(
      participant,
      all({
        kind: 'submission',
        parts: new Set(['codings']),
        codebookIds: [book.id],
        reportIds: exercise.reportIds,
        coder: '乙',
        exercise,
      }),
    );
    const back = await importInto(trainer, submission);
    expect(planCounts(back).reports.add).toBe(0);
    expect(await trainer.codings.where('coder').equals('乙').count()).toBe(1);
  });
});
