// Hash routes (#/library, #/reader/ID?at=N, #/indicators, #/codes, #/search, #/settings), so the
// app also works from file://.
export const VIEWS = [
  'library',
  'reader',
  'compare',
  'indicators',
  'codes',
  'search',
  'charts',
  'workshop',
  'settings',
] as const;
export type View = (typeof VIEWS)[number];

export type Route =
  | { view: 'reader'; id: string | null; at: number | null }
  | { view: Exclude<View, 'reader'>; id: string | null };

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/');
  const decoded = id ? decodeURIComponent(id) : null;
  if (view === 'reader') {
    const at = /(?:^|&)at=(\d+)/.exec(query)?.[1];
    return { view: 'reader', id: decoded, at: at ? Number(at) : null };
  }
  const v = (VIEWS as readonly string[]).includes(view)
    ? (view as Exclude<View, 'reader'>)
    : 'library';
  return { view: v, id: decoded };
}

export function readerHref(id: string, at?: number): string {
  return `#/reader/${encodeURIComponent(id)}${at !== undefined ? `?at=${at}` : ''}`;
}

export class Router {
  route = $state<Route>({ view: 'library', id: null });
  /** The last report opened, so the 阅读 tab returns to it. */
  lastReport = $state<string | null>(null);

  constructor() {
    if (typeof window === 'undefined') return;
    const update = () => {
      this.route = parseHash(window.location.hash);
      if (this.route.view === 'reader' && this.route.id) this.lastReport = this.route.id;
    };
    update();
    window.addEventListener('hashchange', update);
  }

  go(hash: string) {
    window.location.hash = hash;
  }
}

export const router = new Router();
