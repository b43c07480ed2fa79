// Properties for arbitrary input: never throws, offsets slice to the reported text, values are
// finite, quantities come in order without overlapping, and matching never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuantities } from '../../../src/core/quantities/index.ts';
import { matchAll } from '../../../src/core/indicators/index.ts';

const CJK_PIECES = [
  ...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿余多近约超',
  ...'件宗起次场期批人名家户个项条份本卷册部套处间支所站元亩%％',
  ...'至到-～,，.．、;；。！？:：()（）“”「」《》"\n 　',
  ...'共计累计出具办理受理案件纠纷规范性文件同比减少增加由第年月日号率以上左右不少于',
  '百分之',
  '万元',
  '亿元',
  '平方米',
  '人次',
  '场次',
  '个课时',
];

const cjkText = fc
  .array(fc.constantFrom(...CJK_PIECES), { maxLength: 120 })
  .map((parts) => parts.join(''));

function check(text: string): void {
  const qs = extractQuantities(text);
  let lastEnd = 0;
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(lastEnd);
    expect(q.end).toBeGreaterThan(q.start);
    lastEnd = q.end;
    expect(Number.isFinite(q.value)).toBe(true);
    if (q.low !== undefined) expect(Number.isFinite(q.low)).toBe(true);
    if (q.high !== undefined) expect(Number.isFinite(q.high)).toBe(true);
    if (q.before !== undefined) expect(Number.isFinite(q.before)).toBe(true);
    if (q.subject !== null) {
      expect(text.slice(q.subjectStart ?? -1, q.subjectEnd ?? -1)).toBe(q.subject);
    }
    expect(q.sentenceStart).toBeLessThanOrEqual(q.start);
    expect(q.sentenceEnd).toBeGreaterThanOrEqual(q.end);
  }
  const ms = matchAll(qs, text);
  expect(ms).toHaveLength(qs.length);
}

describe('extractQuantities on arbitrary strings', () => {
  it('holds for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => check(s)),
      { numRuns: 500 },
    );
  });

  it('holds for any unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s)),
      { numRuns: 500 },
    );
  });

  it('holds for CJK-heavy report-like text', () => {
    fc.assert(
      fc.property(cjkText, (s) => check(s)),
      { numRuns: 2000 },
    );
  });

  it('holds for huge and degenerate numbers', () => {
    for (const s of [
      '9'.repeat(400),
      `${'9'.repeat(40)}件`,
      `一${'亿'.repeat(60)}元`,
      '１'.repeat(30),
    ]) {
      check(s);
    }
  });
});
