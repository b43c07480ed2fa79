// Hash routes (#/library, #/reader/ID, #/settings), so the app also works from file://.
export type Route =
  | { view: 'library' }
  | { view: 'reader'; id: string | null; at: number | null }
  | { view: 'settings' };

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/');
  if (view === 'reader') {
    const at = /(?:^|&)at=(\d+)/.exec(query)?.[1];
    return { view: 'reader', id: id ? decodeURIComponent(id) : null, at: at ? Number(at) : null };
  }
  if (view === 'settings') return { view: 'settings' };
  return { view: 'library' };
}

export function readerHref(id: string, at?: number): string {
  return `#/reader/${encodeURIComponent(id)}${at !== undefined ? `?at=${at}` : ''}`;
}

export class Router {
  route = $state<Route>({ view: 'library' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.route = parseHash(window.location.hash);
    window.addEventListener('hashchange', () => {
      this.route = parseHash(window.location.hash);
    });
  }

  go(hash: string) {
    window.location.hash = hash;
  }
}

export const router = new Router();
