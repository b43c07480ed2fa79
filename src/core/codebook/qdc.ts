// REFI-QDA codebook exchange (.qdc): QDA-XML, namespace urn:QDA-XML:codebook:1.0.
// Element order follows Codebook.xsd: CodeBook(origin) > Codes > Code(guid, name, isCodable,
// color) > Description?, Code*; then an optional Sets > Set(guid, name) > Description?,
// MemberCode(guid)*. Keywords have no place in the schema and are not exported (CSV keeps them).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { nextColor, normalizeColor } from './palette.ts';
import { childrenOf } from './tree.ts';
import type { Code, Codebook, Effects } from './types.ts';
import {
  attr,
  childElements,
  escapeAttr,
  escapeXml,
  localName,
  textOf,
  type XmlNode,
} from './xml.ts';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const MAX_CODES = 20_000;
const MAX_DEPTH = 64;

export function exportQdc(_codebook: Codebook, codes: readonly Code[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="Reportbench">`,
    '  <Codes>',
  ];
  const write = (parentId: string | null, indent: string): void => {
    for (const c of childrenOf(codes, parentId)) {
      const open =
        `${indent}<Code guid="${escapeAttr(c.guid)}" name="${escapeAttr(c.name)}" ` +
        `isCodable="true" color="${c.color.toUpperCase()}"`;
      const kids = childrenOf(codes, c.id);
      if (!c.description && !kids.length) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      if (c.description)
        lines.push(`${indent}  <Description>${escapeXml(c.description)}</Description>`);
      write(c.id, indent + '  ');
      lines.push(`${indent}</Code>`);
    }
  };
  write(null, '    ');
  lines.push('  </Codes>', '</CodeBook>', '');
  return lines.join('\n');
}

export interface QdcImport {
  value?: { codebook: Codebook; codes: Code[] };
  /** Why the file was refused (Chinese). Non-empty means nothing was imported. */
  errors: string[];
  /** What was dropped or fixed (sets, missing colours). */
  warnings: string[];
}

const HEX_GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GUID = new RegExp(`^(?:${HEX_GUID}|\\{${HEX_GUID}\\})$`, 'i');

function parseXml(xml: string): { root?: [string, XmlNode]; error?: string } {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: '文件是空的。' };
  if (!text.trimStart().startsWith('<'))
    return { error: '这不是 XML 文件(.qdc 代码簿应以 <?xml 或 <CodeBook 开头)。' };
  if (/<!DOCTYPE/i.test(text))
    return { error: '不接受带 DOCTYPE 声明的 XML(可能含有实体扩展),REFI-QDA 代码簿不需要它。' };
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
    isArray: (name) => ['Code', 'Set', 'MemberCode'].includes(localName(name)),
  });
  const doc = parser.parse(text) as XmlNode;
  const roots = Object.entries(doc).filter(([k]) => !k.startsWith('?') && k !== '#text');
  if (roots.length !== 1) return { error: 'XML 文件应当只有一个根元素 <CodeBook>。' };
  return { root: roots[0] as [string, XmlNode] };
}

function namespaceOf(name: string, node: XmlNode): string | undefined {
  const i = name.indexOf(':');
  return attr(node, i === -1 ? 'xmlns' : `xmlns:${name.slice(0, i)}`);
}

/** Reads a .qdc file. Refuses, changing nothing, on any structural problem. */
export function importQdc(
  xml: string,
  fx: Effects & { name?: string; newGuid?: () => string },
): QdcImport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { root, error } = parseXml(xml);
  if (!root) return { errors: [error!], warnings };
  const [rootName, rootNode] = root;
  if (localName(rootName) !== 'CodeBook')
    return {
      errors: [
        localName(rootName) === 'Project'
          ? '这是 REFI-QDA 项目文件(.qdpx 内的 project.qde),不是代码簿:请导出 .qdc 代码簿。'
          : `根元素是 <${rootName}>,不是 REFI-QDA 代码簿的 <CodeBook>。`,
      ],
      warnings,
    };
  const ns = namespaceOf(rootName, rootNode ?? {});
  if (ns !== QDC_NAMESPACE)
    return {
      errors: [`命名空间是“${ns ?? '(未声明)'}”,REFI-QDA 代码簿应为“${QDC_NAMESPACE}”。`],
      warnings,
    };
  const node = typeof rootNode === 'object' && rootNode ? rootNode : {};
  const codesEls = childElements(node, 'Codes');
  if (codesEls.length !== 1) return { errors: ['缺少 <Codes> 元素(或出现了多个)。'], warnings };

  const codebook: Codebook = {
    id: fx.newId(),
    name: fx.name?.trim() || '导入的代码簿',
    description: '',
    createdAt: fx.now(),
  };
  const codes: Code[] = [];
  const guids = new Set<string>();
  const walk = (els: unknown[], parentId: string | null, depth: number, where: string): void => {
    els.forEach((el, order) => {
      if (errors.length) return;
      const name = attr(el, 'name')?.trim();
      const guid = attr(el, 'guid')?.trim();
      const label = `${where}第 ${order + 1} 个代码${name ? `“${name}”` : ''}`;
      if (!name) return void errors.push(`${label}缺少 name 属性。`);
      if (!guid) return void errors.push(`${label}缺少 guid 属性。`);
      if (!GUID.test(guid)) return void errors.push(`${label}的 guid“${guid}”不是有效的 GUID。`);
      if (guids.has(guid.toLowerCase()))
        return void errors.push(`${label}的 guid“${guid}”与另一个代码重复。`);
      if (name.includes('/')) warnings.push(`代码“${name}”名称中的“/”已替换为“／”。`);
      if (depth > MAX_DEPTH) return void errors.push(`代码层级超过 ${MAX_DEPTH} 层。`);
      if (codes.length >= MAX_CODES) return void errors.push(`代码超过 ${MAX_CODES} 个。`);
      guids.add(guid.toLowerCase());
      const rawColor = attr(el, 'color');
      let color = rawColor ? normalizeColor(rawColor) : null;
      if (!color) {
        if (rawColor) warnings.push(`代码“${name}”的颜色“${rawColor}”无效,已改用调色板颜色。`);
        color = nextColor(codes);
      }
      const obj = (el && typeof el === 'object' ? el : {}) as XmlNode;
      const code: Code = {
        id: fx.newId(),
        codebookId: codebook.id,
        parentId,
        name: name.replace(/\//g, '／'),
        color,
        description: childElements(obj, 'Description').map(textOf).join('\n'),
        order,
        keywords: [],
        guid,
      };
      if (childrenOf(codes, parentId).some((c) => c.name === code.name))
        return void errors.push(`${label}与同一层级的另一个代码重名。`);
      codes.push(code);
      walk(childElements(obj, 'Code'), code.id, depth + 1, `“${code.name}”下的`);
    });
  };
  walk(childElements(codesEls[0] as XmlNode, 'Code'), null, 1, '');
  if (errors.length) return { errors, warnings };

  // Sets group codes by reference; a reference to an unknown GUID means a broken file.
  const sets = childElements(node, 'Sets').flatMap((s) => childElements(s as XmlNode, 'Set'));
  for (const set of sets) {
    for (const m of childElements(set as XmlNode, 'MemberCode')) {
      const ref = attr(m, 'guid')?.trim() ?? '';
      if (!guids.has(ref.toLowerCase()))
        errors.push(`代码集合“${attr(set, 'name') ?? ''}”引用了不存在的代码(guid“${ref}”)。`);
    }
  }
  if (errors.length) return { errors, warnings };
  if (sets.length) warnings.push(`文件中的 ${sets.length} 个代码集合(Set)未导入:本应用没有集合。`);
  if (!codes.length) return { errors: ['代码簿里没有任何代码。'], warnings };
  return { value: { codebook, codes }, errors, warnings };
}
