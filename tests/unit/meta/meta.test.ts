import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.ts';
import { detectMeta } from '../../../src/core/meta/index.ts';
import type { ExtractedText, ReportMeta } from '../../../src/core/types.ts';
import { extracted, seed } from './seeds.ts';

/** A neutral file name, so nothing is learnt from the seeds' descriptive names. */
const meta = (src: ExtractedText, sourceTitle?: string): ReportMeta =>
  detectMeta(cleanText(src), { fileName: 'report.txt', sourceTitle });
const fromText = (text: string) => meta(extracted(text));

const BODY = '现将有关情况报告如下：\n一、主要举措和成效\n（一）加强领导。';

describe('detectMeta on the seeds', () => {
  it('绵竹: no title line; locality from the body (现将绵竹市2023年度…, 我市)', () => {
    const m = meta(seed('绵竹市'));
    expect(m.locality).toMatchObject({
      name: '绵竹市',
      tier: 'county',
      province: '四川省',
      prefecture: '德阳市',
    });
    expect(m.locality).toMatchObject({ department: false, ambiguous: false });
    expect(m.year).toBe(2023);
    expect(m).toMatchObject({ titleComposed: true, title: '绵竹市2023年度法治政府建设情况报告' });
    expect(m.published).toBeNull();
  });

  it('恩平: title from the (once repeated) title line', () => {
    const m = meta(seed('恩平市'));
    expect(m).toMatchObject({
      title: '恩平市2019年法治政府建设情况报告',
      titleComposed: false,
      year: 2019,
    });
    expect(m.locality).toMatchObject({
      name: '恩平市',
      tier: 'county',
      province: '广东省',
      prefecture: '江门市',
    });
  });

  it('荣成: published and issuer from the signature block', () => {
    const m = meta(seed('荣成市'));
    expect(m).toMatchObject({ year: 2022, published: '2023-01-10', issuer: '荣成市人民政府' });
    expect(m.locality).toMatchObject({
      name: '荣成市',
      tier: 'county',
      province: '山东省',
      prefecture: '威海市',
    });
  });

  it('青山区: the government’s report (published by its 司法局), in 武汉 not 包头', () => {
    const src = seed('青山区');
    // The context that decides: 《武汉市重大行政决策程序规定》, 湖北省政务网.
    expect(src.text).toMatch(/武汉市/);
    expect(src.text).toMatch(/湖北省/);
    expect(src.text).not.toMatch(/包头|内蒙古/);
    const m = meta(src);
    expect(m).toMatchObject({ year: 2021, published: '2022-01-24', issuer: '青山区司法局' });
    expect(m.title).toBe('青山区人民政府2021年度法治政府建设情况报告');
    expect(m.locality).toEqual({
      name: '青山区',
      tier: 'county',
      province: '湖北省',
      prefecture: '武汉市',
      department: false, // the title says 青山区人民政府; the 司法局 only published it
      departmentName: null,
      ambiguous: false,
    });
  });

  it('青山区 without its 武汉/湖北 context is ambiguous', () => {
    const src = seed('青山区');
    const m = meta({ ...src, text: src.text.replace(/武汉|湖北/g, '某地') });
    expect(m.locality).toMatchObject({
      name: '青山区',
      ambiguous: true,
      province: null,
      prefecture: null,
    });
    expect(m.locality!.candidates!.sort()).toEqual([
      '内蒙古自治区/包头市/青山区',
      '湖北省/武汉市/青山区',
    ]);
  });

  it('神湾镇: a town directly under 中山市 (no county level)', () => {
    const m = meta(seed('神湾镇'));
    expect(m).toMatchObject({
      title: '神湾镇2022年法治政府建设年度报告',
      year: 2022,
      published: '2023-02-15',
    });
    expect(m.locality).toMatchObject({
      name: '神湾镇',
      tier: 'township',
      province: '广东省',
      prefecture: '中山市',
    });
    expect(m.locality!.ambiguous).toBe(false);
  });

  it('learns nothing wrong from a descriptive file name', () => {
    const src = seed('绵竹市');
    const m = detectMeta(cleanText(src), { fileName: '2023-绵竹市-法治政府建设情况报告.txt' });
    expect(m.locality?.name).toBe('绵竹市');
  });
});

describe('detectMeta: localities', () => {
  it('a department report', () => {
    const m = fromText(`江门市司法局2022年度法治政府建设情况报告\n${BODY}`);
    expect(m.locality).toMatchObject({
      name: '江门市',
      tier: 'prefecture',
      province: '广东省',
      prefecture: '江门市',
      department: true,
      departmentName: '司法局',
    });
    expect(m.year).toBe(2022);
  });

  it('a provincial department and a government office', () => {
    expect(fromText(`浙江省教育厅2021年法治政府建设工作报告\n${BODY}`).locality).toMatchObject({
      name: '浙江省',
      tier: 'province',
      prefecture: null,
      department: true,
      departmentName: '教育厅',
    });
    expect(
      fromText(`萧山区人民政府办公室2022年度法治政府建设情况报告\n${BODY}`).locality,
    ).toMatchObject({
      name: '萧山区',
      prefecture: '杭州市',
      department: true,
      departmentName: '人民政府办公室',
    });
  });

  it('a district of a 直辖市, whose name also exists in 长春市', () => {
    const m = fromText(`北京市朝阳区2022年法治政府建设年度情况报告\n${BODY}`);
    expect(m.locality).toMatchObject({
      name: '朝阳区',
      tier: 'county',
      province: '北京市',
      prefecture: null,
    });
    expect(m.locality!.ambiguous).toBe(false);
  });

  it('a town under a county', () => {
    const m = fromText(`瓜沥镇2022年法治政府建设工作情况报告\n${BODY}`);
    expect(m.locality).toMatchObject({
      name: '瓜沥镇',
      tier: 'township',
      province: '浙江省',
      prefecture: '杭州市',
    });
  });

  it('an ambiguous name with no context', () => {
    const m = fromText(`城关镇2022年法治政府建设情况报告\n${BODY}`);
    expect(m.locality).toMatchObject({
      name: '城关镇',
      tier: 'township',
      ambiguous: true,
      province: null,
    });
    expect(m.locality!.candidates!.length).toBeGreaterThan(10);
  });

  it('an ambiguous name decided by a county in the title or the province 纲要 in the text', () => {
    const a = fromText(`和林格尔县城关镇2022年法治政府建设情况报告\n${BODY}`);
    expect(a.locality).toMatchObject({
      name: '城关镇',
      prefecture: '呼和浩特市',
      ambiguous: false,
    });
    const b = fromText(
      `长安区2021年法治政府建设情况报告\n贯彻落实《陕西省法治政府建设实施纲要》。${BODY}`,
    );
    expect(b.locality).toMatchObject({ name: '长安区', province: '陕西省', prefecture: '西安市' });
  });

  it('an ambiguous name whose candidates share a province keeps the province', () => {
    const m = fromText(`鼓楼区2022年法治政府建设情况报告\n落实江苏省有关要求。${BODY}`);
    expect(m.locality).toMatchObject({
      name: '鼓楼区',
      ambiguous: true,
      province: '江苏省',
      prefecture: null,
    });
  });

  it('a title in traditional characters', () => {
    const m = fromText(
      `青山區人民政府2021年度法治政府建設情況報告\n貫徹《武漢市重大行政決策程序規定》。${BODY}`,
    );
    expect(m).toMatchObject({ titleComposed: false, year: 2021 });
    expect(m.title).toBe('青山區人民政府2021年度法治政府建設情況報告');
    expect(m.locality).toMatchObject({ name: '青山区', prefecture: '武汉市', ambiguous: false });
  });
});

describe('detectMeta: title, year, date, issuer', () => {
  it('composes a title when there is none, and takes the year from the opening', () => {
    const m = fromText(
      `2023年，我县坚持以习近平法治思想为指导。现将和县2023年度法治政府建设情况报告如下：\n${BODY}`,
    );
    expect(m).toMatchObject({
      title: '和县2023年度法治政府建设情况报告',
      titleComposed: true,
      year: 2023,
    });
  });

  it('takes the page title (site name stripped) when the body has no title line', () => {
    const m = meta(
      extracted(`2022年，我市坚持依法行政。\n${BODY}`),
      '恩平市2022年法治政府建设情况报告_恩平市人民政府门户网站',
    );
    expect(m).toMatchObject({ title: '恩平市2022年法治政府建设情况报告', titleComposed: false });
  });

  it('without any year in the text, guesses published year − 1', () => {
    const m = fromText(
      `发布日期：2023-03-01\n某市法治政府建设情况报告\n今年以来，我市扎实推进法治政府建设。`,
    );
    expect(m).toMatchObject({ published: '2023-03-01', year: 2022 });
  });

  it('reads a signature date in Chinese numerals and the issuer above it', () => {
    const m = fromText(
      `恩平市2019年法治政府建设情况报告\n${BODY}\n中共恩平市委员会\n恩平市人民政府\n二〇二〇年一月十日`,
    );
    expect(m).toMatchObject({ published: '2020-01-10', issuer: '恩平市人民政府', year: 2019 });
  });

  it('joins a two-line title (issuer above 关于…的报告)', () => {
    const m = fromText(`荣成市人民政府\n关于2022年度法治政府建设情况的报告\n${BODY}`);
    expect(m).toMatchObject({
      title: '荣成市人民政府关于2022年度法治政府建设情况的报告',
      year: 2022,
    });
    expect(m.locality).toMatchObject({ name: '荣成市', department: false });
  });

  it('does not take a superior’s 纲要 year or name for the report’s', () => {
    const m = fromText(
      `恩平市法治政府建设情况报告\n贯彻落实《法治政府建设实施纲要(2015-2020年)》《广东省法治政府建设实施纲要》。2019年，我市全面推进依法行政。`,
    );
    expect(m.year).toBe(2019);
    expect(m.locality?.name).toBe('恩平市');
  });
});
