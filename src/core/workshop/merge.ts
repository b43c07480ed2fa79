// Merge planning: reports matched by content hash, codebooks and codes by id then by name,
// codings kept per coder (a coding is the same when its id, or its report, code, span and coder,
// match). Nothing local is replaced unless the user ticks that table's conflicts.
import type { Code, Coding } from '../codebook/types.ts';
import type { Bundle, BundleError, Outcome, Rec } from './types.ts';
import { PLAIN_TABLES } from './types.ts';
import { sameRecord } from './stable.ts';
import { plainKey, remapPlain } from './remap.ts';
import {
  perTable,
  type Conflict,
  type LocalState,
  type MergePlan,
  type MergeTable,
  type MergeWrites,
} from './merge-types.ts';

/** Report fields a user edits; the rest describes the file and the import. */
const REPORT_META = [
  'title',
  'locality',
  'year',
  'published',
  'issuer',
  'edited',
  'localityName',
  'province',
  'tier',
];
const pick = (r: Rec, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k]]));

const codingKey = (c: Pick<Coding, 'reportId' | 'codeId' | 'start' | 'end' | 'coder'>) =>
  `${c.reportId}|${c.codeId}|${c.start}|${c.end}|${c.coder}`;

function depth(c: Code, byId: Map<string, Code>): number {
  let d = 0;
  for (let p = c.parentId; p && d < 100; p = byId.get(p)?.parentId ?? null) d++;
  return d;
}

class Planner {
  plan: MergePlan = {
    add: perTable<Rec[]>(() => []),
    same: perTable(() => 0),
    conflicts: perTable<Conflict[]>(() => []),
    texts: [],
    reportIds: new Map(),
    codeIds: new Map(),
    codebookIds: new Map(),
    exercise: null,
  };
  taken = new Set<string>();
  constructor(
    private local: LocalState,
    private newId: () => string,
  ) {}

  /** The bundle's id when no local row (of any table) has it, else a fresh one. */
  freeId(id: string, localIds: ReadonlySet<string>): string {
    const out = localIds.has(id) || this.taken.has(id) ? this.newId() : id;
    this.taken.add(out);
    return out;
  }

  compare(table: MergeTable, local: Rec, incoming: Rec) {
    if (sameRecord(local, incoming)) this.plan.same[table]++;
    else this.plan.conflicts[table].push({ local, incoming });
  }

  reports(b: Bundle): BundleError | null {
    const byHash = new Map(this.local.reports.map((r) => [r.hash as string, r]));
    const ids = new Set(this.local.reports.map((r) => r.id as string));
    for (const { removed, ...row } of b.manifest.data.reports) {
      const local = byHash.get(row.hash);
      if (local) {
        this.plan.reportIds.set(row.id, local.id as string);
        const incoming = { ...local, ...pick(row, REPORT_META) };
        if (sameRecord(pick(local, REPORT_META), pick(row, REPORT_META))) this.plan.same.reports++;
        else this.plan.conflicts.reports.push({ local, incoming });
        continue;
      }
      const id = this.freeId(row.id, ids);
      this.plan.reportIds.set(row.id, id);
      // Quantities are not carried: they are regenerated (extractVersion 0 asks for it).
      this.plan.add.reports.push({ ...row, id, extractVersion: 0 });
      this.plan.texts.push({ reportId: id, text: b.texts.get(row.id)!, removed });
      byHash.set(row.hash, { ...row, id });
    }
    const missing: string[] = [];
    for (const ref of b.manifest.data.reportRefs) {
      const local = byHash.get(ref.hash);
      if (local) this.plan.reportIds.set(ref.id, local.id as string);
      else missing.push(ref.title || ref.id);
    }
    if (missing.length)
      return {
        code: 'missing-report',
        detail:
          missing.slice(0, 5).join('、') + (missing.length > 5 ? ` … +${missing.length - 5}` : ''),
      };
    return null;
  }

  codebooks(b: Bundle) {
    const byId = new Map(this.local.codebooks.map((x) => [x.id, x]));
    const byName = new Map(this.local.codebooks.map((x) => [x.name, x]));
    for (const book of b.manifest.data.codebooks) {
      const local = byId.get(book.id) ?? byName.get(book.name);
      if (local) {
        this.plan.codebookIds.set(book.id, local.id);
        this.compare('codebooks', local as unknown as Rec, { ...book, id: local.id });
      } else {
        const id = this.freeId(book.id, new Set(byId.keys()));
        this.plan.codebookIds.set(book.id, id);
        this.plan.add.codebooks.push({ ...book, id });
      }
    }
  }

  codes(b: Bundle) {
    const byId = new Map(this.local.codes.map((c) => [c.id, c]));
    const incomingById = new Map(b.manifest.data.codes.map((c) => [c.id, c]));
    const sorted = [...b.manifest.data.codes].sort(
      (x, y) => depth(x, incomingById) - depth(y, incomingById),
    );
    for (const code of sorted) {
      const codebookId = this.plan.codebookIds.get(code.codebookId)!;
      const parentId = code.parentId === null ? null : this.plan.codeIds.get(code.parentId)!;
      const local =
        byId.get(code.id) ??
        this.local.codes.find((c) => c.codebookId === codebookId && c.name === code.name);
      if (local) {
        this.plan.codeIds.set(code.id, local.id);
        this.compare('codes', local as unknown as Rec, {
          ...code,
          id: local.id,
          codebookId,
          parentId,
        });
      } else {
        const id = this.freeId(code.id, new Set(byId.keys()));
        this.plan.codeIds.set(code.id, id);
        this.plan.add.codes.push({ ...code, id, codebookId, parentId });
      }
    }
  }

  rulesAndCodings(b: Bundle) {
    const rules = new Map(this.local.rules.map((r) => [r.id, r]));
    for (const rule of b.manifest.data.rules) {
      const row = { ...rule, codeId: this.plan.codeIds.get(rule.codeId)! };
      const local = rules.get(rule.id);
      if (local) this.compare('rules', local as unknown as Rec, row);
      else this.plan.add.rules.push(row);
    }
    const byId = new Map(this.local.codings.map((c) => [c.id, c]));
    const keys = new Set(this.local.codings.map(codingKey));
    for (const c of b.manifest.data.codings) {
      const row: Coding = {
        ...c,
        reportId: this.plan.reportIds.get(c.reportId)!,
        codeId: this.plan.codeIds.get(c.codeId)!,
      };
      const local = byId.get(c.id);
      if (local) this.compare('codings', local as unknown as Rec, row as unknown as Rec);
      else if (keys.has(codingKey(row))) this.plan.same.codings++;
      else {
        keys.add(codingKey(row));
        this.plan.add.codings.push(row as unknown as Rec);
      }
    }
  }

  plainTables(b: Bundle) {
    for (const table of PLAIN_TABLES) {
      const key = plainKey(table);
      const local = new Map(this.local.plain[table].map((r) => [r[key] as string, r]));
      for (const row of b.manifest.data[table]) {
        const incoming = remapPlain(table, row, this.plan.reportIds);
        const mine = local.get(incoming[key] as string);
        if (mine) this.compare(table, mine, incoming);
        else this.plan.add[table].push(incoming);
      }
    }
    const settings = new Map(this.local.settings.map((s) => [s.key, s]));
    for (const s of b.manifest.data.settings) {
      const mine = settings.get(s.key);
      if (mine) this.compare('settings', mine as unknown as Rec, s as unknown as Rec);
      else this.plan.add.settings.push(s as unknown as Rec);
    }
  }

  exercise(b: Bundle) {
    const ex = b.manifest.exercise;
    if (!ex) return;
    this.plan.exercise = {
      ...ex,
      codebookId: this.plan.codebookIds.get(ex.codebookId)!,
      reportIds: ex.reportIds.map((id) => this.plan.reportIds.get(id)!),
    };
  }
}

/** Plans merging a validated bundle into the local data; refuses when it needs missing reports. */
export function planMerge(b: Bundle, local: LocalState, newId: () => string): Outcome<MergePlan> {
  const p = new Planner(local, newId);
  const missing = p.reports(b);
  if (missing) return { ok: false, error: missing };
  p.codebooks(b);
  p.codes(b);
  p.rulesAndCodings(b);
  p.plainTables(b);
  p.exercise(b);
  return { ok: true, value: p.plan };
}

/** The writes for a plan: every addition, and the conflicts of the tables the user chose. */
export function mergeWrites(plan: MergePlan, overwrite: ReadonlySet<MergeTable>): MergeWrites {
  const puts = perTable<Rec[]>(() => []);
  for (const t of Object.keys(puts) as MergeTable[]) {
    puts[t] = [
      ...plan.add[t],
      ...(overwrite.has(t) ? plan.conflicts[t].map((c) => c.incoming) : []),
    ];
  }
  return { puts, texts: plan.texts };
}

/** Rows that would be added, per table, and how many conflicts: for the preview. */
export function planCounts(plan: MergePlan) {
  return Object.fromEntries(
    (Object.keys(plan.add) as MergeTable[]).map((t) => [
      t,
      { add: plan.add[t].length, same: plan.same[t], conflicts: plan.conflicts[t].length },
    ]),
  ) as Record<MergeTable, { add: number; same: number; conflicts: number }>;
}
