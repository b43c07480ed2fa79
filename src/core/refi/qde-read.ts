// Reads project.qde: users, the code tree, text sources and their PlainTextSelection codings.
// Anything else (other source kinds, notes, cases, variables, sets, graphs, whole-source
// codings, elements the schema does not know) is left out and listed, never fatal.
import { readCodeTree } from '../codebook/qda-codes.ts';
import {
  attr,
  childElements,
  localName,
  namespaceOf,
  parseXml,
  textOf,
  type XmlNode,
} from '../codebook/xml.ts';
import type { Codebook, Effects } from '../codebook/types.ts';
import { codePointOffsets } from './positions.ts';
import { QDE_NAMESPACE, type QdpxCodingOut, type QdpxRead, type QdpxSourceOut } from './types.ts';

const REPEATED = [
  'User',
  'Code',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'VariableValue',
  'Description',
  'Note',
  'Case',
  'Variable',
  'Link',
  'Set',
  'Graph',
  'PlainTextContent',
  'CodeRef',
];

/** Why each kind of element is left out (keyed by local name). */
const SKIP_REASON: Record<string, string> = {
  Variables: '变量（Variables）',
  Cases: '个案（Cases）',
  Notes: '备注（Notes）',
  Links: '链接（Links）',
  Sets: '集合（Sets）',
  Graphs: '图（Graphs）',
  NoteRef: '备注引用（NoteRef）',
  VariableValue: '变量值（VariableValue）',
  PictureSource: '图片来源（PictureSource）',
  PDFSource: 'PDF 来源（PDFSource）',
  AudioSource: '音频来源（AudioSource）',
  VideoSource: '视频来源（VideoSource）',
};

const KNOWN: Record<string, readonly string[]> = {
  Project: ['Users', 'CodeBook', 'Sources', 'Description'],
  Sources: ['TextSource'],
  TextSource: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding'],
  PlainTextSelection: ['Description', 'Coding'],
};

/** Counts what was skipped; `lines()` gives one sentence per kind. */
class Skips {
  #counts = new Map<string, number>();
  add(what: string, n = 1) {
    this.#counts.set(what, (this.#counts.get(what) ?? 0) + n);
  }
  /** Elements of `node` that `parent` does not import. */
  others(node: XmlNode, parent: keyof typeof KNOWN) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@_') || key === '#text') continue;
      const name = localName(key);
      if (KNOWN[parent].includes(name)) continue;
      const n = Array.isArray(value) ? value.length : 1;
      this.add(SKIP_REASON[name] ?? `未知元素 <${name}>`, n);
    }
  }
  lines(): string[] {
    return [...this.#counts].map(([what, n]) => `${what}：${n} 处，未导入。`);
  }
}

/** GUIDs compare without braces and case. */
export const normGuid = (g: string) =>
  g
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();

const obj = (v: unknown): XmlNode => (v && typeof v === 'object' ? (v as XmlNode) : {});
const isInt = (s: string | undefined): s is string => !!s && /^\s*\d+\s*$/.test(s);

/** The text file a TextSource points to, as a path inside the .qdpx. */
export function sourcePath(plainTextPath: string): string {
  const p = plainTextPath.trim();
  if (/^internal:\/\//i.test(p)) return `sources/${p.slice('internal://'.length)}`;
  return p.replace(/^\.?\/+/, '');
}

export interface QdeReadOptions extends Effects {
  /** Reads a file inside the .qdpx (null when it is missing). */
  file: (path: string) => string | null;
}

export function readQde(xml: string, fx: QdeReadOptions): QdpxRead {
  const errors: string[] = [];
  const skips = new Skips();
  const { root, error } = parseXml(xml, REPEATED, { label: 'project.qde', root: 'Project' });
  if (!root) return { errors: [error!], skipped: [] };
  const [rootName, rootValue] = root;
  const node = obj(rootValue);
  if (localName(rootName) !== 'Project')
    return { errors: [`根元素是 <${rootName}>，不是 REFI-QDA 项目的 <Project>。`], skipped: [] };
  const ns = namespaceOf(rootName, node);
  if (ns !== QDE_NAMESPACE)
    return {
      errors: [`命名空间是“${ns ?? '（未声明）'}”，REFI-QDA 项目应为“${QDE_NAMESPACE}”。`],
      skipped: [],
    };
  skips.others(node, 'Project');

  const users = new Map<string, string>();
  for (const u of childElements(node, 'Users').flatMap((x) => childElements(obj(x), 'User'))) {
    const g = normGuid(attr(u, 'guid') ?? '');
    if (g) users.set(g, attr(u, 'name')?.trim() || attr(u, 'id')?.trim() || '');
  }

  const name = attr(node, 'name')?.trim() || '导入的项目';
  const codebook: Codebook = { id: fx.newId(), name, description: '', createdAt: fx.now() };
  const warnings: string[] = [];
  const codesEl = childElements(node, 'CodeBook').flatMap((b) => childElements(obj(b), 'Codes'));
  const tree = codesEl.length
    ? readCodeTree(obj(codesEl[0]), codebook.id, fx, errors, warnings)
    : { codes: [] };
  if (errors.length) return { errors, skipped: [] };
  const codeGuids = new Set(tree.codes.map((c) => normGuid(c.guid)));

  const sources: QdpxSourceOut[] = [];
  for (const srcs of childElements(node, 'Sources')) {
    skips.others(obj(srcs), 'Sources'); // PDF/picture/audio/video sources
    for (const s of childElements(obj(srcs), 'TextSource')) {
      const out = readTextSource(obj(s), { fx, users, codes: codeGuids, skips });
      if (out) sources.push(out);
    }
  }
  return {
    value: { name, codebook, codes: tree.codes, sources },
    errors: [],
    skipped: [...warnings, ...skips.lines()],
  };
}

function readTextSource(
  s: XmlNode,
  ctx: { fx: QdeReadOptions; users: Map<string, string>; codes: Set<string>; skips: Skips },
): QdpxSourceOut | null {
  const { skips } = ctx;
  const guid = attr(s, 'guid')?.trim() ?? '';
  const name = attr(s, 'name')?.trim() || guid || '未命名来源';
  const path = attr(s, 'plainTextPath');
  const inline = childElements(s, 'PlainTextContent').map(textOf).join('');
  let text = path ? ctx.fx.file(sourcePath(path)) : inline || null;
  if (text === null) {
    skips.add(`文本来源“${name}”找不到纯文本（${path ? sourcePath(path) : '无 plainTextPath'}）`);
    return null;
  }
  text = text.replace(/^\uFEFF/, '');
  skips.others(s, 'TextSource');
  const whole = childElements(s, 'Coding').length;
  if (whole) skips.add('整篇来源的编码（TextSource 下的 Coding）', whole);
  const toOffset = codePointOffsets(text);
  const codings: QdpxCodingOut[] = [];
  for (const selValue of childElements(s, 'PlainTextSelection')) {
    const sel = obj(selValue);
    skips.others(sel, 'PlainTextSelection');
    const a = attr(sel, 'startPosition');
    const b = attr(sel, 'endPosition');
    const cs = childElements(sel, 'Coding');
    if (!isInt(a) || !isInt(b) || Number(a) >= Number(b)) {
      skips.add(`“${name}”中位置无效的选段`, Math.max(1, cs.length));
      continue;
    }
    const start = toOffset(Number(a));
    const end = toOffset(Number(b));
    if (end <= start) {
      skips.add(`“${name}”中超出文本长度的选段`, Math.max(1, cs.length));
      continue;
    }
    const memo = childElements(sel, 'Description').map(textOf).join('\n').trim();
    for (const cValue of cs) {
      const c = obj(cValue);
      const ref = childElements(c, 'CodeRef').map((r) => attr(r, 'targetGUID')?.trim() ?? '')[0];
      if (!ref || !ctx.codes.has(normGuid(ref))) {
        skips.add('引用了代码簿中不存在的代码的编码');
        continue;
      }
      if (childElements(c, 'NoteRef').length) skips.add(SKIP_REASON.NoteRef);
      const user = normGuid(attr(c, 'creatingUser') ?? attr(sel, 'creatingUser') ?? '');
      codings.push({
        codeGuid: normGuid(ref),
        start,
        end,
        memo,
        coder: (user && ctx.users.get(user)) || '',
        createdAt: attr(c, 'creationDateTime') ?? attr(sel, 'creationDateTime') ?? null,
      });
    }
  }
  return { guid, name, text, codings };
}
