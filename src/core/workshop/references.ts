// References inside a bundle: every coding, code, rule and decision must point at something the
// bundle carries (or, for reports, names by hash), ids must be unique, spans inside their texts.
import type { BundleData, BundleError, Manifest } from './types.ts';

function dupe(rows: readonly { id: string }[]): string | null {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) return r.id;
    seen.add(r.id);
  }
  return null;
}

const refError = (code: BundleError['code'], detail: string): BundleError => ({ code, detail });

/** The first broken reference, or null when the bundle is whole. */
export function checkReferences(m: Manifest, texts: Map<string, string>): BundleError | null {
  const d: BundleData = m.data;
  for (const [name, rows] of [
    ['reports', [...d.reports, ...d.reportRefs]],
    ['codebooks', d.codebooks],
    ['codes', d.codes],
    ['codings', d.codings],
    ['rules', d.rules],
  ] as const) {
    const id = dupe(rows);
    if (id !== null) return refError('invalid', `${name}: duplicate id ${id}`);
  }
  const reports = new Set([...d.reports, ...d.reportRefs].map((r) => r.id));
  const books = new Set(d.codebooks.map((b) => b.id));
  const codes = new Map(d.codes.map((c) => [c.id, c]));
  for (const c of d.codes) {
    if (!books.has(c.codebookId)) return refError('missing-code', `code ${c.name}: codebook`);
    const parent = c.parentId === null ? null : codes.get(c.parentId);
    if (c.parentId !== null && (!parent || parent.codebookId !== c.codebookId))
      return refError('missing-code', `code ${c.name}: parent ${c.parentId}`);
  }
  for (const c of d.codings) {
    if (!reports.has(c.reportId))
      return refError('missing-report', `coding ${c.id}: ${c.reportId}`);
    if (!codes.has(c.codeId)) return refError('missing-code', `coding ${c.id}: ${c.codeId}`);
    const text = texts.get(c.reportId);
    if (text !== undefined && c.end > text.length)
      return refError('invalid', `coding ${c.id}: end ${c.end} > ${text.length}`);
  }
  for (const r of d.rules)
    if (!codes.has(r.codeId)) return refError('missing-code', `rule ${r.name}: ${r.codeId}`);
  for (const row of [...d.decisions, ...d.cellChoices])
    if (!reports.has(row.reportId as string))
      return refError('missing-report', `${String(row.id)}: ${String(row.reportId)}`);
  for (const s of d.compareSets)
    for (const rid of s.reportIds as string[])
      if (!reports.has(rid)) return refError('missing-report', `${String(s.name)}: ${rid}`);
  const ex = m.exercise;
  if (ex) {
    if (!books.has(ex.codebookId)) return refError('missing-code', `exercise: ${ex.codebookId}`);
    for (const rid of ex.reportIds)
      if (!reports.has(rid)) return refError('missing-report', `exercise: ${rid}`);
  }
  for (const r of d.reports)
    if (!texts.has(r.id)) return refError('missing-text', `${r.title} (${r.id})`);
  return null;
}
