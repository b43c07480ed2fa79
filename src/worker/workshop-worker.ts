// The workshop worker: bundles are zipped, unzipped, hashed, validated and merged here, so a
// large backup never blocks the page.
import * as Comlink from 'comlink';
import { getDb } from '../db/schema.ts';
import { applyMerge, planImport, type PlannedImport } from '../db/workshop.ts';
import { exportBundle } from '../db/workshop-export.ts';
import { MERGE_TABLES, mergeWrites, planCounts, type Rec } from '../core/workshop/index.ts';
import type { WorkshopWorkerApi } from './workshop-api.ts';

const held = new Map<string, PlannedImport>();
const nameOf = (r: Rec) =>
  String(r.title ?? r.name ?? r.key ?? r.quote ?? r.locality ?? r.id ?? '').slice(0, 40);

const api: WorkshopWorkerApi = {
  async exportBundle(sel) {
    const bytes = await exportBundle(getDb(), sel);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  async preview(token, bytes) {
    const r = await planImport(getDb(), bytes, () => crypto.randomUUID());
    if (!r.ok) return r;
    held.clear();
    held.set(token, r.value);
    const { data, ...manifest } = r.value.bundle.manifest;
    const conflicts = r.value.plan.conflicts;
    return {
      ok: true,
      value: {
        manifest,
        codings: data.codings.length,
        counts: planCounts(r.value.plan),
        conflictNames: Object.fromEntries(
          MERGE_TABLES.map((t) => [t, conflicts[t].slice(0, 3).map((c) => nameOf(c.local))]),
        ) as Record<(typeof MERGE_TABLES)[number], string[]>,
        sanitised: r.value.sanitised,
        exercise: r.value.plan.exercise,
      },
    };
  },

  async confirm(token, overwrite, extras) {
    const p = held.get(token);
    if (!p) return { code: 'write-failed', detail: 'preview expired' };
    const m = p.bundle.manifest;
    const ex = p.plan.exercise;
    const err = await applyMerge(getDb(), mergeWrites(p.plan, new Set(overwrite)), {
      exercise:
        m.kind === 'exercise' && ex
          ? { ...ex, openedAt: extras.now, role: 'participant', createdBy: m.createdBy }
          : undefined,
      submission:
        m.kind === 'submission'
          ? {
              id: extras.submissionId,
              coder: m.coder ?? '',
              exerciseId: m.exercise?.id ?? null,
              fileName: extras.fileName,
              codings: m.data.codings.length,
              importedAt: extras.now,
            }
          : undefined,
    });
    if (!err) held.delete(token);
    return err;
  },

  async drop(token) {
    held.delete(token);
  },
};

Comlink.expose(api);
