// Saved web page → main text: block structure kept as lines, menus and page tools dropped,
// metadata tables kept as `cell | cell` lines for the cleaner to read.
import type { ExtractedText } from '../types.ts';
import { decodeHtml } from './html-charset.ts';
import { parsePage, type HtmlElement, type HtmlNode } from './html-tree.ts';

const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

interface Stats {
  chars: number;
  linkChars: number;
  links: number;
  tables: number;
}

export function extractHtml(bytes: Uint8Array): ExtractedText {
  const decoded = decodeHtml(bytes);
  const page = parsePage(decoded.text);
  const lines: string[] = [];
  renderChildren(page.root, lines, { current: '' });
  const result: ExtractedText = {
    format: 'html',
    encoding: decoded.encoding,
    text: lines.join('\n'),
    warnings: decoded.warnings,
  };
  if (page.title) result.sourceTitle = page.title;
  const htmlMeta = readSiteMeta(page.meta);
  if (htmlMeta) result.htmlMeta = htmlMeta;
  return result;
}

interface LineState {
  current: string;
}

function flush(lines: string[], state: LineState): void {
  const line = state.current.replace(/[\s\u00a0]+/g, ' ').trim();
  // A line of only brackets and separators is what is left of a toolbar (【】【】 | |).
  if (/[\p{L}\p{N}]/u.test(line)) lines.push(line);
  state.current = '';
}

function renderChildren(el: HtmlElement, lines: string[], state: LineState): void {
  for (const child of el.children) renderNode(child, lines, state);
}

function renderNode(node: HtmlNode, lines: string[], state: LineState): void {
  if (typeof node === 'string') {
    state.current += node;
    return;
  }
  if (node.script) return; // javascript: link text (打印, 关闭, 收藏) is never report text
  if (node.tag === 'br') {
    flush(lines, state);
    return;
  }
  if (!BLOCKS.has(node.tag)) {
    renderChildren(node, lines, state);
    return;
  }
  if (isChrome(node)) return;
  flush(lines, state);
  if (node.tag === 'tr') renderRow(node, lines);
  else renderChildren(node, lines, state);
  flush(lines, state);
}

/**
 * A data row (every cell one short line) becomes `cell | cell | cell`; a layout row (cells
 * holding paragraphs or nested tables, as in old table-built sites) is rendered as blocks.
 */
function renderRow(tr: HtmlElement, lines: string[]): void {
  const cells = tr.children.filter(
    (c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'),
  );
  const rendered = cells.map((cell) => {
    const cellLines: string[] = [];
    const state = { current: '' };
    renderChildren(cell, cellLines, state);
    flush(cellLines, state);
    return { lines: cellLines, nested: stats(cell).tables > 0 };
  });
  if (rendered.every((c) => c.lines.length <= 1 && !c.nested)) {
    const row = rendered.flatMap((c) => c.lines).join(' | ');
    if (row) lines.push(row);
  } else {
    for (const c of rendered) lines.push(...c.lines);
  }
}

/**
 * Menus and link lists: most of the block's text is link text and little else is there (so a
 * container holding the article is never dropped for its menus). Small forms are search boxes;
 * big ones are ASP.NET pages wrapped whole in <form>.
 */
function isChrome(el: HtmlElement): boolean {
  const s = stats(el);
  if (el.tag === 'form') return s.chars < 200;
  if (s.chars === 0 || s.linkChars === 0) return false;
  const density = s.linkChars / s.chars;
  const plain = s.chars - s.linkChars;
  return (density >= 0.5 && s.links >= 2 && plain <= 150) || (density >= 0.9 && s.chars < 30);
}

const statsCache = new WeakMap<HtmlElement, Stats>();

function stats(el: HtmlElement): Stats {
  const cached = statsCache.get(el);
  if (cached) return cached;
  const s: Stats = { chars: 0, linkChars: 0, links: el.tag === 'a' ? 1 : 0, tables: 0 };
  for (const child of el.children) {
    if (typeof child === 'string') {
      s.chars += child.replace(/[\s\u00a0]/g, '').length;
      continue;
    }
    const c = stats(child);
    s.chars += c.chars;
    s.linkChars += child.tag === 'a' ? c.chars : c.linkChars;
    s.links += c.links;
    s.tables += c.tables + (child.tag === 'table' ? 1 : 0);
  }
  statsCache.set(el, s);
  return s;
}

/** Chinese government CMS pages carry the article's facts in meta tags. */
function readSiteMeta(meta: Map<string, string>): ExtractedText['htmlMeta'] {
  const title = meta.get('articletitle') ?? meta.get('og:title');
  const pub = meta.get('pubdate') ?? meta.get('publishdate') ?? meta.get('firstpublishedtime');
  const issuer = meta.get('contentsource') ?? meta.get('sitename');
  const out: NonNullable<ExtractedText['htmlMeta']> = {};
  if (title) out.title = title;
  if (pub) out.published = normaliseDate(pub);
  if (issuer) out.issuer = issuer;
  return Object.keys(out).length ? out : undefined;
}

/** `2022-01-24 10:30`, `2022/1/24`, `2022年1月24日` → `2022-01-24`; anything else as written. */
function normaliseDate(value: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return value;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
