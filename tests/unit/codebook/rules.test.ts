import { describe, expect, it } from 'vitest';
import {
  copyTemplate,
  findRuleHits,
  hitsToCodings,
  paragraphs,
  sections,
  sentences,
  starterRules,
  validateRule,
  type Rule,
} from '../../../src/core/codebook/index.ts';
import type { Heading, RequiredPart } from '../../../src/core/types.ts';
import { effects, seeds } from './fx.ts';

// A hand-written outline (the real outline finder is another module).
const text = [
  '　　前言。',
  '一、主要举措和成效',
  '（一）行政复议',
  '　　全年办理行政复议案件96件；行政诉讼出庭应诉率100%！',
  '（二）执法',
  '　　开展案卷评查。',
  '二、存在的不足',
  '　　行政复议队伍力量薄弱。',
].join('\n');
const at = (s: string) => text.indexOf(s);
const H = (
  level: Heading['level'],
  marker: string,
  title: string,
  sectionEnd: number,
  part?: RequiredPart,
): Heading => ({
  level,
  marker,
  title,
  start: at(marker + title),
  end: at(marker + title) + (marker + title).length,
  sectionEnd,
  part,
});
const outline: Heading[] = [
  H(1, '一、', '主要举措和成效', at('二、'), 'measures'),
  H(2, '（一）', '行政复议', at('（二）')),
  H(2, '（二）', '执法', at('二、')),
  H(1, '二、', '存在的不足', text.length, 'shortcomings'),
];
const report = { id: 'r1', text, outline };
const rule = (r: Partial<Rule>): Rule => ({
  id: 'rule1',
  name: 'r',
  codeId: 'c1',
  keywords: [],
  scope: 'sentence',
  ...r,
});
const spans = (r: Partial<Rule>) => findRuleHits(rule(r), report).map((h) => h.quote);

describe('rule units', () => {
  it('splits sentences on 。！？；and line breaks with exact offsets, without indentation', () => {
    const s = sentences(text).map((u) => text.slice(u.start, u.end));
    expect(s).toContain('全年办理行政复议案件96件；');
    expect(s).toContain('行政诉讼出庭应诉率100%！');
    expect(s[0]).toBe('前言。');
    expect(sentences('他说：“好。”然后走了')).toEqual([
      { start: 0, end: 7 },
      { start: 7, end: 11 },
    ]);
    expect(paragraphs(text).map((u) => text.slice(u.start, u.end))[3]).toBe(
      '全年办理行政复议案件96件；行政诉讼出庭应诉率100%！',
    );
  });
  it('makes non-overlapping section units, or the sections of one level', () => {
    expect(sections(outline).map((u) => text.slice(u.start, u.end).split('\n')[0])).toEqual([
      '一、主要举措和成效',
      '（一）行政复议',
      '（二）执法',
      '二、存在的不足',
    ]);
    expect(sections(outline, 1)).toHaveLength(2);
  });
});

describe('findRuleHits', () => {
  it('matches any keyword per unit and says which matched', () => {
    const hits = findRuleHits(rule({ keywords: ['行政复议', '出庭应诉', '行政诉讼'] }), report);
    expect(hits.map((h) => [h.quote, h.matched])).toEqual([
      ['（一）行政复议', ['行政复议']],
      ['全年办理行政复议案件96件；', ['行政复议']],
      ['行政诉讼出庭应诉率100%！', ['出庭应诉', '行政诉讼']],
      ['行政复议队伍力量薄弱。', ['行政复议']],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.quote);
  });
  it('scopes to paragraphs and sections', () => {
    expect(spans({ keywords: ['行政复议'], scope: 'paragraph' })).toHaveLength(3);
    expect(
      spans({ keywords: ['行政复议'], scope: 'section' }).map((q) => q.split('\n')[0]),
    ).toEqual(['（一）行政复议', '二、存在的不足']);
    expect(
      spans({ keywords: ['案卷'], scope: 'section', level: 1 }).map((q) => q.split('\n')[0]),
    ).toEqual(['一、主要举措和成效']);
  });
  it('restricts to a required part or an outline level', () => {
    expect(spans({ keywords: ['行政复议'], part: 'shortcomings' })).toEqual([
      '行政复议队伍力量薄弱。',
    ]);
    expect(spans({ keywords: ['行政复议'], level: 2 })).toEqual([
      '（一）行政复议',
      '全年办理行政复议案件96件；',
    ]);
    expect(spans({ scope: 'section', level: 1, part: 'shortcomings' })).toEqual([
      text.slice(at('二、')),
    ]);
  });
  it('matches a regex (and keywords together with it)', () => {
    const hits = findRuleHits(rule({ regex: '\\d+件' }), report);
    expect(hits.map((h) => h.matched)).toEqual([['/\\d+件/']]);
    expect(spans({ regex: '\\d+%', keywords: ['复议'] })).toEqual([]);
    expect(spans({ regex: '\\d+%', keywords: ['出庭'] })).toEqual(['行政诉讼出庭应诉率100%！']);
  });
  it('validates rules, refusing dangerous regexes', () => {
    expect(validateRule(rule({}))).toMatch(/至少需要/);
    expect(validateRule(rule({ regex: '(a+)+$' }))).toMatch(/嵌套/);
    expect(validateRule(rule({ regex: '[' }))).toMatch(/^正则表达式无效/);
    expect(findRuleHits(rule({ regex: '(a+)+$' }), report)).toEqual([]);
  });
  it('turns hits into auto codings, skipping existing spans', () => {
    const fx = effects();
    const hits = findRuleHits(rule({ keywords: ['行政复议'] }), report);
    const first = hitsToCodings(hits.slice(0, 2), { ...fx, coder: '规则' });
    expect(first.every((c) => c.auto && c.ruleId === 'rule1' && c.coder === '规则')).toBe(true);
    const all = hitsToCodings([...hits, ...hits], { ...fx, coder: '规则', existing: first });
    expect(all).toHaveLength(hits.length - 2);
  });
});

/** Level-1 headings (`一、…` at a line start) with a rough part guess: enough for a fixture. */
function roughOutline(t: string): Heading[] {
  const out: Heading[] = [];
  const re = /^[ \t\u3000]*([一二三四五六七八九十]+、)(.*)$/gm;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const title = m[2]!;
    const part: RequiredPart = /不足|问题/.test(title)
      ? 'shortcomings'
      : /下一|打算|安排|计划/.test(title)
        ? 'nextYear'
        : /第一责任人/.test(title)
          ? 'firstResponsible'
          : 'measures';
    out.push({
      level: 1,
      marker: m[1]!,
      title,
      start,
      end: start + m[1]!.length + title.length,
      sectionEnd: t.length,
      part,
    });
  }
  out.forEach((h, i) => (h.sectionEnd = out[i + 1]?.start ?? t.length));
  return out;
}

describe('starter rules on the seeds', () => {
  it('give a useful first pass for every 2021 area', () => {
    const { codebook, codes } = copyTemplate('outline-2021', effects())!;
    const rules = starterRules(codebook, codes);
    expect(rules).toHaveLength(9);
    const table: Record<string, Record<string, number>> = {};
    const totals: Record<string, number> = {};
    for (const s of seeds()) {
      const r = { ...s, outline: roughOutline(s.text) };
      for (const ru of rules) {
        const key = codes.find((c) => c.id === ru.codeId)!.templateKey!;
        const n = findRuleHits(ru, r).length;
        (table[key] ??= {})[s.id.slice(0, 8)] = n;
        totals[key] = (totals[key] ?? 0) + n;
      }
    }
    console.table(table);
    for (const [key, n] of Object.entries(totals)) {
      expect(n, key).toBeGreaterThanOrEqual(3);
      expect(n, key).toBeLessThan(250);
    }
  });
  it('code the required parts by section', () => {
    const { codebook, codes } = copyTemplate('report-parts', effects())!;
    const rules = starterRules(codebook, codes);
    expect(rules.every((r) => r.scope === 'section' && r.part)).toBe(true);
    const seed = seeds().find((s) => s.id.includes('荣成'))!;
    const hits = rules.flatMap((r) =>
      findRuleHits(r, { ...seed, outline: roughOutline(seed.text) }),
    );
    const kinds = hits.map((h) => codes.find((c) => c.id === h.codeId)!.templateKey);
    expect(kinds).toEqual(
      expect.arrayContaining(['part-measures', 'part-shortcomings', 'part-nextYear']),
    );
  });
});
