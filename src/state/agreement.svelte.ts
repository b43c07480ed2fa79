/* eslint-disable svelte/prefer-svelte-reactivity -- Maps and Sets here are local values rebuilt on each change. */
// Agreement between coders: which codebook, reports and coders are compared, the table computed
// from the live codings, the disagreements of the chosen row, and adopting a reference version.
import { getDb } from '../db/schema.ts';
import { textsOf } from '../db/coding.ts';
import {
  REFERENCE_CODER,
  adoptVersion,
  agreementTable,
  disagreements,
  type UnitCodes,
} from '../core/workshop/index.ts';
import { flatten } from '../core/codebook/index.ts';
import { codingStore } from './coding-store.svelte.ts';
import { undoLog } from './undo.svelte.ts';
import { workshop } from './workshop.svelte.ts';

export class AgreementState {
  codebookId = $state<string | null>(null);
  /** The exercise whose reports are compared; null: every report with codings of the codebook. */
  exerciseId = $state<string | null>(null);
  /** null: every coder of the codebook except the reference. */
  coders = $state<string[] | null>(null);
  /** The row whose disagreements are listed: a code id, or null for all codes together. */
  rowCode = $state<string | null>(null);
  texts = $state.raw<Map<string, string>>(new Map());

  book = $derived(
    codingStore.codebooks.find((b) => b.id === this.codebookId) ??
      codingStore.codebooks.find((b) => b.id === this.exercise?.codebookId) ??
      codingStore.active,
  );
  /** The codebook's codes in tree order (parents before their children). */
  codes = $derived(
    flatten(codingStore.codes.filter((c) => c.codebookId === this.book?.id)).map((f) => f.code),
  );
  codings = $derived.by(() => {
    const ids = new Set(this.codes.map((c) => c.id));
    return codingStore.codings.filter((c) => ids.has(c.codeId));
  });
  /** Every coder with codings in this codebook, the reference last. */
  allCoders = $derived(
    [...new Set(this.codings.map((c) => c.coder))].sort((a, b) =>
      a === REFERENCE_CODER ? 1 : b === REFERENCE_CODER ? -1 : a.localeCompare(b, 'zh'),
    ),
  );
  chosenCoders = $derived(this.coders ?? this.allCoders.filter((c) => c !== REFERENCE_CODER));
  codedReports = $derived([...new Set(this.codings.map((c) => c.reportId))]);
  exercise = $derived(workshop.exercises.find((e) => e.id === this.exerciseId) ?? null);
  chosenReports = $derived(this.exercise?.reportIds ?? this.codedReports);

  table = $derived(
    agreementTable({
      reports: this.chosenReports
        .filter((id) => this.texts.has(id))
        .map((id) => ({ id, text: this.texts.get(id)! })),
      codes: this.codes,
      codings: this.codings,
      coders: this.chosenCoders,
    }),
  );
  disagreements = $derived(disagreements(this.table.units, this.rowCode));

  /** Loads the texts of the chosen reports (sentences are cut from them). */
  async loadTexts() {
    const want = this.chosenReports.filter((id) => !this.texts.has(id));
    if (!want.length) return;
    const got = await textsOf(getDb(), want);
    this.texts = new Map([...this.texts, ...got]);
  }

  chooseExercise(id: string | null) {
    this.exerciseId = id;
    const ex = workshop.exercises.find((e) => e.id === id);
    if (ex) this.codebookId = ex.codebookId;
  }

  /** Makes `coder`'s version of this sentence the reference coding (one undoable edit). */
  async adopt(unit: UnitCodes, coder: string) {
    const text = this.texts.get(unit.reportId);
    if (text === undefined) return;
    const scope = this.rowCode ? [this.rowCode] : this.codes.map((c) => c.id);
    const edit = adoptVersion(
      {
        reportId: unit.reportId,
        text,
        start: unit.start,
        end: unit.end,
        from: coder,
        codeIds: new Set(scope),
        codings: this.codings,
      },
      { newId: () => crypto.randomUUID(), now: () => new Date().toISOString() },
    );
    if (edit.forward.length) await undoLog.perform(edit);
  }
}

export const agreement = new AgreementState();
