// How the app is running: from a web server (then a service worker precaches it for offline
// use; see build/service-worker.ts) or opened from a local file (the single-file build, where
// service workers and fetching sibling files do not exist, so PDF import is off).
export class OfflineState {
  /** Opened from file:// (the single-file build). */
  fileMode = $state(false);
  /** A service worker controls this page: a reload works with the network off. */
  ready = $state(false);

  start() {
    if (typeof window === 'undefined') return;
    this.fileMode = location.protocol === 'file:';
    const sw = navigator.serviceWorker;
    if (this.fileMode || !sw || !import.meta.env.PROD) return;
    this.ready = !!sw.controller;
    sw.addEventListener('controllerchange', () => (this.ready = !!sw.controller));
    sw.register('./sw.js').catch((e) => console.warn('service worker not registered', e));
  }
}

export const offline = new OfflineState();
