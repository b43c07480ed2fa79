// Gathering what a bundle carries: the chosen reports (with texts, or as references by hash),
// codebooks with their codes and rules, codings, quantity decisions, indicator edits, compare
// sets and cell choices, populations, saved charts and the settings that travel.
import type { ReportbenchDb } from './schema.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  emptyData,
  type BundleData,
  type BundleKind,
  type BundleReport,
  type ExerciseInfo,
  type ExportPart,
  type Manifest,
  type Rec,
  packBundle,
} from '../core/workshop/index.ts';
import { BACKUP_SETTINGS, SHARED_SETTINGS, plainTable } from './workshop.ts';

export interface ExportSelection {
  kind: BundleKind;
  parts: ReadonlySet<ExportPart>;
  /** null: every report. */
  reportIds: readonly string[] | null;
  /** null: every codebook. */
  codebookIds: readonly string[] | null;
  /** Only this coder's codings (a submission). */
  coder?: string;
  title: string;
  createdBy: string;
  createdAt: string;
  exercise?: ExerciseInfo;
}

export async function collectBundle(
  db: ReportbenchDb,
  sel: ExportSelection,
): Promise<{ manifest: Manifest; texts: Map<string, string> }> {
  const has = (p: ExportPart) => sel.parts.has(p);
  const data: BundleData = emptyData();
  const texts = new Map<string, string>();
  await db.transaction('r', db.tables, async () => {
    const reports = sel.reportIds
      ? (await db.reports.bulkGet([...sel.reportIds])).filter((r) => !!r)
      : await db.reports.toArray();
    const reportIds = new Set(reports.map((r) => r.id));
    const books = (await db.codebooks.toArray()).filter(
      (b) => !sel.codebookIds || sel.codebookIds.includes(b.id),
    );
    const bookIds = new Set(books.map((b) => b.id));
    const codes = (await db.codes.toArray()).filter((c) => bookIds.has(c.codebookId));
    const codeIds = new Set(codes.map((c) => c.id));
    if (has('codings'))
      data.codings = (
        await db.codings
          .where('reportId')
          .anyOf([...reportIds])
          .toArray()
      ).filter((c) => codeIds.has(c.codeId) && (sel.coder === undefined || c.coder === sel.coder));
    if (has('codebooks') || data.codings.length) {
      data.codebooks = books;
      data.codes = codes;
      data.rules = (await db.rules.toArray()).filter((r) => codeIds.has(r.codeId));
    }
    if (has('decisions'))
      data.decisions = (await db.decisions
        .where('reportId')
        .anyOf([...reportIds])
        .toArray()) as unknown as Rec[];
    if (has('indicators')) data.indicators = (await db.indicators.toArray()) as unknown as Rec[];
    if (has('compare')) {
      const choices = plainTable(db, 'cellChoices');
      data.cellChoices =
        (await choices
          ?.where('reportId')
          .anyOf([...reportIds])
          .toArray()) ?? [];
      data.compareSets = ((await plainTable(db, 'compareSets')?.toArray()) ?? []).filter((s) =>
        (s.reportIds as string[]).every((id) => reportIds.has(id)),
      );
      data.populations = (await plainTable(db, 'populations')?.toArray()) ?? [];
    }
    if (has('charts')) data.charts = (await plainTable(db, 'charts')?.toArray()) ?? [];
    if (has('settings')) {
      const keys = sel.kind === 'backup' ? BACKUP_SETTINGS : SHARED_SETTINGS;
      data.settings = (await db.settings.bulkGet(keys))
        .filter((s) => !!s)
        .map((s) => ({ key: s.key, value: s.value }));
    }
    if (has('reports')) {
      const rows = await db.texts.bulkGet([...reportIds]);
      for (const r of reports) {
        const t = rows.find((x) => x?.reportId === r.id);
        if (!t) continue;
        texts.set(r.id, t.text);
        const { extractVersion: _v, ...meta } = r;
        data.reports.push({ ...meta, removed: t.removed } as unknown as BundleReport);
      }
    } else {
      // Only the reports something points at travel, as references.
      const used = new Set<string>([
        ...data.codings.map((c) => c.reportId),
        ...data.decisions.map((d) => d.reportId as string),
        ...data.cellChoices.map((d) => d.reportId as string),
        ...data.compareSets.flatMap((s) => s.reportIds as string[]),
        ...(sel.exercise?.reportIds ?? []),
      ]);
      data.reportRefs = reports
        .filter((r) => used.has(r.id))
        .map((r) => ({ id: r.id, hash: r.hash, title: r.title }));
    }
  });
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    kind: sel.kind,
    createdAt: sel.createdAt,
    createdBy: sel.createdBy,
    title: sel.title,
    data,
  };
  if (sel.exercise) manifest.exercise = sel.exercise;
  if (sel.coder !== undefined) manifest.coder = sel.coder;
  return { manifest, texts };
}

/** The bundle file's bytes for a selection. */
export async function exportBundle(db: ReportbenchDb, sel: ExportSelection): Promise<Uint8Array> {
  const { manifest, texts } = await collectBundle(db, sel);
  return packBundle(manifest, texts);
}
