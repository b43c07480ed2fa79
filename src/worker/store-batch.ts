// Storing parsed reports a batch per transaction: one commit for up to BATCH_SIZE files instead
// of one per file (each commit left the import worker idle for several ms). A batch is written
// whole or not at all; if it fails, its files are stored again one by one, so a bad file fails
// alone and every file is still whole or not at all. One batch is written while the next is
// parsed (the worker used to sit idle a third of the time, waiting for commits).
import type { ReportbenchDb } from '../db/schema.ts';
import {
  storeParsed,
  storeParsedBatch,
  type ParsedToStore,
  type StoreResult,
} from '../db/reports.ts';

export const BATCH_SIZE = 25;

export class StoreBatch<T> {
  #pending: { tag: T; item: ParsedToStore }[] = [];
  #stamp = 0;
  /** The batch being written, if any: at most one, so results come back in file order. */
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: ReportbenchDb,
    private readonly settle: (tag: T, stored: StoreResult | Error) => void,
  ) {}

  /** Queue a report; `tag` comes back with its result. Stores the batch when it is full. */
  async add(tag: T, item: Omit<ParsedToStore, 'now'>): Promise<void> {
    // Strictly increasing import times, so the library lists a batch in file order.
    this.#stamp = Math.max(Date.now(), this.#stamp + 1);
    this.#pending.push({ tag, item: { ...item, now: this.#stamp } });
    if (this.#pending.length >= BATCH_SIZE) await this.#startWrite();
  }

  /** Store everything queued and wait until it is written. */
  async flush(): Promise<void> {
    await this.#startWrite();
    await this.#writing;
  }

  /** Wait for the batch in flight, then start writing the queued one without waiting for it. */
  async #startWrite(): Promise<void> {
    await this.#writing;
    const batch = this.#pending.splice(0);
    if (batch.length) this.#writing = this.#write(batch);
  }

  async #write(batch: { tag: T; item: ParsedToStore }[]): Promise<void> {
    let results: (StoreResult | Error)[];
    try {
      results = await storeParsedBatch(
        this.db,
        batch.map((p) => p.item),
      );
    } catch {
      results = [];
      for (const { item } of batch)
        results.push(
          await storeParsed(this.db, item.parsed, item.id, item.now, item.quantities).catch(
            (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
          ),
        );
    }
    batch.forEach((p, k) => this.settle(p.tag, results[k]!));
  }
}
