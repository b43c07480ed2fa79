// The parser pieces: numerals, units, approximation, ranges, percents, changes, subjects.
import { describe, expect, it } from 'vitest';
import { extractQuantities, type Quantity } from '../../../src/core/quantities/index.ts';

function one(text: string): Quantity {
  const qs = extractQuantities(text);
  expect(qs, `${text} → ${qs.map((q) => q.text).join(' | ')}`).toHaveLength(1);
  return qs[0];
}

describe('numbers', () => {
  it.each([
    ['发放资料9万3千余本。', 93000, '本', 'more'],
    ['录入数据4.5万余条。', 45000, '条', 'more'],
    ['召开三次会议。', 3, '次', 'exact'],
    ['分两次组织考试。', 2, '次', 'exact'],
    ['听取汇报十余次。', 10, '次', 'more'],
    ['办理案件一百二十件。', 120, '件', 'exact'],
    ['出具法律意见书62份。', 62, '份', 'exact'],
    ['出具法律意见书６２份。', 62, '份', 'exact'],
    ['梳理事项262 项。', 262, '项', 'exact'],
    ['受理案件1,234件。', 1234, '件', 'exact'],
    ['受理案件１，２３４件。', 1234, '件', 'exact'],
    ['合格率为75.34%。', 75.34, '%', 'exact'],
    ['满意率达99.9％。', 99.9, '％', 'exact'],
    ['调解成功率百分之九十。', 90, '百分之', 'exact'],
  ])('%s', (text, value, unit, approx) => {
    const q = one(text);
    expect(q.value).toBe(value);
    expect(q.unit).toBe(unit);
    expect(q.approx).toBe(approx);
  });

  it('normalises multipliers and keeps the unit as written', () => {
    const q = one('投入资金1.2亿元。');
    expect([q.value, q.unit, q.baseUnit, q.unitKind]).toEqual([120000000, '亿元', '元', 'money']);
    const near = one('拨付资金近亿元。');
    expect([near.value, near.unit, near.approx]).toEqual([100000000, '亿元', 'nearly']);
    const over = one('涉案金额超千万元。');
    expect([over.value, over.unit, over.approx]).toEqual([10000000, '万元', 'over']);
    expect(one('专项经费79万元。').value).toBe(790000);
  });

  it('reads unit kinds', () => {
    expect(one('培训2300名公务员。').unitKind).toBe('person');
    expect(one('咨询2000余人次。').unitKind).toBe('person_time');
    expect(one('通过率93%。').unitKind).toBe('percent');
    expect(one('整备土地807.82亩。').unitKind).toBe('area');
    expect(one('拆除面积18.4万平方米。').unitKind).toBe('area');
    expect(one('培训总时长12774学时。').unitKind).toBe('duration');
    expect(one('开展检查605次。').unitKind).toBe('count');
  });
});

describe('approximation', () => {
  it.each([
    ['参加人数约100人。', 'about'],
    ['参加人数100人左右。', 'about'],
    ['参加人数近100人。', 'nearly'],
    ['参加企业超过200家。', 'over'],
    ['参加企业超200家。', 'over'],
    ['课时不少于8个课时。', 'at_least'],
    ['聘请至少1名法律顾问。', 'at_least'],
    ['办理不超过5件。', 'at_most'],
    ['控制在10件以内。', 'at_most'],
    ['出庭应诉率90%以上。', 'more'],
    ['法律咨询3000多人次。', 'more'],
    ['法律咨询2000余人次。', 'more'],
  ])('%s → %s', (text, approx) => {
    expect(one(text).approx).toBe(approx);
  });

  it('includes approximation words in the span', () => {
    expect(one('参加人数近100人。').text).toBe('近100人');
    expect(one('出庭应诉率90%以上。').text).toBe('90%以上');
  });
});

describe('ranges, changes and before/after', () => {
  it.each([
    ['配备3至12名社会律师。', 3, 12, '名'],
    ['配备3-5人。', 3, 5, '人'],
    ['设立3～5个站点。', 3, 5, '个'],
  ])('%s', (text, low, high, unit) => {
    const q = one(text);
    expect([q.low, q.high, q.unit, q.value]).toEqual([low, high, unit, low]);
  });

  it('reads a before/after pair as one quantity', () => {
    const q = one('证明事项由299项增加到356项。');
    expect([q.value, q.before, q.text]).toEqual([356, 299, '由299项增加到356项']);
  });

  it('reads a change, not a level', () => {
    const qs = extractQuantities('制发政府规范性文件6件,同比减少40%。');
    expect(qs).toHaveLength(2);
    expect(qs[1].change).toEqual({ kind: 'decrease', basis: '同比' });
    expect(qs[1].text).toBe('同比减少40%');
    expect(qs[0].change).toBeUndefined();
  });
});

describe('subjects and sentences', () => {
  it.each([
    ['2023年,共出具法律意见书62份。', '法律意见书'],
    ['全年办理行政复议案件96件。', '行政复议案件'],
    ['对全市2300多名公务员进行了轮训。', '公务员'],
  ])('%s → %s', (text, subject) => {
    const q = one(text);
    expect(q.subject).toBe(subject);
    expect(text.slice(q.subjectStart ?? 0, q.subjectEnd ?? 0)).toBe(subject);
    expect(q.subjectInherited).toBe(false);
  });

  it('carries the subject to the next clause', () => {
    const text = '全年受理矛盾纠纷1195件,调解成功1194件,调解成功率达99.9%。下一句。';
    const [a, b, c] = extractQuantities(text);
    expect(a.subject).toBe('矛盾纠纷');
    expect(b.subject).toBe('矛盾纠纷');
    expect(b.subjectInherited).toBe(true);
    expect(b.subjectStart).toBe(a.subjectStart);
    expect(c.subject).toBe('调解成功率');
    expect(text.slice(a.sentenceStart, a.sentenceEnd)).toBe(
      '全年受理矛盾纠纷1195件,调解成功1194件,调解成功率达99.9%。',
    );
  });
});

describe('traditional characters', () => {
  it('reads numerals, units and approximation in traditional script, keeping the original text', () => {
    const text = '全年辦理行政復議案件96件，發放宣傳資料1萬餘份，約300個。';
    const qs = extractQuantities(text);
    expect(qs.map((q) => [q.text, q.value, q.approx])).toEqual([
      ['96件', 96, 'exact'],
      ['1萬餘份', 10000, 'more'],
      ['約300個', 300, 'about'],
    ]);
    expect(qs[0].subject).toBe('行政復議案件');
  });
});
