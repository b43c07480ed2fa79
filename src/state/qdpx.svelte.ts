/* eslint-disable svelte/prefer-svelte-reactivity -- Maps, Sets and Dates here are local values, never reactive state. */
// REFI-QDA project exchange: export a codebook with its reports and codings as .qdpx, and
// import a .qdpx — its text sources through the normal import pipeline (so they become
// reports like any other file), then its codebook and codings as one undoable action.
import { buildQdpx, projectEdit, readQdpx, type Landing } from '../core/refi/index.ts';
import { getDb } from '../db/schema.ts';
import { loadQdpxExport } from '../db/refi.ts';
import { textsOf } from '../db/coding.ts';
import { importer } from './importer.svelte.ts';
import { undoLog } from './undo.svelte.ts';

export interface QdpxImportOutcome {
  project: string;
  sources: number;
  codes: number;
  codings: number;
  /** Left out of the file (unknown/unsupported elements). */
  skipped: string[];
  /** Sources or codings that did not make it into the library. */
  lost: string[];
}

const fx = () => ({ newId: () => crypto.randomUUID(), now: () => new Date().toISOString() });

/** A file name per source, unique, without path separators (the pipeline reads paths). */
function fileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    const base = n.replace(/[\\/]/g, '／').replace(/\.txt$/i, '') || '来源';
    let name = `${base}.txt`;
    for (let k = 2; seen.has(name); k++) name = `${base}-${k}.txt`;
    seen.add(name);
    return name;
  });
}

export class QdpxState {
  busy = $state(false);
  error = $state<string | null>(null);
  outcome = $state<QdpxImportOutcome | null>(null);

  /** Builds the .qdpx for a codebook; null (and `error`) when there is nothing to export. */
  async exportProject(
    codebookId: string,
    all: boolean,
  ): Promise<{ name: string; bytes: Uint8Array } | null> {
    this.error = null;
    const data = await loadQdpxExport(getDb(), codebookId, all);
    if (!data) {
      this.error = '代码簿不存在。';
      return null;
    }
    if (!data.sources.length) {
      this.error = all
        ? '文库里没有报告可导出。'
        : '这个代码簿还没有任何编码：勾选“导出全部报告”或先编码。';
      return null;
    }
    const bytes = buildQdpx({
      projectName: data.codebook.name,
      ...data,
      now: new Date().toISOString(),
      newGuid: () => crypto.randomUUID(),
    });
    return { name: `${data.codebook.name}.qdpx`, bytes };
  }

  async importFile(file: File): Promise<QdpxImportOutcome | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = null;
    this.outcome = null;
    try {
      const read = readQdpx(new Uint8Array(await file.arrayBuffer()), fx());
      if (!read.value) {
        this.error = read.errors.join(' ');
        return null;
      }
      const project = read.value;
      const names = fileNames(project.sources.map((s) => s.name));
      const enc = new TextEncoder();
      const summary = await importer.importSources(
        project.sources.map((s, i) => ({ name: names[i], bytes: enc.encode(s.text) })),
      );
      if (project.sources.length && !summary) {
        this.error = '另一项导入正在进行，请等它完成后再导入项目。';
        return null;
      }
      const byName = new Map(importer.results.map((r) => [r.file, r]));
      const ids = importer.results.flatMap((r) => (r.id && r.status !== 'failed' ? [r.id] : []));
      const texts = await textsOf(getDb(), ids);
      const landings: Landing[] = names.map((n) => {
        const r = byName.get(n);
        const text = r?.id ? texts.get(r.id) : undefined;
        if (r && r.status !== 'failed' && r.id && text !== undefined)
          return { reportId: r.id, text };
        return { error: r?.message ?? '没有导入结果' };
      });
      const made = projectEdit(project, landings, fx());
      await undoLog.perform(made.edit);
      this.outcome = {
        project: project.name,
        sources: landings.filter((l) => 'reportId' in l).length,
        codes: project.codes.length,
        codings: made.codings,
        skipped: read.skipped,
        lost: made.lost,
      };
      return this.outcome;
    } catch (e) {
      this.error = `导入失败：${String(e)}`;
      return null;
    } finally {
      this.busy = false;
    }
  }
}

export const qdpx = new QdpxState();
