/* eslint-disable svelte/prefer-svelte-reactivity -- Sets here are local values, never mutated reactive state. */
// The workshop's state: reading a bundle into a preview, merging it (the user picks which
// conflicting tables to replace), exporting bundles, exercise packs and submissions, backups.
import * as Comlink from 'comlink';
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { getSetting, setSetting } from '../db/settings.ts';
import {
  BACKUP_SNOOZE_KEY,
  LAST_BACKUP_KEY,
  listExercises,
  listSubmissions,
  saveExercise,
  type ExerciseRecord,
  type SubmissionRecord,
} from '../db/workshop.ts';
import type { ExportSelection } from '../db/workshop-export.ts';
import type { PreviewInfo, WorkshopWorkerApi } from '../worker/workshop-api.ts';
import {
  EXPORT_PARTS,
  type BundleError,
  type BundleKind,
  type ExerciseInfo,
  type ExportPart,
  type MergeTable,
} from '../core/workshop/index.ts';
import { settings } from './settings.svelte.ts';
import { importer } from './importer.svelte.ts';
import { codingStore } from './coding-store.svelte.ts';

const newId = () => crypto.randomUUID();

/** The worker that zips, validates and merges bundles (started on first use). */
let client: Comlink.Remote<WorkshopWorkerApi> | null = null;
function worker(): Comlink.Remote<WorkshopWorkerApi> {
  client ??= Comlink.wrap<WorkshopWorkerApi>(
    new Worker(new URL('../worker/workshop-worker.ts', import.meta.url), {
      type: 'module',
      name: 'workshop',
    }),
  );
  return client;
}

export interface Pending {
  token: string;
  fileName: string;
  info: PreviewInfo;
}

export interface ImportDone {
  fileName: string;
  kind: BundleKind;
  added: number;
  replaced: number;
}

export interface Download {
  bytes: Uint8Array;
  name: string;
}

/** `报告对照台-备份-20240102-0930.zip`, in local time. */
function fileName(kind: string, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  return `报告对照台-${kind}-${stamp}.zip`;
}

const KIND_NAMES: Record<BundleKind, string> = {
  workspace: '工作区',
  backup: '备份',
  exercise: '练习包',
  submission: '提交',
};

export class WorkshopState {
  pending = $state.raw<Pending | null>(null);
  overwrite = $state<MergeTable[]>([]);
  error = $state.raw<{ fileName: string; error: BundleError } | null>(null);
  done = $state.raw<ImportDone[]>([]);
  busy = $state(false);
  exercises = $state.raw<ExerciseRecord[]>([]);
  submissions = $state.raw<SubmissionRecord[]>([]);
  lastBackupAt = $state<number | null>(null);
  snoozedUntil = $state<number | null>(null);
  /** The exercise whose instructions are shown (the last opened, by default). */
  currentExerciseId = $state<string | null>(null);
  current = $derived(
    this.exercises.find((e) => e.id === this.currentExerciseId) ?? this.exercises[0] ?? null,
  );
  #subs: Subscription[] = [];

  start() {
    if (this.#subs.length || typeof window === 'undefined') return;
    const db = getDb();
    this.#subs.push(
      liveQuery(() => listExercises(db)).subscribe({
        next: (x) => (this.exercises = x),
        error: (e) => console.error('exercises query failed', e),
      }),
      liveQuery(() => listSubmissions(db)).subscribe({
        next: (x) => (this.submissions = x),
        error: (e) => console.error('submissions query failed', e),
      }),
      liveQuery(async () => ({
        last: await getSetting<number | null>(db, LAST_BACKUP_KEY, null),
        snooze: await getSetting<number | null>(db, BACKUP_SNOOZE_KEY, null),
      })).subscribe({
        next: (x) => {
          this.lastBackupAt = x.last;
          this.snoozedUntil = x.snooze;
        },
        error: (e) => console.error('backup settings query failed', e),
      }),
    );
  }

  clearMessages() {
    this.error = null;
    this.done = [];
  }

  /** Reads a file into a preview (nothing is written). With `expect`, other kinds are refused. */
  async read(file: File, expect?: BundleKind): Promise<Pending | null> {
    this.busy = true;
    if (this.pending) void worker().drop(this.pending.token);
    this.pending = null;
    this.overwrite = [];
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const token = newId();
      const r = await worker().preview(token, Comlink.transfer(bytes, [bytes.buffer]));
      if (!r.ok) {
        this.error = { fileName: file.name, error: r.error };
        return null;
      }
      const kind = r.value.manifest.kind;
      if (expect && kind !== expect) {
        void worker().drop(token);
        this.error = { fileName: file.name, error: { code: 'wrong-kind', detail: kind } };
        return null;
      }
      this.error = null;
      this.pending = { token, fileName: file.name, info: r.value };
      return this.pending;
    } catch (e) {
      this.error = { fileName: file.name, error: { code: 'invalid', detail: String(e) } };
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** A fresh preview of a file the user picked (earlier messages cleared). */
  async preview(file: File): Promise<void> {
    this.clearMessages();
    await this.read(file);
  }

  /** Writes the previewed bundle: additions, plus the conflicts of the tables ticked. */
  async confirm(): Promise<boolean> {
    const p = this.pending;
    if (!p) return false;
    this.busy = true;
    try {
      const { manifest: m, counts, exercise: ex } = p.info;
      const overwrite = [...this.overwrite];
      const err = await worker().confirm(p.token, overwrite, {
        fileName: p.fileName,
        submissionId: newId(),
        now: Date.now(),
      });
      if (err) {
        this.error = { fileName: p.fileName, error: err };
        return false;
      }
      this.pending = null;
      const replaced = overwrite.reduce((s, t) => s + counts[t].conflicts, 0);
      const added = Object.values(counts).reduce((s, c) => s + c.add, 0);
      this.done = [
        ...this.done,
        { fileName: p.fileName, kind: m.kind, added: added + replaced, replaced },
      ];
      if (m.kind === 'exercise' && ex) {
        this.currentExerciseId = ex.id;
        codingStore.setActive(ex.codebookId);
      }
      if (counts.reports.add) void importer.backfill();
      // A restored language or coder name takes effect at once.
      if (counts.settings.add || overwrite.includes('settings')) void settings.load();
      return true;
    } finally {
      this.busy = false;
    }
  }

  cancel() {
    if (this.pending) void worker().drop(this.pending.token);
    this.pending = null;
  }

  /** One click for participants: a pack without conflicts opens at once, else it is previewed. */
  async openExercise(file: File): Promise<void> {
    this.clearMessages();
    const p = await this.read(file, 'exercise');
    if (p && Object.values(p.info.counts).every((c) => c.conflicts === 0)) await this.confirm();
  }

  /** The trainer drops many submissions: each is merged as it is (no replacing). */
  async importSubmissions(files: readonly File[]): Promise<void> {
    this.clearMessages();
    const errors: { fileName: string; error: BundleError }[] = [];
    for (const f of files) {
      if (!(await this.read(f, 'submission'))) {
        if (this.error) errors.push(this.error);
        continue;
      }
      if (!(await this.confirm()) && this.error) errors.push(this.error);
    }
    this.error = errors[0] ?? null;
  }

  #selection(kind: BundleKind, over: Partial<ExportSelection>): ExportSelection {
    return {
      kind,
      parts: new Set(EXPORT_PARTS),
      reportIds: null,
      codebookIds: null,
      title: KIND_NAMES[kind],
      createdBy: settings.coderName,
      createdAt: new Date().toISOString(),
      ...over,
    };
  }

  async exportWorkspace(
    parts: readonly ExportPart[],
    reportIds: string[] | null,
    codebookIds: string[] | null,
  ): Promise<Download> {
    const sel = this.#selection('workspace', {
      parts: new Set(parts),
      reportIds: reportIds && [...reportIds],
      codebookIds: codebookIds && [...codebookIds],
    });
    return { bytes: await worker().exportBundle(sel), name: fileName('工作区', new Date()) };
  }

  async backup(): Promise<Download> {
    const now = new Date();
    const bytes = await worker().exportBundle(this.#selection('backup', {}));
    await setSetting(getDb(), LAST_BACKUP_KEY, now.getTime());
    return { bytes, name: fileName('备份', now) };
  }

  async snoozeBackup(days = 1) {
    await setSetting(getDb(), BACKUP_SNOOZE_KEY, Date.now() + days * 24 * 3600 * 1000);
  }

  /** A pack of chosen reports and one codebook, recorded here so agreement can find it. */
  async exportExercise(info: Omit<ExerciseInfo, 'id'>): Promise<Download> {
    // Plain copies: arrays from the form are reactive proxies, which IndexedDB cannot clone.
    const exercise: ExerciseInfo = { ...info, reportIds: [...info.reportIds], id: newId() };
    const sel = this.#selection('exercise', {
      parts: new Set(['reports', 'codebooks']),
      reportIds: exercise.reportIds,
      codebookIds: [exercise.codebookId],
      title: exercise.title,
      exercise,
    });
    const bytes = await worker().exportBundle(sel);
    await saveExercise(getDb(), {
      ...exercise,
      openedAt: Date.now(),
      role: 'trainer',
      createdBy: settings.coderName,
    });
    return { bytes, name: fileName(`练习包-${exercise.title}`, new Date()) };
  }

  /** The participant's codings (by their coder name) in the exercise's reports and codebook. */
  async exportSubmission(ex: ExerciseRecord): Promise<Download> {
    const coder = settings.coderName;
    const { openedAt: _o, role: _r, createdBy: _c, ...exercise } = ex;
    const sel = this.#selection('submission', {
      parts: new Set(['codings']),
      reportIds: ex.reportIds,
      codebookIds: [ex.codebookId],
      coder,
      title: `${ex.title} · ${coder}`,
      exercise,
    });
    return { bytes: await worker().exportBundle(sel), name: fileName(`提交-${coder}`, new Date()) };
  }
}

export const workshop = new WorkshopState();
