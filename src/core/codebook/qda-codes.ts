// The code tree as QDA-XML writes it, shared by the .qdc codebook and the .qdpx project
// (both schemas define Code the same way: guid, name, isCodable, color > Description?, Code*).
import { nextColor, normalizeColor } from './palette.ts';
import { childrenOf } from './tree.ts';
import type { Code, Effects } from './types.ts';
import { attr, childElements, escapeAttr, escapeXml, GUID, textOf, type XmlNode } from './xml.ts';

const MAX_CODES = 20_000;
const MAX_DEPTH = 64;

/** `<Code>` elements for the tree, nested, one per line, each line prefixed by `indent`. */
export function codeTreeLines(codes: readonly Code[], indent: string): string[] {
  const lines: string[] = [];
  const write = (parentId: string | null, pad: string): void => {
    for (const c of childrenOf(codes, parentId)) {
      const open =
        `${pad}<Code guid="${escapeAttr(c.guid)}" name="${escapeAttr(c.name)}" ` +
        `isCodable="true" color="${c.color.toUpperCase()}"`;
      const kids = childrenOf(codes, c.id);
      if (!c.description && !kids.length) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      if (c.description)
        lines.push(`${pad}  <Description>${escapeXml(c.description)}</Description>`);
      write(c.id, pad + '  ');
      lines.push(`${pad}</Code>`);
    }
  };
  write(null, indent);
  return lines;
}

/**
 * Reads the `<Code>` children of a `<Codes>` element into codes of `codebookId` (fresh ids,
 * GUIDs kept). Problems that make the file unusable go to `errors`; fixes to `warnings`.
 * `guids` holds every code GUID in lower case, for resolving references.
 */
export function readCodeTree(
  codesEl: XmlNode,
  codebookId: string,
  fx: Effects,
  errors: string[],
  warnings: string[],
): { codes: Code[]; guids: Set<string>; byGuid: Map<string, Code> } {
  const codes: Code[] = [];
  const guids = new Set<string>();
  const byGuid = new Map<string, Code>();
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
        codebookId,
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
      byGuid.set(guid.toLowerCase(), code);
      walk(childElements(obj, 'Code'), code.id, depth + 1, `“${code.name}”下的`);
    });
  };
  walk(childElements(codesEl, 'Code'), null, 1, '');
  return { codes, guids, byGuid };
}
