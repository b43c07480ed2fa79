// Saving and deleting rules as undoable edits, and "code all search hits" as a coding batch.
import type { Change, Edit } from '../undo/types.ts';
import { sentences, paragraphs, unitIndexOf } from './rule-units.ts';
import type { Rule } from './rules.ts';
import type { Coding, Effects } from './types.ts';
import { isDuplicate } from './codings.ts';

const put = (r: Rule): Change => ({ table: 'rules', op: 'put', key: r.id, value: r });

/** Creates or replaces a rule. */
export function saveRule(rules: readonly Rule[], rule: Rule): Edit & { rules: Rule[] } {
  const old = rules.find((r) => r.id === rule.id);
  return {
    rules: old ? rules.map((r) => (r.id === rule.id ? rule : r)) : [...rules, rule],
    label: old ? `修改规则“${rule.name}”` : `新建规则“${rule.name}”`,
    forward: [put(rule)],
    backward: old ? [put(old)] : [{ table: 'rules', op: 'delete', key: rule.id }],
  };
}

export function deleteRule(rules: readonly Rule[], id: string): (Edit & { rules: Rule[] }) | null {
  const old = rules.find((r) => r.id === id);
  if (!old) return null;
  return {
    rules: rules.filter((r) => r.id !== id),
    label: `删除规则“${old.name}”`,
    forward: [{ table: 'rules', op: 'delete', key: id }],
    backward: [put(old)],
  };
}

export type HitExpansion = 'hit' | 'sentence' | 'paragraph';

/**
 * "Code all hits" from a search: each hit (or the sentence/paragraph around it) becomes a
 * coding marked `auto`, so the person reviews them like rule codings. Duplicates are skipped.
 */
export function codeSearchHits(
  hits: readonly { reportId: string; start: number; end: number }[],
  codeId: string,
  opts: Effects & {
    coder: string;
    texts: ReadonlyMap<string, string>;
    expand?: HitExpansion;
    existing?: readonly Coding[];
  },
): Coding[] {
  const out: Coding[] = [];
  const seen = [...(opts.existing ?? [])];
  const unitCache = new Map<string, { start: number; end: number }[]>();
  for (const h of hits) {
    const text = opts.texts.get(h.reportId);
    if (text === undefined) continue;
    let { start, end } = h;
    if (opts.expand && opts.expand !== 'hit') {
      const key = `${h.reportId}\u0000${opts.expand}`;
      let units = unitCache.get(key);
      if (!units) {
        units = opts.expand === 'sentence' ? sentences(text) : paragraphs(text);
        unitCache.set(key, units);
      }
      const u = units[unitIndexOf(units, h.start, h.end)];
      if (u) ({ start, end } = u);
    }
    const span = { reportId: h.reportId, codeId, start, end };
    if (isDuplicate(seen, span)) continue;
    const at = opts.now();
    const coding: Coding = {
      id: opts.newId(),
      ...span,
      quote: text.slice(start, end),
      memo: '',
      coder: opts.coder,
      auto: true,
      createdAt: at,
      updatedAt: at,
    };
    seen.push(coding);
    out.push(coding);
  }
  return out;
}
