// Auto-coding rules: keywords and/or a regex, a unit scope, an optional restriction to a required
// part or an outline level. Hits are previewed, then turned into codings marked `auto`.
import { compileQuery } from '../search/query.ts';
import { searchText } from '../search/search.ts';
import { foldWidth } from '../search/normalize.ts';
import type { Heading, RequiredPart } from '../types.ts';
import { isDuplicate } from './codings.ts';
import { paragraphs, sections, sentences, unitIndexOf, type Unit } from './rule-units.ts';
import { REPORT_PARTS } from './template-parts.ts';
import type { Code, Codebook, Coding, Effects } from './types.ts';

export type RuleScope = 'sentence' | 'paragraph' | 'section';

export interface Rule {
  id: string;
  name: string;
  codeId: string;
  /** Any of these (width- and ASCII-case-insensitive). */
  keywords: string[];
  /** When set as well as keywords, a unit must match both. */
  regex?: string;
  scope: RuleScope;
  /** Only inside the level-1 section recognised as this required part. */
  part?: RequiredPart;
  /** Only inside sections of this outline level (for section scope: those sections). */
  level?: Heading['level'];
}

export interface RuleReport {
  id: string;
  text: string;
  outline: Heading[];
}

export interface RuleHit {
  reportId: string;
  ruleId: string;
  codeId: string;
  /** The unit's span. */
  start: number;
  end: number;
  /** Which keywords (as written in the rule) and/or `/regex/` matched, for the preview. */
  matched: string[];
  quote: string;
}

/** Why a rule cannot run, in Chinese; null when it is fine. */
export function validateRule(rule: Rule): string | null {
  if (!rule.codeId) return '请为规则选择要应用的代码。';
  const keywords = rule.keywords.filter((k) => k.trim());
  if (rule.regex) {
    const q = compileQuery({ text: rule.regex, mode: 'regex' });
    if (!q.ok) return q.error;
  }
  if (!keywords.length && !rule.regex && !rule.part && !rule.level)
    return '规则至少需要一个关键词、一个正则表达式,或限定到某个报告部分/大纲层级。';
  return null;
}

function unitsFor(rule: Rule, report: RuleReport): Unit[] {
  let units =
    rule.scope === 'sentence'
      ? sentences(report.text)
      : rule.scope === 'paragraph'
        ? paragraphs(report.text)
        : sections(report.outline, rule.level);
  const within = (areas: Unit[]) =>
    units.filter((u) => areas.some((a) => u.start >= a.start && u.end <= a.end));
  if (rule.part) {
    const parts = report.outline.filter((h) => h.level === 1 && h.part === rule.part);
    units = within(parts.map((h) => ({ start: h.start, end: h.sectionEnd })));
  }
  if (rule.level && rule.scope !== 'section') units = within(sections(report.outline, rule.level));
  return units;
}

export function findRuleHits(rule: Rule, report: RuleReport): RuleHit[] {
  if (validateRule(rule)) return [];
  const units = unitsFor(rule, report);
  if (!units.length) return [];
  const keywords = [...new Set(rule.keywords.map((k) => k.trim()).filter(Boolean))];
  // matched labels per unit index, for keywords and regex separately
  const byKeyword = new Map<number, string[]>();
  const byRegex = new Set<number>();
  if (keywords.length) {
    const folded = foldWidth(report.text);
    for (const k of keywords) {
      const fk = foldWidth(k);
      for (let i = folded.indexOf(fk); i !== -1; i = folded.indexOf(fk, i + fk.length)) {
        const u = unitIndexOf(units, i, i + fk.length);
        if (u === -1) continue;
        const list = byKeyword.get(u) ?? [];
        if (!list.includes(k)) list.push(k);
        byKeyword.set(u, list);
      }
    }
  }
  if (rule.regex) {
    const q = compileQuery({ text: rule.regex, mode: 'regex' });
    if (q.ok)
      for (const h of searchText(report.text, q.matcher, { maxHits: Infinity }).hits) {
        const u = unitIndexOf(units, h.start, h.end);
        if (u !== -1) byRegex.add(u);
      }
  }
  const hits: RuleHit[] = [];
  units.forEach((unit, i) => {
    const kw = byKeyword.get(i);
    if (keywords.length && !kw) return;
    if (rule.regex && !byRegex.has(i)) return;
    hits.push({
      reportId: report.id,
      ruleId: rule.id,
      codeId: rule.codeId,
      start: unit.start,
      end: unit.end,
      matched: [...(kw ?? []), ...(rule.regex ? [`/${rule.regex}/`] : [])],
      quote: report.text.slice(unit.start, unit.end),
    });
  });
  return hits;
}

/** Ticked hits → new codings marked `auto`, skipping spans the code already has. */
export function hitsToCodings(
  hits: readonly RuleHit[],
  opts: Effects & { coder: string; existing?: readonly Coding[] },
): Coding[] {
  const out: Coding[] = [];
  const existing = [...(opts.existing ?? [])];
  for (const h of hits) {
    if (isDuplicate(existing, h)) continue;
    const at = opts.now();
    const coding: Coding = {
      id: opts.newId(),
      reportId: h.reportId,
      codeId: h.codeId,
      start: h.start,
      end: h.end,
      quote: h.quote,
      memo: '',
      coder: opts.coder,
      auto: true,
      ruleId: h.ruleId,
      createdAt: at,
      updatedAt: at,
    };
    existing.push(coding);
    out.push(coding);
  }
  return out;
}

/**
 * One rule per code with keywords (sentence scope: precise enough to review). Codes copied from
 * the report-parts template get a section rule for their part instead. Ids derive from code ids
 * so running the starter rules twice yields the same rules.
 */
export function starterRules(codebook: Codebook, codes: readonly Code[]): Rule[] {
  const rules: Rule[] = [];
  for (const code of codes) {
    if (code.codebookId !== codebook.id) continue;
    const part = REPORT_PARTS.codes.find((t) => t.key === code.templateKey)?.part;
    const base = { id: `starter-${code.id}`, name: `${code.name}(入门规则)`, codeId: code.id };
    if (part) rules.push({ ...base, keywords: [], scope: 'section', level: 1, part });
    else if (code.keywords.length)
      rules.push({ ...base, keywords: [...code.keywords], scope: 'sentence' });
  }
  return rules;
}
