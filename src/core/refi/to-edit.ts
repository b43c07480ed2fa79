// Turns a read project into one undoable edit: a new codebook with the project's codes, and
// its codings placed on the reports its sources became (new or already in the library).
import type { Coding, Effects } from '../codebook/types.ts';
import type { Change, Edit } from '../undo/types.ts';
import { anchorSpans } from './anchor.ts';
import { normGuid } from './qde-read.ts';
import type { QdpxProject } from './types.ts';

/** Where each source landed: its report and canonical text, or why it was not imported. */
export type Landing = { reportId: string; text: string } | { error: string };

export interface ProjectEdit {
  edit: Edit;
  codings: number;
  /** Sources and codings that could not be placed, in Chinese. */
  lost: string[];
}

export function projectEdit(
  project: QdpxProject,
  landings: readonly Landing[],
  fx: Effects,
): ProjectEdit {
  const codeId = new Map(project.codes.map((c) => [normGuid(c.guid), c.id]));
  const codings: Coding[] = [];
  const lost: string[] = [];
  project.sources.forEach((s, i) => {
    const land = landings[i];
    if (!land || 'error' in land) {
      if (s.codings.length || land)
        lost.push(
          `来源“${s.name}”未能导入(${land?.error ?? '未知原因'}),其 ${s.codings.length} 处编码未导入。`,
        );
      return;
    }
    const spans = anchorSpans(s.text, land.text, s.codings);
    let missing = 0;
    s.codings.forEach((c, k) => {
      const span = spans[k];
      const id = codeId.get(c.codeGuid);
      if (!span || !id) return void missing++;
      const at = c.createdAt && !Number.isNaN(Date.parse(c.createdAt)) ? c.createdAt : fx.now();
      codings.push({
        id: fx.newId(),
        reportId: land.reportId,
        codeId: id,
        start: span.start,
        end: span.end,
        quote: land.text.slice(span.start, span.end),
        memo: c.memo,
        coder: c.coder || '未署名',
        auto: false,
        createdAt: at,
        updatedAt: at,
      });
    });
    if (missing)
      lost.push(`来源“${s.name}”中有 ${missing} 处编码的文字在导入后的文本里找不到，未导入。`);
  });
  const del = (table: 'codebooks' | 'codes' | 'codings', id: string): Change => ({
    table,
    op: 'delete',
    key: id,
  });
  return {
    edit: {
      label: `导入 REFI-QDA 项目“${project.name}”`,
      forward: [
        { table: 'codebooks', op: 'put', key: project.codebook.id, value: project.codebook },
        ...project.codes.map((c): Change => ({ table: 'codes', op: 'put', key: c.id, value: c })),
        ...codings.map((c): Change => ({ table: 'codings', op: 'put', key: c.id, value: c })),
      ],
      backward: [
        ...codings.map((c) => del('codings', c.id)),
        ...project.codes.map((c) => del('codes', c.id)),
        del('codebooks', project.codebook.id),
      ],
    },
    codings: codings.length,
    lost,
  };
}
