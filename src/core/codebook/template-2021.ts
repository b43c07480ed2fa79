// The built-in codebooks: the two national outlines' areas and the required report parts.
// Keywords feed the starter auto-coding rules; they favour precise terms over broad ones
// (监督 alone would tag half a report), so the first pass is useful, not exhaustive.
import type { RequiredPart } from '../types.ts';

export interface TemplateCode {
  /** Stable key: `2021-7`, `2015-5`, `part-shortcomings`. */
  key: string;
  name: string;
  description: string;
  keywords: string[];
  /** Report-parts template: the required part whose section this code covers. */
  part?: RequiredPart;
}

export interface Template {
  id: 'outline-2021' | 'outline-2015' | 'report-parts';
  name: string;
  description: string;
  codes: TemplateCode[];
}

export const OUTLINE_2021: Template = {
  id: 'outline-2021',
  name: '法治政府建设实施纲要(2021—2025年)八大体系',
  description: '按 2021—2025 年纲要的八个体系和党的领导、推进机制分类,共九类。',
  codes: [
    {
      key: '2021-1',
      name: '2021-1 健全政府机构职能体系',
      description: '政府职能转变、放管服改革、权责清单、优化营商环境和政务服务。',
      keywords: [
        '放管服',
        '权责清单',
        '权力清单',
        '营商环境',
        '政务服务',
        '行政许可',
        '证明事项',
        '负面清单',
        '包容审慎',
        '市场主体',
      ],
    },
    {
      key: '2021-2',
      name: '2021-2 健全依法行政制度体系',
      description: '政府立法、规范性文件制定和备案审查、文件清理。',
      keywords: ['规范性文件', '备案审查', '立法', '文件清理', '规章', '合法性审核'],
    },
    {
      key: '2021-3',
      name: '2021-3 健全行政决策制度体系',
      description:
        '重大行政决策程序、公众参与、专家论证、风险评估、合法性审查、法律顾问和公职律师。',
      keywords: [
        '重大行政决策',
        '合法性审查',
        '法律顾问',
        '公职律师',
        '公众参与',
        '专家论证',
        '风险评估',
        '集体讨论',
      ],
    },
    {
      key: '2021-4',
      name: '2021-4 健全行政执法工作体系',
      description: '行政执法体制改革、行政执法三项制度、执法人员管理、执法监督检查和案卷评查。',
      keywords: [
        '行政执法',
        '三项制度',
        '执法检查',
        '案卷评查',
        '执法人员',
        '执法证',
        '综合执法',
        '执法全过程',
        '裁量基准',
        '行刑衔接',
      ],
    },
    {
      key: '2021-5',
      name: '2021-5 健全突发事件应对体系',
      description: '突发事件应对制度、应急预案、依法防控疫情、安全生产和应急管理。',
      keywords: ['应急', '突发事件', '疫情防控', '预案', '安全生产', '防汛', '防灾'],
    },
    {
      key: '2021-6',
      name: '2021-6 健全社会矛盾纠纷行政预防调处化解体系',
      description:
        '矛盾纠纷排查化解、人民调解和行政调解、信访法治化、行政裁决、法律援助和公共法律服务。',
      keywords: [
        '矛盾纠纷',
        '人民调解',
        '行政调解',
        '信访',
        '法律援助',
        '行政裁决',
        '公共法律服务',
        '仲裁',
        '调解',
      ],
    },
    {
      key: '2021-7',
      name: '2021-7 健全行政权力制约和监督体系',
      description: '行政复议和行政应诉、人大和政协监督、审计监督、政务公开、问责。',
      keywords: [
        '行政复议',
        '行政诉讼',
        '出庭应诉',
        '行政应诉',
        '政务公开',
        '审计监督',
        '人大监督',
        '民主监督',
        '司法建议',
        '检察建议',
        '问责',
      ],
    },
    {
      key: '2021-8',
      name: '2021-8 健全法治政府建设科技保障体系',
      description:
        '数字法治政府:数字政府、互联网+政务服务、一网通办、政务数据共享、信息化执法平台。',
      keywords: [
        '数字政府',
        '互联网+',
        '一网通办',
        '信息化',
        '大数据',
        '数字化',
        '智慧',
        '网上办',
        '掌上办',
        '电子证照',
      ],
    },
    {
      key: '2021-9',
      name: '2021-9 加强党的领导,完善法治政府建设推进机制',
      description: '党政主要负责人履行第一责任人职责、领导干部学法述法、普法、法治督察和考核。',
      keywords: [
        '第一责任人',
        '学法',
        '述法',
        '普法',
        '法治督察',
        '法治建设考核',
        '习近平法治思想',
        '法治宣传',
        '中心组',
      ],
    },
  ],
};
