// Tokenise a page (htmlparser2) into a small element tree, leaving out everything that is
// never text: scripts, styles, embedded objects, hidden elements. Nothing is ever evaluated;
// attributes other than the few we read (href, hidden, style) are not even kept.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  href?: string;
  /** A `javascript:` link: a page tool. Counted as a link (toolbars are link-dense), never shown. */
  script?: boolean;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

export interface ParsedPage {
  root: HtmlElement;
  title: string;
  /** <meta name|property=… content=…>, names lower-cased. */
  meta: Map<string, string>;
}

/** Subtrees whose content is never the report text. */
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'svg',
  'math',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'nav',
  'header',
  'footer',
  'aside',
  'button',
  'select',
  'textarea',
  'dialog',
]);

export function parsePage(html: string): ParsedPage {
  const root: HtmlElement = { tag: '#root', children: [] };
  const stack: HtmlElement[] = [root];
  const meta = new Map<string, string>();
  let skipDepth = 0;
  let titleDepth = 0;
  let title = '';
  let inHead = false;
  let bodySeen = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') readMeta(attribs, meta);
        if (name === 'head' && skipDepth === 0) inHead = true;
        if (name === 'body') bodySeen = true;
        // The page title: in <head>, or loose before <body>; never an <svg><title>.
        const titleHere = (inHead && skipDepth === 1) || (!inHead && !bodySeen && skipDepth === 0);
        if (name === 'title' && !title && titleHere) {
          titleDepth = 1;
          return;
        }
        if (titleDepth > 0) titleDepth++;
        if (skipDepth > 0 || isDropped(name, attribs)) {
          skipDepth++;
          return;
        }
        const el: HtmlElement = { tag: name, children: [] };
        if (name === 'a' && attribs.href !== undefined) el.href = attribs.href.trim();
        if (name === 'a' && /^\s*javascript:/i.test(attribs.href ?? '')) el.script = true;
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      ontext(text) {
        if (titleDepth > 0) title += text;
        else if (skipDepth === 0) stack[stack.length - 1]!.children.push(text);
      },
      onclosetag(name) {
        if (titleDepth > 0) {
          titleDepth--;
          return;
        }
        if (skipDepth > 0) {
          skipDepth--;
          if (name === 'head' && skipDepth === 0) inHead = false;
          return;
        }
        // htmlparser2 closes every element it opens (implied closes included), so the stack matches.
        if (stack.length > 1 && stack[stack.length - 1]!.tag === name) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, title: title.replace(/\s+/g, ' ').trim(), meta };
}

function isDropped(name: string, attribs: Record<string, string>): boolean {
  if (DROPPED.has(name)) return true;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '');
}

function readMeta(attribs: Record<string, string>, meta: Map<string, string>): void {
  const name = (attribs.name ?? attribs.property ?? '').trim().toLowerCase();
  const content = (attribs.content ?? '').replace(/\s+/g, ' ').trim();
  if (name && content && !meta.has(name)) meta.set(name, content);
}
