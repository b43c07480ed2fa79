// Every view but the library lives in its own chunk, loaded the first time it is opened: the
// library route then parses a small bundle instead of every view's libraries (d3, valibot,
// the XLSX and XML writers, the codebook …). The single-file build inlines these chunks.
import type { Component } from 'svelte';

/** One import per view: the same promise every time (an {#await} on it then shows no loading
 * line once loaded); a failed load is forgotten, so opening the view again retries it. */
function lazy<P extends Record<string, unknown>>(
  load: () => Promise<{ default: Component<P> }>,
): () => Promise<Component<P>> {
  let pending: Promise<Component<P>> | null = null;
  return () =>
    (pending ??= load().then(
      (m) => m.default,
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
}

export const views = {
  reader: lazy(() => import('../reader/ReaderView.svelte')),
  settings: lazy(() => import('../settings/SettingsView.svelte')),
  indicators: lazy(() => import('../indicators/IndicatorsView.svelte')),
  codes: lazy(() => import('../codes/CodesView.svelte')),
  compare: lazy(() => import('../compare/CompareView.svelte')),
  charts: lazy(() => import('../charts/ChartsView.svelte')),
  workshop: lazy(() => import('../workshop/WorkshopView.svelte')),
  search: lazy(() => import('../search/SearchView.svelte')),
  backupReminder: lazy(() => import('../workshop/BackupReminder.svelte')),
};
