// Built-in indicators of outline areas 5–9 (emergencies, disputes, oversight, leadership).
// Ids are stable column ids: never rename one.
import { define } from './define.ts';
import type { Indicator } from './types.ts';

export const AREAS_5_TO_9: Indicator[] = [
  define('hazards-found', '隐患排查/整改数', 'Hazards found or fixed', 5, 'count', {
    units: '项 处',
    keywords: '隐患|整改',
    context: '隐患',
  }),
  define(
    'disputes-resolved',
    '矛盾纠纷调解（化解）件数',
    'Disputes mediated or resolved',
    6,
    'count',
    {
      units: '件 宗 起',
      keywords: '纠纷|矛盾',
    },
  ),
  define('mediation-success-rate', '调解成功率', 'Mediation success rate', 6, 'rate', {
    keywords: '成功率',
    context: '调解|纠纷',
  }),
  define(
    'mediation-organisations',
    '人民调解组织/工作室数',
    'Mediation organisations',
    6,
    'count',
    {
      units: '个',
      keywords: '调解委员会|调解室|工作室|调解组织|调委会|调解协会',
      scope: 'subject',
      context: '调解',
    },
  ),
  define('legal-aid-cases', '法律援助案件数', 'Legal aid cases', 6, 'count', {
    units: '件 宗 起',
    keywords: '案件|民事|刑事|行政',
    context: '法律援助|法援',
  }),
  define('legal-consultations', '法律咨询人次', 'Legal consultations', 6, 'count', {
    units: '人次',
    keywords: '咨询',
  }),
  define('petitions', '信访事项处置数', 'Petitions handled', 6, 'count', {
    units: '宗 件 起',
    keywords: '信访',
  }),
  define(
    'admin-reconsideration-cases',
    '行政复议案件数',
    'Administrative reconsideration cases',
    7,
    'count',
    {
      units: '件 宗 起',
      keywords: '复议+案件',
    },
  ),
  define(
    'admin-litigation-cases',
    '行政诉讼（应诉）案件数',
    'Administrative litigation cases',
    7,
    'count',
    {
      units: '件 宗 起',
      keywords: '行政诉讼|应诉+案件',
      exclude: '法律顾问|代理',
    },
  ),
  define(
    'head-appearance-count',
    '行政机关负责人出庭应诉次数',
    'Heads appearing in court',
    7,
    'count',
    {
      units: '次',
      keywords: '出庭',
    },
  ),
  define(
    'head-appearance-rate',
    '行政机关负责人出庭应诉率',
    'Head court appearance rate',
    7,
    'rate',
    {
      keywords: '出庭应诉率|出庭率',
    },
  ),
  define('judicial-suggestions', '司法建议书数', 'Judicial suggestions received', 7, 'count', {
    units: '份 件',
    keywords: '司法建议',
  }),
  define(
    'deputy-suggestions',
    '人大代表建议/政协提案、联络活动意见数',
    'Deputies’ suggestions',
    7,
    'count',
    {
      units: '件',
      keywords: '建议|提案',
      context: '人大|政协|代表|委员',
      exclude: '司法建议',
    },
  ),
  define(
    'leader-law-study',
    '政府常务会议（会前）学法次数',
    'Law study at executive meetings',
    9,
    'count',
    {
      units: '次',
      keywords: '学法',
      context: '常务会议|常务会|会前',
      exclude: '中心组',
    },
  ),
  define(
    'theory-group-law-study',
    '中心组专题学法场次',
    'Theory group law study sessions',
    9,
    'count',
    {
      units: '场次 次',
      keywords: '学法|学习',
      context: '中心组',
    },
  ),
  define(
    'law-training-sessions',
    '依法行政/法治专题培训期数',
    'Law training sessions',
    9,
    'count',
    {
      units: '场次 期 次',
      keywords: '培训|培训班|专题研学|专题讲座|报告会',
    },
  ),
  define('law-training-people', '参训人数', 'People trained', 9, 'count', {
    units: '人 名 人次',
    keywords: '',
    context: '轮训|培训|授课|参训|旁听',
    exclude: '考试|律师|调解员|监督员|法律明白人',
  }),
  define('publicity-events', '普法宣传活动场次', 'Law publicity events', 9, 'count', {
    units: '场 场次',
    keywords: '普法|宣传|讲座|宣讲',
  }),
  define('publicity-materials', '普法资料发放数', 'Publicity materials handed out', 9, 'count', {
    units: '份 本 册',
    keywords: '资料|宣传单|手册|宣传品|读本',
  }),
  define('publicity-audience', '普法受众人次', 'Publicity audience', 9, 'count', {
    units: '人次 人',
    keywords: '受众|受教育|受益群众',
  }),
  define(
    'legal-understanding-people',
    '法律明白人/法治带头人数',
    'Legal understanding people trained',
    9,
    'count',
    {
      units: '名 人',
      keywords: '法律明白人|法治带头人',
    },
  ),
  define('rule-of-law-funding', '法治建设专项经费', 'Rule-of-law funding', 9, 'money', {
    keywords: '经费|资金',
    context: '法治|依法|法律',
  }),
];
