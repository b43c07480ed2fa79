/* eslint-disable svelte/prefer-svelte-reactivity -- Maps, Sets and Dates here are local values rebuilt on each change, never mutated reactive state. */
// The coding data (codebooks, codes, codings, rules), live from IndexedDB, and every action on
// it. Actions compute an Edit with the pure core and hand it to the undo log, which writes it
// in one transaction; the liveQuery then brings the new rows back here.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { loadCodingData, textsOf } from '../db/coding.ts';
import { getSetting, setSetting } from '../db/settings.ts';
import type { Change, Edit } from '../core/undo/types.ts';
import {
  addCode,
  addCodingsBatch,
  applyCoding,
  confirmCodings,
  copyTemplate,
  deleteCode,
  deleteRule,
  describeCode,
  flatten,
  mergeCodes,
  moveCode,
  randomGuid,
  recode,
  recolourCode,
  removeCodings,
  renameCode,
  saveRule,
  setMemo,
  updateCode,
  type Code,
  type Codebook,
  type Coding,
  type Result,
  type Rule,
} from '../core/codebook/index.ts';
import { undoLog } from './undo.svelte.ts';

const effects = () => ({ newId: () => crypto.randomUUID(), now: () => new Date().toISOString() });

export class CodingStore {
  codebooks = $state.raw<Codebook[]>([]);
  codes = $state.raw<Code[]>([]);
  codings = $state.raw<Coding[]>([]);
  rules = $state.raw<Rule[]>([]);
  loaded = $state(false);
  activeId = $state<string | null>(null);
  lastCodeId = $state<string | null>(null);

  active = $derived(
    this.codebooks.find((b) => b.id === this.activeId) ?? this.codebooks[0] ?? null,
  );
  activeCodes = $derived(this.codes.filter((c) => c.codebookId === this.active?.id));
  flat = $derived(flatten(this.activeCodes));
  codeById = $derived(new Map(this.codes.map((c) => [c.id, c])));
  favourites = $derived(this.flat.map((f) => f.code).filter((c) => c.favourite));
  /** Codings of codes in the active codebook. */
  activeCodings = $derived.by(() => {
    const ids = new Set(this.activeCodes.map((c) => c.id));
    return this.codings.filter((c) => ids.has(c.codeId));
  });
  activeRules = $derived.by(() => {
    const ids = new Set(this.activeCodes.map((c) => c.id));
    return this.rules.filter((r) => ids.has(r.codeId));
  });

  #sub: Subscription | null = null;

  start() {
    if (this.#sub || typeof window === 'undefined') return;
    const db = getDb();
    void getSetting<string | null>(db, 'activeCodebook', null).then((v) => {
      this.activeId ??= v;
    });
    void getSetting<string | null>(db, 'lastCode', null).then((v) => {
      this.lastCodeId ??= v;
    });
    this.#sub = liveQuery(() => loadCodingData(db)).subscribe({
      next: (d) => {
        this.codebooks = d.codebooks;
        this.codes = d.codes;
        this.codings = d.codings;
        this.rules = d.rules;
        this.loaded = true;
      },
      error: (e) => console.error('coding query failed', e),
    });
  }

  setActive(id: string | null) {
    this.activeId = id;
    void setSetting(getDb(), 'activeCodebook', id);
  }

  #useCode(id: string) {
    this.lastCodeId = id;
    void setSetting(getDb(), 'lastCode', id);
  }

  async #run<T extends Edit>(r: Result<T>): Promise<string | null> {
    if (!r.ok) return r.error;
    if (!r.value.forward.length) return null;
    await undoLog.perform(r.value);
    return null;
  }

  // ---- codebooks ----

  async createFromTemplate(templateId: string, name?: string): Promise<string | null> {
    const copy = copyTemplate(templateId, { ...effects(), name });
    if (!copy) return '模板不存在。';
    await this.addCodebook(copy.codebook, copy.codes, `从模板新建代码簿“${copy.codebook.name}”`);
    return null;
  }

  async addCodebook(codebook: Codebook, codes: Code[], label: string): Promise<void> {
    await undoLog.perform({
      label,
      forward: [
        { table: 'codebooks', op: 'put', key: codebook.id, value: codebook },
        ...codes.map((c): Change => ({ table: 'codes', op: 'put', key: c.id, value: c })),
      ],
      backward: [
        ...codes.map((c): Change => ({ table: 'codes', op: 'delete', key: c.id })),
        { table: 'codebooks', op: 'delete', key: codebook.id },
      ],
    });
    this.setActive(codebook.id);
  }

  async newEmptyCodebook(name: string): Promise<void> {
    const fx = effects();
    const b: Codebook = { id: fx.newId(), name, description: '', createdAt: fx.now() };
    await this.addCodebook(b, [], `新建代码簿“${name}”`);
  }

  async renameCodebook(id: string, name: string): Promise<string | null> {
    const old = this.codebooks.find((b) => b.id === id);
    if (!old) return '代码簿不存在。';
    if (!name.trim()) return '代码簿名称不能为空。';
    const next = { ...old, name: name.trim() };
    await undoLog.perform({
      label: `重命名代码簿为“${next.name}”`,
      forward: [{ table: 'codebooks', op: 'put', key: id, value: next }],
      backward: [{ table: 'codebooks', op: 'put', key: id, value: old }],
    });
    return null;
  }

  async deleteCodebook(id: string): Promise<void> {
    const old = this.codebooks.find((b) => b.id === id);
    if (!old) return;
    const codes = this.codes.filter((c) => c.codebookId === id);
    const ids = new Set(codes.map((c) => c.id));
    const codings = this.codings.filter((c) => ids.has(c.codeId));
    const rules = this.rules.filter((r) => ids.has(r.codeId));
    await undoLog.perform({
      label: `删除代码簿“${old.name}”`,
      forward: [
        ...codings.map((c): Change => ({ table: 'codings', op: 'delete', key: c.id })),
        ...rules.map((r): Change => ({ table: 'rules', op: 'delete', key: r.id })),
        ...codes.map((c): Change => ({ table: 'codes', op: 'delete', key: c.id })),
        { table: 'codebooks', op: 'delete', key: id },
      ],
      backward: [
        { table: 'codebooks', op: 'put', key: id, value: old },
        ...codes.map((c): Change => ({ table: 'codes', op: 'put', key: c.id, value: c })),
        ...rules.map((r): Change => ({ table: 'rules', op: 'put', key: r.id, value: r })),
        ...codings.map((c): Change => ({ table: 'codings', op: 'put', key: c.id, value: c })),
      ],
    });
    if (this.activeId === id) this.setActive(null);
  }

  // ---- codes ----

  addCode(parentId: string | null, name: string): Promise<string | null> {
    if (!this.active) return Promise.resolve('请先新建或选择一个代码簿。');
    return this.#run(
      addCode(
        this.activeCodes,
        { codebookId: this.active.id, parentId, name },
        { newId: () => crypto.randomUUID(), newGuid: randomGuid },
      ),
    );
  }
  rename = (id: string, name: string) => this.#run(renameCode(this.activeCodes, id, name));
  recolour = (id: string, color: string) => this.#run(recolourCode(this.activeCodes, id, color));
  describe = (id: string, d: string) => this.#run(describeCode(this.activeCodes, id, d));
  setKeywords = (id: string, keywords: string[]) =>
    this.#run(updateCode(this.activeCodes, id, { keywords }, '修改代码关键词'));
  toggleFavourite = (id: string) => {
    const c = this.codeById.get(id);
    return this.#run(
      updateCode(
        this.activeCodes,
        id,
        { favourite: !c?.favourite },
        c?.favourite ? `取消常用代码“${c.name}”` : `设为常用代码“${c?.name ?? ''}”`,
      ),
    );
  };
  move = (id: string, parentId: string | null, index: number) =>
    this.#run(moveCode(this.activeCodes, id, parentId, index));
  merge = (sourceId: string, targetId: string) =>
    this.#run(
      mergeCodes(this.activeCodes, this.codings, sourceId, targetId, new Date().toISOString()),
    );
  deleteCode = (id: string) => this.#run(deleteCode(this.activeCodes, this.codings, id));

  // ---- codings ----

  async code(
    input: { reportId: string; text: string; start: number; end: number; memo?: string },
    codeId: string,
    coder: string,
  ): Promise<{ error: string | null; id?: string }> {
    const r = applyCoding(this.codings, { ...input, codeId, coder }, effects());
    if (!r.ok) return { error: r.error };
    await undoLog.perform(r.value);
    this.#useCode(codeId);
    return { error: null, id: r.value.coding.id };
  }
  recode(id: string, codeId: string): Promise<string | null> {
    const code = this.codeById.get(codeId);
    if (!code) return Promise.resolve('代码不存在。');
    this.#useCode(codeId);
    return this.#run(recode(this.codings, id, code, new Date().toISOString()));
  }
  memo = (id: string, memo: string) =>
    this.#run(setMemo(this.codings, id, memo, new Date().toISOString()));
  confirm = (ids: string[]) =>
    this.#run(confirmCodings(this.codings, ids, new Date().toISOString()));
  remove = (ids: string[]) => this.#run(removeCodings(this.codings, ids));
  addBatch = (batch: Coding[], label: string) =>
    this.#run(addCodingsBatch(this.codings, batch, label));

  // ---- rules ----

  async saveRule(rule: Rule): Promise<void> {
    await undoLog.perform(saveRule(this.rules, rule));
  }
  async saveRules(rules: Rule[], label: string): Promise<void> {
    if (!rules.length) return;
    const olds = new Map(this.rules.map((r) => [r.id, r]));
    await undoLog.perform({
      label,
      forward: rules.map((r): Change => ({ table: 'rules', op: 'put', key: r.id, value: r })),
      backward: rules.map((r): Change => {
        const o = olds.get(r.id);
        return o
          ? { table: 'rules', op: 'put', key: r.id, value: o }
          : { table: 'rules', op: 'delete', key: r.id };
      }),
    });
  }
  async deleteRule(id: string): Promise<void> {
    const e = deleteRule(this.rules, id);
    if (e) await undoLog.perform(e);
  }

  texts(ids?: readonly string[]): Promise<Map<string, string>> {
    return textsOf(getDb(), ids);
  }
}

export const codingStore = new CodingStore();
codingStore.start();
