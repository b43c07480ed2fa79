import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.ts';
import { classifyPart, findOutline, partsPresent } from '../../../src/core/outline/index.ts';
import type { Heading } from '../../../src/core/types.ts';
import { seed } from '../meta/seeds.ts';

const body = (name: string) => cleanText(seed(name)).text;
const top = (hs: Heading[]) => hs.filter((h) => h.level === 1).map((h) => h.marker + h.title);
const count = (hs: Heading[], level: number) => hs.filter((h) => h.level === level).length;

function expectOffsets(text: string, hs: Heading[]): void {
  for (const h of hs) {
    expect(text.slice(h.start, h.end).replace(/\s+/g, '')).toBe(
      (h.marker + h.title).replace(/\s+/g, ''),
    );
    expect(h.sectionEnd).toBeGreaterThanOrEqual(h.end);
  }
  // sectionEnd = the next heading of the same or a higher level.
  hs.forEach((h, i) => {
    const next = hs.slice(i + 1).find((o) => o.level <= h.level);
    expect(h.sectionEnd).toBe(next ? next.start : text.length);
  });
}

describe('findOutline on the seeds', () => {
  it('绵竹: 3 parts, 5 areas, 11 numbered items', () => {
    const t = body('绵竹市');
    const o = findOutline(t);
    expect(top(o)).toEqual(['一、工作开展情况', '二、存在的问题', '三、下一步工作打算']);
    expect([count(o, 2), count(o, 3), count(o, 4)]).toEqual([5, 11, 0]);
    expect(o.find((h) => h.level === 3)).toMatchObject({
      marker: '1.',
      title: '深入学习践行习近平法治思想',
    });
    expectOffsets(t, o);
  });

  it('恩平: 2015–2020 outline areas as level 2 under 基本情况', () => {
    const t = body('恩平市');
    const o = findOutline(t);
    expect(top(o)).toEqual([
      '一、法治政府建设基本情况',
      '二、法治政府建设存在的主要问题',
      '三、下一步工作设想',
    ]);
    expect([count(o, 2), count(o, 3)]).toEqual([11, 30]);
    expect(o.filter((h) => h.level === 2)[0]!.title).toBe('依法全面履行政府职能');
    expectOffsets(t, o);
  });

  it('荣成: a heading running into its paragraph ends at the first sentence end', () => {
    const t = body('荣成市');
    const o = findOutline(t);
    expect(top(o)).toHaveLength(4);
    expect(o.filter((h) => h.level === 2).map((h) => h.title)).toEqual([
      '创新管理服务,全力优化法治营商环境',
      '完善体制机制,加快推进法治政府建设',
      '严格规范行政执法,全面推进公正司法',
      '整合多元社会力量,推进法治社会建设',
    ]);
    expectOffsets(t, o);
  });

  it('青山区: two level-1 sections, sections without numbered items', () => {
    const t = body('青山区');
    const o = findOutline(t);
    expect(top(o)).toEqual([
      '一、学习贯彻习近平法治思想、中央全面依法治国工作会议精神情况',
      '二、推进法治政府建设情况',
    ]);
    expect([count(o, 2), count(o, 3)]).toEqual([7, 0]);
    expectOffsets(t, o);
  });

  it('神湾镇: (一) / 1. / 一是 mixed; 4 parts', () => {
    const t = body('神湾镇');
    const o = findOutline(t);
    expect(top(o).map((s) => s.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    expect([count(o, 2), count(o, 3)]).toEqual([14, 14]);
    expectOffsets(t, o);
  });

  it('never takes 一是 / 二是 for a heading', () => {
    for (const name of ['绵竹市', '恩平市', '荣成市', '神湾镇']) {
      const t = body(name);
      expect(t).toMatch(/一是/);
      for (const h of findOutline(t))
        expect(t.slice(h.start, h.start + 2)).not.toMatch(/^[一二三四五六七八九十]是/);
    }
  });

  it('finds the same level-1 and level-2 headings when all line breaks are removed', () => {
    for (const name of ['绵竹市', '恩平市', '荣成市', '青山区', '神湾镇']) {
      const lined = findOutline(body(name)).filter((h) => h.level <= 2);
      const flatText = body(name).replace(/\n/g, '');
      const flat = findOutline(flatText).filter((h) => h.level <= 2);
      expect(flat.map((h) => h.level + h.marker)).toEqual(lined.map((h) => h.level + h.marker));
      // Without a line end a title can only be cut by judgment: one is a prefix of the other.
      flat.forEach((h, i) => {
        const a = h.title;
        const b = lined[i]!.title;
        expect(a.startsWith(b) || b.startsWith(a)).toBe(true);
      });
      expectOffsets(flatText, findOutline(flatText));
    }
  });
});

describe('findOutline: synthetic cases', () => {
  const flowed =
    '现将有关情况报告如下：一、主要举措和成效（一）加强领导。1.健全机制。制定方案。2.压实责任。录入数据4.5万余条，2023.1.10召开会议。（二）依法行政。二、存在的不足和原因一是培训不够。二是执法不规范。三、下一年度工作安排（一）抓学习。';

  it('finds inline headings in flowed text, sequential only', () => {
    const o = findOutline(flowed);
    expect(o.map((h) => `${h.level}${h.marker}${h.title}`)).toEqual([
      '1一、主要举措和成效',
      '2（一）加强领导',
      '31.健全机制',
      '32.压实责任',
      '2（二）依法行政',
      '1二、存在的不足和原因',
      '1三、下一年度工作安排',
      '2（一）抓学习',
    ]);
    expect(o.map((h) => h.part).filter(Boolean)).toEqual(['measures', 'shortcomings', 'nextYear']);
    expectOffsets(flowed, o);
  });

  it('does not take numbers inside quantities or dates for markers', () => {
    const t =
      '一、主要举措\n录入数据4.5万余条。2.5亿元。2023.1.10召开会议，1、2月份完成。\n第一，加强领导。\n一、二季度完成评查。';
    const o = findOutline(t);
    expect(o.map((h) => h.marker)).toEqual(['一、']);
  });

  it('reads all marker forms and levels', () => {
    const t =
      '一．总体情况\n(一)加强领导\n１．健全机制\n（1）制定方案\n(2)落实责任\n2、压实责任\n二、其他需要报告的情况';
    const o = findOutline(t);
    expect(o.map((h) => [h.level, h.marker])).toEqual([
      [1, '一．'],
      [2, '(一)'],
      [3, '１．'],
      [4, '（1）'],
      [4, '(2)'],
      [3, '2、'],
      [1, '二、'],
    ]);
    expect(o[6]!.part).toBe('other');
  });

  it('counts level-1 markers up to 二十, and refuses a wild jump even at a line start', () => {
    const numerals =
      '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十'.split(' ');
    const t = numerals.map((n) => `${n}、依法全面履行政府职能`).join('\n');
    expect(findOutline(t).map((h) => h.marker)).toEqual(numerals.map((n) => `${n}、`));
    expect(findOutline('一、主要工作\n十一、其他').map((h) => h.marker)).toEqual(['一、']);
  });

  it('in text with line breaks, in-paragraph enumerations are not headings', () => {
    const t =
      '一、主要举措\n（一）加强领导\n主要做法有：（1）建立制度；（2）压实责任。另有两项：1.培训；2.考核。';
    expect(findOutline(t).map((h) => h.marker)).toEqual(['一、', '（一）']);
  });

  it('cuts a run-on title with no sentence end in reach at the first comma', () => {
    const para =
      '持续深化改革'.repeat(3) + '，' + '推动各项工作落地见效并取得明显成效'.repeat(4) + '。';
    const o = findOutline(`（一）${para}`);
    expect(o[0]!.title).toBe('持续深化改革'.repeat(3));
  });

  it('refuses an inline marker out of sequence', () => {
    const t = '一、主要举措。' + '正文内容较长。'.repeat(100) + '三、下一步打算。二、存在问题。';
    expect(top(findOutline(t))).toEqual(['一、主要举措', '二、存在问题']);
  });
});

describe('classifyPart and partsPresent', () => {
  it.each([
    ['2022年推进法治政府建设的主要举措和成效', 'measures'],
    ['工作开展情况', 'measures'],
    ['法治政府建设基本情况', 'measures'],
    ['依法全面履行政府职能', 'measures'], // a 2015–2020 task area: measures taken
    ['学习贯彻习近平法治思想、中央全面依法治国工作会议精神情况', 'measures'],
    ['存在的不足和原因', 'shortcomings'],
    ['法治政府建设存在的主要问题', 'shortcomings'],
    [
      '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      'firstResponsible',
    ],
    ['下一步工作打算', 'nextYear'],
    ['2023年推进法治政府建设的主要安排', 'nextYear'],
    ['2023年法治政府建設工作計劃', 'nextYear'], // traditional characters
    ['存在的問題', 'shortcomings'],
    ['其他需要报告的情况', 'other'],
  ])('%s → %s', (title, part) => expect(classifyPart(title)).toBe(part));

  it('the seeds', () => {
    const parts = (name: string) => partsPresent(findOutline(body(name)));
    // 绵竹 folds the first-responsible duty into its first section: missing.
    expect(parts('绵竹市')).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: false,
      nextYear: true,
    });
    // 恩平 (a 2019 report): 基本情况 / 主要问题 / 下一步工作设想. The duty appears only as a
    // numbered item (`2.进一步推进法治建设第一责任人职责述职报告`) under 组织保障 — a measure
    // about the duty's reporting system, not a section reporting how the principals fulfilled
    // it. A reviewer would call the part missing.
    expect(parts('恩平市')).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: false,
      nextYear: true,
    });
    expect(parts('荣成市')).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: true,
      nextYear: true,
    });
    // 青山区: its (三)统筹推进法治政府建设 talks about the duty in its text, but no heading names
    // it; there is no 不足 and no 下一步 part.
    expect(parts('青山区')).toEqual({
      measures: true,
      shortcomings: false,
      firstResponsible: false,
      nextYear: false,
    });
    // 神湾镇 has all four as level-1 sections (二、…第一责任人职责…; 三、…存在的不足; 四、…工作计划).
    expect(parts('神湾镇')).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: true,
      nextYear: true,
    });
  });

  it('a merged heading counts for both parts; a level-2 duty heading counts in a measures section', () => {
    const o = findOutline(
      '一、主要工作\n（一）党政主要负责人切实履行推进法治建设第一责任人职责\n二、存在的不足和下一步打算\n（一）抓学习',
    );
    expect(partsPresent(o)).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: true,
      nextYear: true,
    });
    // The same level-2 heading inside a next-year section is a plan, not a report.
    const plan = findOutline('一、主要工作\n二、下一步打算\n（一）履行第一责任人职责');
    expect(partsPresent(plan).firstResponsible).toBe(false);
  });

  it('without 一、 headings the outermost level stands in', () => {
    const o = findOutline('（一）工作开展情况\n1.加强领导\n（二）存在的问题\n（三）下一步工作计划');
    expect(partsPresent(o)).toEqual({
      measures: true,
      shortcomings: true,
      firstResponsible: false,
      nextYear: true,
    });
  });
});
