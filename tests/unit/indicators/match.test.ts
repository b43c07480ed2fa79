// The matcher: explains every match, leaves unclear quantities unmatched, never crosses
// rate and count, and accepts custom indicators of the same shape.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../src/core/quantities/index.ts';
import {
  CATALOGUE,
  matchAll,
  matchIndicator,
  unsafePatternReason,
  type Indicator,
} from '../../../src/core/indicators/index.ts';

function ids(text: string, catalogue: readonly Indicator[] = CATALOGUE): (string | null)[] {
  const qs = extractQuantities(text);
  return matchAll(qs, text, catalogue).map((m) => m.indicatorId);
}

describe('catalogue', () => {
  it('ships every indicator of docs/domain/indicators.md with a unique id', () => {
    expect(CATALOGUE).toHaveLength(43);
    expect(new Set(CATALOGUE.map((i) => i.id)).size).toBe(CATALOGUE.length);
    for (const i of CATALOGUE) {
      expect(i.area).toBeGreaterThanOrEqual(1);
      expect(i.area).toBeLessThanOrEqual(9);
      expect(i.builtIn).toBe(true);
    }
  });
});

describe('matchIndicator', () => {
  it('explains the match', () => {
    const text = '全年办理行政复议案件96件。';
    const [q] = extractQuantities(text);
    const m = matchIndicator(q, text);
    expect(m.indicatorId).toBe('admin-reconsideration-cases');
    expect(m.explanation?.words).toEqual(['复议', '案件']);
    expect(m.explanation?.pattern).toContain('[复议]');
  });

  it('tells a count from a rate of the same thing', () => {
    expect(ids('受理矛盾纠纷1195件,调解成功1194件,调解成功率达99.9%。')).toEqual([
      'disputes-resolved',
      'disputes-resolved',
      'mediation-success-rate',
    ]);
  });

  it('never matches a change', () => {
    expect(ids('制发政府规范性文件6件,同比减少40%。')).toEqual(['normative-docs-issued', null]);
  });

  it('leaves an unclear quantity unmatched', () => {
    expect(ids('帮助企业解决问题77项,走访企业288家次。')).toEqual([null, null]);
  });

  it('honours exclusions: advisers representing in lawsuits are not litigation cases', () => {
    expect(ids('政府法律顾问代理诉讼案件9宗。')).toEqual([null]);
    expect(ids('新收以区政府为被告的行政诉讼案件199件。')).toEqual(['admin-litigation-cases']);
  });

  it('matches custom indicators with keywords or a safe pattern', () => {
    const custom: Indicator = {
      id: 'custom-grid',
      name: '网格员出动人次',
      area: 6,
      kind: 'count',
      unitKinds: ['person_time'],
      keywords: [['网格员']],
      builtIn: false,
    };
    expect(ids('出动专职网格员480多人次。', [...CATALOGUE, custom])).toEqual(['custom-grid']);
    const byPattern: Indicator = { ...custom, keywords: [], pattern: '网格员?' };
    expect(ids('出动专职网格员480多人次。', [byPattern])).toEqual(['custom-grid']);
  });
});

describe('unsafePatternReason', () => {
  it.each([
    ['(a+)+', 'nested-quantifier'],
    ['(\\d*)*件', 'nested-quantifier'],
    ['(a|b)\\1', 'backreference-or-lookaround'],
    ['(?=a)b', 'backreference-or-lookaround'],
    ['[', 'invalid'],
    ['x'.repeat(201), 'too-long'],
  ])('refuses %s', (p, reason) => {
    expect(unsafePatternReason(p)).toBe(reason);
  });

  it.each(['复议.{0,6}案件', '(行政复议|复议)案件', '[0-9]+件'])('accepts %s', (p) => {
    expect(unsafePatternReason(p)).toBeNull();
  });
});
