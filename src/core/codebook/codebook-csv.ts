// Codebook as CSV: one row per code, parent given by path (`父代码/子代码`), so spreadsheets
// and other tools can edit it. Unlike .qdc this keeps keywords.
import { nextColor, normalizeColor } from './palette.ts';
import { flatten } from './tree.ts';
import type { Code, Codebook, Effects } from './types.ts';
import { readCsv, writeCsv } from './csv.ts';

export const CSV_HEADER = ['路径', '名称', '颜色', '说明', '关键词'] as const;
const HEADER_ALIASES: Record<string, number> = {
  路径: 0,
  path: 0,
  名称: 1,
  name: 1,
  颜色: 2,
  color: 2,
  colour: 2,
  说明: 3,
  描述: 3,
  description: 3,
  关键词: 4,
  keywords: 4,
};

/** CSV text with a BOM (so Excel reads the Chinese as UTF-8) and CRLF line ends. */
export function exportCodebookCsv(codes: readonly Code[], opts: { bom?: boolean } = {}): string {
  const rows = flatten(codes).map(({ code, path }) => [
    path.join('/'),
    code.name,
    code.color.toUpperCase(),
    code.description,
    code.keywords.join('；'),
  ]);
  return (opts.bom === false ? '' : '\uFEFF') + writeCsv([[...CSV_HEADER], ...rows]);
}

export interface CsvImport {
  value?: { codebook: Codebook; codes: Code[] };
  errors: string[];
  warnings: string[];
}

/** Reads a codebook CSV; any bad row refuses the whole file with row-specific messages. */
export function importCodebookCsv(
  input: string,
  fx: Effects & { name?: string; newGuid: () => string },
): CsvImport {
  const warnings: string[] = [];
  const parsed = readCsv(input);
  if (!parsed.ok) return { errors: [parsed.error], warnings };
  const rows = parsed.rows.filter((r) => r.some((f) => f.trim()));
  if (!rows.length) return { errors: ['文件是空的。'], warnings };
  const header = rows[0]!.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  if (!header.includes(0))
    return { errors: [`第 1 行应为表头(至少含“路径”列):${CSV_HEADER.join(',')}。`], warnings };
  const col = (r: string[], k: number) => {
    const i = header.indexOf(k);
    return i === -1 ? '' : (r[i] ?? '').trim();
  };
  const codebook: Codebook = {
    id: fx.newId(),
    name: fx.name?.trim() || '导入的代码簿',
    description: '',
    createdAt: fx.now(),
  };
  const errors: string[] = [];
  const byPath = new Map<string, Code>();
  const pending: { line: number; parentPath: string; code: Code }[] = [];
  rows.slice(1).forEach((r, idx) => {
    const line = idx + 2;
    const segments = col(r, 0)
      .split('/')
      .map((s) => s.trim());
    const name = col(r, 1) || segments[segments.length - 1]!;
    if (segments.some((s) => !s))
      return void errors.push(`第 ${line} 行:路径“${col(r, 0)}”为空或含有空的层级。`);
    if (segments[segments.length - 1] !== name)
      return void errors.push(
        `第 ${line} 行:名称“${name}”与路径最后一级“${segments[segments.length - 1]}”不一致。`,
      );
    const path = segments.join('/');
    if (byPath.has(path)) return void errors.push(`第 ${line} 行:路径“${path}”重复。`);
    const rawColor = col(r, 2);
    const color = rawColor ? normalizeColor(rawColor) : nextColor([...byPath.values()]);
    if (!color) return void errors.push(`第 ${line} 行:颜色“${rawColor}”无效,应为 #RRGGBB。`);
    const code: Code = {
      id: fx.newId(),
      codebookId: codebook.id,
      parentId: null,
      name,
      color,
      description: col(r, 3),
      order: 0,
      keywords: [
        ...new Set(
          col(r, 4)
            .split(/[；;]/)
            .map((k) => k.trim())
            .filter(Boolean),
        ),
      ],
      guid: fx.newGuid(),
    };
    byPath.set(path, code);
    pending.push({ line, parentPath: segments.slice(0, -1).join('/'), code });
  });
  const siblings = new Map<string, number>();
  for (const { line, parentPath, code } of pending) {
    if (parentPath) {
      const parent = byPath.get(parentPath);
      if (!parent) {
        errors.push(`第 ${line} 行:上级代码“${parentPath}”不存在(请先列出它的那一行)。`);
        continue;
      }
      code.parentId = parent.id;
    }
    const n = siblings.get(parentPath) ?? 0;
    code.order = n;
    siblings.set(parentPath, n + 1);
  }
  if (errors.length) return { errors, warnings };
  if (!pending.length) return { errors: ['文件只有表头,没有代码。'], warnings };
  return { value: { codebook, codes: pending.map((p) => p.code) }, errors, warnings };
}
