// XML text helpers for the REFI-QDA exchange formats (.qdc codebooks, .qdpx projects).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Escapes text for element content and double-quoted attributes; drops XML-illegal controls. */
export function escapeXml(s: string): string {
  return (
    s
      // XML 1.0 cannot carry these control characters at all, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
  );
}

/** Escapes an attribute value; line breaks become character references so they survive. */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Element name without its namespace prefix (`qdc:Code` → `Code`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

export type XmlNode = Record<string, unknown>;

/** Children of a parsed element whose local name is `name` (fast-xml-parser object form). */
export function childElements(node: XmlNode, name: string): unknown[] {
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text' || localName(key) !== name) continue;
    if (Array.isArray(value)) out.push(...value);
    else out.push(value);
  }
  return out;
}

/** An element's text content ('' for an empty element). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return '';
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

const HEX_GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A REFI-QDA GUID: bare or in braces, any case (GUIDType in the XSDs). */
export const GUID = new RegExp(`^(?:${HEX_GUID}|\\{${HEX_GUID}\\})$`, 'i');

/** What the file should be, for the messages: `.qdc 代码簿` and its root `<CodeBook>`. */
export interface XmlKind {
  label: string;
  root: string;
}

/**
 * Parses a QDA-XML document (BOM allowed, DOCTYPE refused: no entity expansion) into
 * fast-xml-parser's object form; `arrays` are the element names that may repeat.
 */
export function parseXml(
  xml: string,
  arrays: readonly string[],
  kind: XmlKind = { label: '.qdc 代码簿', root: 'CodeBook' },
): { root?: [string, XmlNode]; error?: string } {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: '文件是空的。' };
  if (!text.trimStart().startsWith('<'))
    return { error: `这不是 XML 文件(${kind.label}应以 <?xml 或 <${kind.root} 开头)。` };
  if (/<!DOCTYPE/i.test(text))
    return { error: '不接受带 DOCTYPE 声明的 XML(可能含有实体扩展),REFI-QDA 文件不需要它。' };
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return {
      error: `XML 格式错误(第 ${valid.err.line} 行第 ${valid.err.col} 列):${valid.err.msg}`,
    };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => arrays.includes(localName(name)),
  });
  const doc = parser.parse(text) as XmlNode;
  const roots = Object.entries(doc).filter(([k]) => !k.startsWith('?') && k !== '#text');
  if (roots.length !== 1) return { error: `XML 文件应当只有一个根元素 <${kind.root}>。` };
  return { root: roots[0] as [string, XmlNode] };
}

/** The namespace URI an element's prefix (or the default) is bound to on that element. */
export function namespaceOf(name: string, node: XmlNode): string | undefined {
  const i = name.indexOf(':');
  return attr(node, i === -1 ? 'xmlns' : `xmlns:${name.slice(0, i)}`);
}
