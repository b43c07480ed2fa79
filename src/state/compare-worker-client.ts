// The one compare worker of the page (src/worker/compare-worker.ts), started on first use.
import * as Comlink from 'comlink';
import type { CompareWorkerApi } from '../worker/compare-api.ts';

let client: Comlink.Remote<CompareWorkerApi> | null = null;

export function compareWorker(): Comlink.Remote<CompareWorkerApi> {
  client ??= Comlink.wrap<CompareWorkerApi>(
    new Worker(new URL('../worker/compare-worker.ts', import.meta.url), {
      type: 'module',
      name: 'compare',
    }),
  );
  return client;
}
