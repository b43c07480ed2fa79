// Built-in indicators of outline areas 1–4 (functions, rules, decisions, enforcement).
// Ids are stable column ids: never rename one. Words come from how reports phrase each measure.
import { define } from './define.ts';
import type { Indicator } from './types.ts';

export const AREAS_1_TO_4: Indicator[] = [
  define(
    'gov-service-items',
    '政务服务事项数（通办/网办/指尖办）',
    'Government service items',
    1,
    'count',
    {
      units: '项 个',
      keywords: '事项+通办|网办|指尖办|掌上办|一网|一门|一窗|一事|一次|政务服务|落地|网上办|就近办',
      exclude: '监管事项|证明事项|问题|清单',
    },
  ),
  define('supervision-items', '认领监管事项数', 'Supervision items claimed', 1, 'count', {
    units: '项',
    keywords: '监管事项',
  }),
  define(
    'commitment-certification-items',
    '告知承诺证明事项数',
    'Certification items under notification-commitment',
    1,
    'count',
    {
      units: '项',
      keywords: '证明事项',
      context: '承诺',
    },
  ),
  define('credit-actions', '信用联合奖惩次数', 'Credit joint rewards and penalties', 1, 'count', {
    units: '次',
    keywords: '奖惩|守信激励|失信惩戒|联合惩戒|联合激励',
  }),
  define('hotline-cases', '政务服务热线受理量', 'Service hotline calls handled', 1, 'count', {
    units: '个 宗 件',
    keywords: '电话|来电|热线|工单',
  }),
  define('normative-docs-issued', '制发规范性文件件数', 'Normative documents issued', 2, 'count', {
    units: '件 份',
    keywords: '规范性文件',
    context: '制发|出台|制定|印发|编制|发布',
    exclude: '清理|备案|报备|废止|失效|修改|修正|修订|保留|继续|评估|审查',
    excludeSentence: '清理',
  }),
  define('normative-docs-filed', '规范性文件备案件数', 'Normative documents filed', 2, 'count', {
    units: '件 份',
    keywords: '规范性文件',
    context: '备案|报备',
    exclude: '清理|废止|失效|评估',
  }),
  define(
    'normative-docs-filing-rate',
    '规范性文件报备率',
    'Normative document filing rate',
    2,
    'rate',
    {
      keywords: '报备率|备案率|报备及时率',
    },
  ),
  define(
    'normative-docs-cleaned',
    '规范性文件清理件数',
    'Normative documents reviewed in clean-up',
    2,
    'count',
    {
      units: '件',
      keywords: '',
      context: '清理+规范性文件',
      exclude: '保留|修正|修订|修改|继续|废止|失效|制定计划|备案',
    },
  ),
  define(
    'normative-docs-repealed',
    '清理后废止/失效件数',
    'Normative documents repealed or expired',
    2,
    'count',
    {
      units: '件',
      keywords: '废止|失效',
      context: '规范性文件',
    },
  ),
  define(
    'legality-review-opinions',
    '合法性审查意见/法律意见书数',
    'Legality review opinions',
    3,
    'count',
    {
      units: '份 件 条',
      keywords: '法律意见书|合法性审查意见|法律意见|审核意见|审查意见',
    },
  ),
  define('legality-review-rate', '合法性审查（审核）率', 'Legality review rate', 3, 'rate', {
    keywords: '合法性审查|合法性审核',
  }),
  define('contracts-reviewed', '政府合同审查件数', 'Government contracts reviewed', 3, 'count', {
    units: '件 次',
    keywords: '合同+审查|审核',
  }),
  define('major-decisions', '重大行政决策事项数', 'Major administrative decisions', 3, 'count', {
    units: '个 项',
    keywords: '重大行政决策|重大决策',
  }),
  define(
    'enforcement-staff-examined',
    '执法人员培训考试人数',
    'Enforcement staff examined',
    4,
    'count',
    {
      units: '名 人',
      keywords: '考试',
      exclude: '合格|通过|干部|公务员',
    },
  ),
  define(
    'enforcement-exam-pass-rate',
    '执法人员考试通过率',
    'Enforcement exam pass rate',
    4,
    'rate',
    {
      keywords: '通过率|合格率',
      context: '考试|考核',
    },
  ),
  define(
    'enforcement-certificates',
    '有效执法证件数',
    'Valid enforcement certificates',
    4,
    'count',
    {
      units: '个 张',
      keywords: '执法证|证件',
    },
  ),
  define('case-file-reviews', '行政执法案卷评查数', 'Enforcement case files reviewed', 4, 'count', {
    units: '卷 本 份',
    keywords: '评查',
    context: '案卷',
  }),
  define(
    'enforcement-problems',
    '执法突出问题发现/整改数',
    'Enforcement problems found or fixed',
    4,
    'count',
    {
      units: '个',
      keywords: '问题',
    },
  ),
  define('admin-penalty-cases', '行政处罚案件数', 'Administrative penalty cases', 4, 'count', {
    units: '宗 件 起',
    keywords: '处罚案件',
  }),
  define('enforcement-inspections', '执法检查次数', 'Enforcement inspections', 4, 'count', {
    units: '次 家次',
    keywords: '检查|抽查',
    exclude: '定位|合同|督导|监督检查',
  }),
];
