// Reads what a REFI-QDA (.qdpx) export needs: one codebook, its codes, reports and codings.
import type { QdpxSourceIn } from '../core/refi/types.ts';
import type { Code, Codebook, Coding } from '../core/codebook/types.ts';
import type { ReportbenchDb } from './schema.ts';

export interface QdpxExportData {
  codebook: Codebook;
  codes: Code[];
  sources: QdpxSourceIn[];
  codings: Coding[];
}

/** The codebook's codes and codings; the reports it codes (or every report, with `all`). */
export async function loadQdpxExport(
  db: ReportbenchDb,
  codebookId: string,
  all: boolean,
): Promise<QdpxExportData | null> {
  return db.transaction(
    'r',
    [db.codebooks, db.codes, db.codings, db.reports, db.texts],
    async () => {
      const codebook = await db.codebooks.get(codebookId);
      if (!codebook) return null;
      const codes = await db.codes.where('codebookId').equals(codebookId).toArray();
      const ids = codes.map((c) => c.id);
      const codings = ids.length ? await db.codings.where('codeId').anyOf(ids).toArray() : [];
      const reports = all
        ? await db.reports.orderBy('importedAt').toArray()
        : (await db.reports.bulkGet([...new Set(codings.map((c) => c.reportId))])).filter(
            (r) => r !== undefined,
          );
      const texts = await db.texts.bulkGet(reports.map((r) => r.id));
      const sources = reports.flatMap((r, i): QdpxSourceIn[] =>
        texts[i]
          ? [
              {
                id: r.id,
                name: r.title || r.fileName,
                text: texts[i].text,
                createdAt: new Date(r.importedAt).toISOString(),
              },
            ]
          : [],
      );
      const kept = new Set(sources.map((s) => s.id));
      return { codebook, codes, sources, codings: codings.filter((c) => kept.has(c.reportId)) };
    },
  );
}
