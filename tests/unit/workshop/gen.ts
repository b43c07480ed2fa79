// Generated workspaces for the bundle tests: reports with texts and hashes, a code tree,
// codings by several coders, decisions, indicator edits, compare sets, charts and settings.
import fc from 'fast-check';
import { sha256Hex } from '../../../src/core/hash.ts';
import type { ReportbenchDb } from '../../../src/db/schema.ts';
import type { Code, Codebook, Coding } from '../../../src/core/codebook/types.ts';

const CHARS = '法治政府建设推进行政复议案件办理年度报告。，；！\n一二三';
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 20, maxLength: 300 })
  .map((a) => a.join(''));
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('<'));

export interface Workspace {
  reports: { id: string; text: string; title: string; year: number | null }[];
  codebooks: Codebook[];
  codes: Code[];
  codings: Coding[];
  decisions: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  compareSets: Record<string, unknown>[];
  cellChoices: Record<string, unknown>[];
  populations: Record<string, unknown>[];
  charts: Record<string, unknown>[];
  settings: { key: string; value: unknown }[];
}

export const workspace = fc
  .record({
    reports: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        text,
        title: name,
        year: fc.option(fc.integer({ min: 2015, max: 2025 })),
      }),
      { minLength: 1, maxLength: 4, selector: (r) => r.text },
    ),
    bookNames: fc.uniqueArray(name, { minLength: 1, maxLength: 2 }),
    codeNames: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    coders: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
    spans: fc.array(
      fc.record({
        r: fc.nat(),
        c: fc.nat(),
        k: fc.nat(),
        a: fc.nat(),
        b: fc.nat(),
        // Markup in memos is stripped on import by design (tested in the bad-input tests).
        memo: fc.string({ maxLength: 20 }).filter((s) => !s.includes('<')),
      }),
      { maxLength: 20 },
    ),
    population: fc.option(fc.integer({ min: 1, max: 10_000_000 })),
    locale: fc.constantFrom('zh-CN', 'en'),
  })
  .map((g): Workspace => {
    const at = '2024-01-01T00:00:00.000Z';
    const codebooks = g.bookNames.map((n, i) => ({
      id: `book-${i}`,
      name: n,
      description: `描述${i}`,
      createdAt: at,
    }));
    const codes: Code[] = g.codeNames.map((n, i) => ({
      id: `code-${i}`,
      codebookId: codebooks[i % codebooks.length]!.id,
      parentId: i >= codebooks.length ? `code-${i - codebooks.length}` : null,
      name: n,
      color: '#1f77b4',
      description: '',
      order: i,
      keywords: [n],
      guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const codings: Coding[] = [];
    const seen = new Set<string>();
    g.spans.forEach((s, i) => {
      const r = g.reports[s.r % g.reports.length]!;
      const start = s.a % r.text.length;
      const end = start + 1 + (s.b % (r.text.length - start));
      const codeId = codes[s.c % codes.length]!.id;
      const coder = g.coders[s.k % g.coders.length]!;
      const key = `${r.id}|${codeId}|${start}|${end}|${coder}`;
      if (seen.has(key)) return;
      seen.add(key);
      codings.push({
        id: `coding-${i}`,
        reportId: r.id,
        codeId,
        start,
        end,
        quote: r.text.slice(start, end),
        memo: s.memo,
        coder,
        auto: i % 3 === 0,
        createdAt: at,
        updatedAt: at,
      });
    });
    const r0 = g.reports[0]!;
    return {
      reports: g.reports,
      codebooks,
      codes,
      codings,
      decisions: [
        { id: `${r0.id}:0:2`, reportId: r0.id, status: 'corrected', value: 12, by: 'x', at: 1 },
      ],
      indicators: [
        {
          id: 'custom-x',
          name: '自定义',
          keywords: [['复议']],
          area: 1,
          kind: 'count',
          unitKinds: ['count'],
          builtIn: false,
          updatedAt: 1,
        },
      ],
      compareSets: [
        {
          id: 'set-1',
          name: '一组',
          reportIds: g.reports.map((r) => r.id),
          options: { tab: 'metrics', normalise: false, order: 'hand', indicatorIds: [] },
          at: 2,
        },
      ],
      cellChoices: [
        {
          id: `${r0.id}:custom-x`,
          reportId: r0.id,
          indicatorId: 'custom-x',
          quantityId: `${r0.id}:0:2`,
          manual: null,
          by: 'x',
          at: 3,
          history: [],
        },
      ],
      populations: g.population
        ? [{ locality: '某省|某市|某县', population: g.population, at: 4 }]
        : [],
      charts: [
        { id: 'chart-1', name: '图', updatedAt: 5, spec: { kind: 'bar', reportIds: [r0.id] } },
      ],
      settings: [
        { key: 'locale', value: g.locale },
        { key: 'activeCodebook', value: codebooks[0]!.id },
      ],
    };
  });

/** Stores a generated workspace as the app would have. */
export async function store(db: ReportbenchDb, w: Workspace): Promise<void> {
  let t = 1_700_000_000_000;
  for (const r of w.reports) {
    const meta = { title: r.title, locality: null, year: r.year, published: null, issuer: null };
    await db.reports.add({
      id: r.id,
      hash: await sha256Hex(r.text),
      fileName: `${r.title}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      bytes: r.text.length * 3,
      chars: r.text.length,
      importedAt: t++,
      titleComposed: false,
      ...meta,
      detected: meta,
      edited: [],
      outline: [],
      parts: { measures: false, shortcomings: false, firstResponsible: false, nextYear: false },
      warnings: [],
      extractVersion: 3,
      localityName: '',
      province: '',
      tier: '',
    });
    await db.texts.add({
      reportId: r.id,
      text: r.text,
      removed: [{ kind: 'breadcrumb', text: '首页', line: 0 }],
    });
  }
  await db.codebooks.bulkAdd(w.codebooks);
  await db.codes.bulkAdd(w.codes);
  await db.codings.bulkAdd(w.codings);
  await db.decisions.bulkAdd(w.decisions as never[]);
  await db.indicators.bulkAdd(w.indicators as never[]);
  await db.table('compareSets').bulkAdd(w.compareSets);
  await db.table('cellChoices').bulkAdd(w.cellChoices);
  await db.table('populations').bulkAdd(w.populations);
  await db.table('charts').bulkAdd(w.charts);
  await db.settings.bulkAdd(w.settings);
}
