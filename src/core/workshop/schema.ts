// The manifest schema (valibot): types, sizes and shapes, checked before anything is stored.
// Records whose shape belongs to another module pass their other fields through untouched;
// references between records are checked in references.ts.
import * as v from 'valibot';
import { LIMITS } from './limits.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Manifest, type Outcome } from './types.ts';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const short = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const long = v.pipe(v.string(), v.maxLength(LIMITS.longText));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const rows = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(LIMITS.rows));
const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'SHA-256 hash expected'));

const heading = v.looseObject({
  level: v.picklist([1, 2, 3, 4]),
  marker: short,
  title: long,
  start: offset,
  end: offset,
  sectionEnd: offset,
});

const report = v.looseObject({
  id,
  hash,
  title: short,
  fileName: short,
  chars: offset,
  importedAt: finite,
  edited: v.array(short),
  outline: v.pipe(v.array(heading), v.maxLength(100_000)),
  warnings: v.array(long),
  removed: v.pipe(
    v.array(v.looseObject({ kind: short, text: long, line: offset })),
    v.maxLength(100_000),
  ),
});

const reportRef = v.object({ id, hash, title: short });

const codebook = v.object({
  id,
  name: short,
  description: long,
  builtIn: v.optional(short),
  createdAt: short,
});

const code = v.object({
  id,
  codebookId: id,
  parentId: v.nullable(id),
  name: v.pipe(short, v.minLength(1)),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'colour #rrggbb expected')),
  description: long,
  order: finite,
  keywords: v.pipe(v.array(short), v.maxLength(1000)),
  favourite: v.optional(v.boolean()),
  guid: short,
  templateKey: v.optional(short),
});

const coding = v.pipe(
  v.object({
    id,
    reportId: id,
    codeId: id,
    start: offset,
    end: offset,
    quote: v.pipe(v.string(), v.maxLength(LIMITS.textBytes)),
    memo: long,
    coder: short,
    auto: v.boolean(),
    ruleId: v.optional(id),
    createdAt: short,
    updatedAt: short,
  }),
  v.check((c) => c.start < c.end, 'coding end must be after its start'),
);

const rule = v.object({
  id,
  name: short,
  codeId: id,
  keywords: v.pipe(v.array(short), v.maxLength(1000)),
  regex: v.optional(short),
  scope: v.picklist(['sentence', 'paragraph', 'section']),
  part: v.optional(v.picklist(['measures', 'shortcomings', 'firstResponsible', 'nextYear'])),
  level: v.optional(v.picklist([1, 2, 3, 4])),
});

const decision = v.looseObject({
  id,
  reportId: id,
  status: v.picklist(['confirmed', 'rejected', 'corrected']),
  note: v.optional(long),
  by: short,
  at: finite,
});
const indicator = v.looseObject({ id, name: short, keywords: v.array(v.array(short)) });
const compareSet = v.looseObject({
  id,
  name: short,
  reportIds: v.array(id),
  options: v.looseObject({}),
  at: finite,
});
const cellChoice = v.looseObject({ id, reportId: id, indicatorId: id, by: short, at: finite });
const population = v.looseObject({
  locality: short,
  population: v.pipe(finite, v.minValue(0)),
  at: finite,
});
const chart = v.looseObject({ id, name: v.optional(short) });
const setting = v.object({ key: short, value: v.unknown() });

const exercise = v.object({
  id,
  title: short,
  instructions: long,
  codebookId: id,
  reportIds: v.array(id),
});

const data = v.object({
  reports: v.pipe(v.array(report), v.maxLength(LIMITS.reports)),
  reportRefs: v.pipe(v.array(reportRef), v.maxLength(LIMITS.reports)),
  codebooks: rows(codebook),
  codes: rows(code),
  codings: rows(coding),
  rules: rows(rule),
  decisions: rows(decision),
  indicators: rows(indicator),
  compareSets: rows(compareSet),
  cellChoices: rows(cellChoice),
  populations: rows(population),
  charts: rows(chart),
  settings: v.pipe(v.array(setting), v.maxLength(1000)),
});

const manifest = v.object({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(BUNDLE_VERSION),
  kind: v.picklist(['workspace', 'backup', 'exercise', 'submission']),
  createdAt: short,
  createdBy: short,
  title: short,
  exercise: v.optional(exercise),
  coder: v.optional(short),
  data,
});

/** Where and why the first few issues failed, e.g. `data.codings.3.end: Invalid type`. */
function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  if (issues.length > 5) lines.push(`… +${issues.length - 5}`);
  return lines.join('; ');
}

/** Checks a parsed manifest.json: the format, the version, then every field. */
export function parseManifest(json: unknown): Outcome<Manifest> {
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BUNDLE_FORMAT)
    return { ok: false, error: { code: 'wrong-format', detail: String(head?.format ?? '') } };
  if (typeof head.version !== 'number' || !Number.isInteger(head.version))
    return { ok: false, error: { code: 'invalid', detail: 'version: integer expected' } };
  if (head.version > BUNDLE_VERSION)
    return { ok: false, error: { code: 'future-version', detail: String(head.version) } };
  const r = v.safeParse(manifest, json);
  if (!r.success) return { ok: false, error: { code: 'invalid', detail: describe(r.issues) } };
  return { ok: true, value: r.output as Manifest };
}
