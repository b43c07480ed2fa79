// Numbers that are not quantities of work must not be extracted.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../src/core/quantities/index.ts';

const texts = (s: string) => extractQuantities(s).map((q) => q.text);

describe('not quantities of work', () => {
  it.each([
    ['years and dates', '2023年,我市于5月13日召开会议,2023年1月10日印发。'],
    ['periods', '《法治政府建设实施纲要(2021-2025年)》;今年1至11月份;上半年。'],
    ['document numbers', '江府依法办〔2019〕14号;[2019]14号;第232号令。'],
    ['hotlines and phones', '拨打12345热线,“12348 热线电话”,电话：0760-88888888。'],
    ['ordinals', '排名全市第一,第四次会议,获批第二批示范市,第三十五次集体学习。'],
    ['party congresses', '党的十九大和十九届六中全会精神,党的二十大。'],
    ['quoted names', '深入推行“三项制度”,开展“法律十进”,推广“1+8”成果,「三项制度」。'],
    ['names without quotes', '编制“不予处罚、从重处罚”五张清单;出台五张清单;深化“四办”改革。'],
    ['version numbers', '出台2.0方案。'],
    ['duration in a name', '建成24小时自助服务区。'],
    ['numerals inside words', '党政一把手,一站式服务,三级政务服务体系,一门一窗,统一部署。'],
    ['articles', '作为一项重要指标,再上一个台阶,打造一支队伍。'],
    ['slogans', '增强四个意识,做到两个维护。'],
    [
      'headings',
      '一、工作情况\n（一）主要举措\n1.深化改革\n(1)加强管理\n一是加强学习,二是推进改革。',
    ],
    ['vague amounts', '减免数千万债务利息,数十家企业,百名调解员进社区,千家万户。'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a real count next to a filtered number', () => {
    expect(texts('2023年共办理行政复议案件96件。')).toEqual(['96件']);
    expect(texts('旁听人数263人。')).toEqual(['263人']);
    expect(texts('共接处电话7860个。')).toEqual(['7860个']);
    expect(texts('不少于8个课时的培训要求。')).toEqual(['不少于8个课时']);
  });
});
