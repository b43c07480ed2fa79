// The report parts required by the 2019 supervision rules, as a codebook.
import type { Template } from './template-2021.ts';

export const REPORT_PARTS: Template = {
  id: 'report-parts',
  name: '年度报告必备部分',
  description: '2019 年《法治政府建设与责任落实督察工作规定》要求年度报告包含的部分。',
  codes: [
    {
      key: 'part-measures',
      part: 'measures',
      name: '主要举措和成效',
      description: '上一年度推进法治政府建设的主要举措和成效。',
      keywords: ['主要举措', '工作成效'],
    },
    {
      key: 'part-shortcomings',
      part: 'shortcomings',
      name: '存在的不足和原因',
      description: '上一年度推进法治政府建设存在的不足和原因。',
      keywords: ['存在的不足', '存在的问题', '短板', '差距', '薄弱'],
    },
    {
      key: 'part-firstResponsible',
      part: 'firstResponsible',
      name: '党政主要负责人履行第一责任人职责',
      description: '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。',
      keywords: ['第一责任人'],
    },
    {
      key: 'part-nextYear',
      part: 'nextYear',
      name: '下一年度工作安排',
      description: '下一年度推进法治政府建设的主要安排。',
      keywords: ['下一步', '下一年度', '工作打算', '工作计划', '工作设想'],
    },
    {
      key: 'part-other',
      part: 'other',
      name: '其他需要报告的情况',
      description: '其他需要报告的情况。',
      keywords: ['其他需要报告'],
    },
  ],
};
