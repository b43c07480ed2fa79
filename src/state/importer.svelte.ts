// The import controller: owns the worker client, holds progress and the import report.
import * as Comlink from 'comlink';
import type {
  ImportItemResult,
  ImportProgress,
  ImportSource,
  ImportSummary,
  ImportWorkerApi,
} from '../worker/import-api.ts';
import { sampleSources } from './samples.ts';
import { library } from './library.svelte.ts';
import type { Indicator } from '../core/indicators/types.ts';

type Client = { worker: Worker | null; api: Comlink.Remote<ImportWorkerApi> | ImportWorkerApi };

function spawn(): Client {
  const worker = new Worker(new URL('../worker/import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  return { worker, api: Comlink.wrap<ImportWorkerApi>(worker) };
}

/**
 * The single-file build opened from file:// cannot start module workers: the same api runs on
 * the main thread, loaded on first use (every method becomes async, as through Comlink).
 */
function inPage(): Client {
  const load = import('../worker/import-worker.ts').then((m) => m.importApi);
  const api = new Proxy({} as ImportWorkerApi, {
    get:
      (_, key: keyof ImportWorkerApi) =>
      (...args: unknown[]) =>
        load.then((a) => (a[key] as (...xs: unknown[]) => unknown)(...args)),
  });
  return { worker: null, api };
}

/** How often the import panel's list takes new results: each update re-lays out the panel. */
const PUBLISH_MS = 250;

export class ImportState {
  running = $state(false);
  progress = $state<ImportProgress | null>(null);
  results = $state.raw<ImportItemResult[]>([]);
  /** What the report panel lists: every failure and duplicate, and the latest imports. */
  shown = $derived.by(() => {
    const notAdded = this.results.filter((r) => r.status !== 'added');
    const added = this.results.filter((r) => r.status === 'added');
    return {
      items: [...notAdded, ...added.slice(-50)],
      hiddenAdded: Math.max(0, added.length - 50),
    };
  });
  summary = $state<ImportSummary | null>(null);
  /** The report panel is open (during and after an import, until dismissed). */
  open = $state(false);

  /** Results not shown yet: they are published every PUBLISH_MS, not once a file (at 10,000
   * files, a copy and a re-render of the list per file was quadratic). */
  #buffer: ImportItemResult[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #publish = () => {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#buffer.length) return;
    this.results = [...this.results, ...this.#buffer];
    this.#buffer = [];
  };

  #client: Client | null = null;
  #hardStop: ReturnType<typeof setTimeout> | null = null;

  #getClient(): Client {
    this.#client ??= import.meta.env.MODE === 'single' ? inPage() : spawn();
    return this.#client;
  }

  async importSources(sources: ImportSource[]): Promise<ImportSummary | null> {
    if (this.running || sources.length === 0) return null;
    this.running = true;
    this.open = true;
    this.results = [];
    this.summary = null;
    this.progress = null;
    const { api } = this.#getClient();
    library.pause();
    try {
      const summary = await api.importFiles(
        sources,
        Comlink.proxy((p: ImportProgress) => {
          this.progress = p;
          if (!p.result) return;
          this.#buffer.push(p.result);
          this.#timer ??= setTimeout(this.#publish, PUBLISH_MS);
        }),
      );
      this.#publish();
      this.summary = summary;
      // Ask once for persistent storage after the first successful import.
      if (summary.added > 0) void navigator.storage?.persist?.();
      return summary;
    } catch (e) {
      this.#publish();
      // The worker was terminated by a hard cancel: a file is only ever written inside a
      // transaction, so whatever batch was mid-write has been rolled back by IndexedDB.
      this.summary = this.#tally(true);
      if (!String(e).includes('terminated')) console.error(e);
      return this.summary;
    } finally {
      library.resume();
      this.running = false;
      if (this.#hardStop) clearTimeout(this.#hardStop);
      this.#hardStop = null;
    }
  }

  importFiles(files: { file: File; name: string }[]) {
    return this.importSources(files.map((f) => ({ name: f.name, file: f.file })));
  }

  async importSamples() {
    return this.importSources(await sampleSources());
  }

  /** Ask the worker to stop after the current file; if it is stuck in one, stop it hard. */
  cancel() {
    if (!this.running || !this.#client) return;
    void this.#client.api.cancel();
    this.#hardStop = setTimeout(() => {
      if (!this.running || !this.#client) return;
      this.#client.worker?.terminate();
      this.#client = null;
      this.running = false;
      this.#publish();
      this.summary = this.#tally(true);
    }, 1500);
  }

  /** Background work after start-up or an indicator edit: extraction backfill, re-matching. */
  maintenance = $state<{ kind: 'backfill' | 'rematch'; done: number; total: number } | null>(null);

  async backfill(all = false): Promise<number> {
    const { api } = this.#getClient();
    const n = await (all ? api.reextractAll : api.backfill)(
      Comlink.proxy((done: number, total: number) => {
        this.maintenance = done < total ? { kind: 'backfill', done, total } : null;
      }),
    );
    this.maintenance = null;
    return n;
  }

  async rematch(): Promise<number> {
    const { api } = this.#getClient();
    const n = await api.rematch(
      Comlink.proxy((done: number, total: number) => {
        this.maintenance = done < total ? { kind: 'rematch', done, total } : null;
      }),
    );
    this.maintenance = null;
    return n;
  }

  testIndicator(ind: Indicator, limit = 30) {
    return this.#getClient().api.testIndicator(ind, limit);
  }

  dismiss() {
    if (this.running) return;
    this.open = false;
  }

  #tally(cancelled: boolean): ImportSummary {
    const s: ImportSummary = { added: 0, duplicates: 0, failed: 0, cancelled };
    for (const r of this.results) {
      if (r.status === 'added') s.added++;
      else if (r.status === 'duplicate') s.duplicates++;
      else s.failed++;
    }
    return s;
  }
}

export const importer = new ImportState();
