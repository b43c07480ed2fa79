// REFI-QDA codebook exchange (.qdc): QDA-XML, namespace urn:QDA-XML:codebook:1.0.
// Element order follows Codebook.xsd: CodeBook(origin) > Codes > Code(guid, name, isCodable,
// color) > Description?, Code*; then an optional Sets > Set(guid, name) > Description?,
// MemberCode(guid)*. Keywords have no place in the schema and are not exported (CSV keeps them).
import { codeTreeLines, readCodeTree } from './qda-codes.ts';
import type { Code, Codebook, Effects } from './types.ts';
import { attr, childElements, localName, namespaceOf, parseXml, type XmlNode } from './xml.ts';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function exportQdc(_codebook: Codebook, codes: readonly Code[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="Reportbench">`,
    '  <Codes>',
    ...codeTreeLines(codes, '    '),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}

export interface QdcImport {
  value?: { codebook: Codebook; codes: Code[] };
  /** Why the file was refused (Chinese). Non-empty means nothing was imported. */
  errors: string[];
  /** What was dropped or fixed (sets, missing colours). */
  warnings: string[];
}

/** Reads a .qdc file. Refuses, changing nothing, on any structural problem. */
export function importQdc(
  xml: string,
  fx: Effects & { name?: string; newGuid?: () => string },
): QdcImport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { root, error } = parseXml(xml, ['Code', 'Set', 'MemberCode']);
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
  const { codes, guids } = readCodeTree(codesEls[0] as XmlNode, codebook.id, fx, errors, warnings);
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
