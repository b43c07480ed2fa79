// A parsed report as the import pipeline hands it to storage, for the db tests.
import type { ParsedReport } from '../../../src/core/types.ts';

export function parsed(text: string, hash: string): ParsedReport {
  return {
    file: `${hash}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    hash,
    text,
    removed: [{ kind: 'breadcrumb', text: '当前位置: 首页', line: 0 }],
    meta: {
      title: '青山区人民政府2021年度法治政府建设情况报告',
      titleComposed: false,
      locality: {
        name: '青山区',
        tier: 'county',
        province: '湖北省',
        prefecture: '武汉市',
        department: false,
        ambiguous: false,
      },
      year: 2021,
      published: '2022-01-24',
      issuer: '青山区司法局',
    },
    outline: [],
    parts: { measures: true, shortcomings: false, firstResponsible: false, nextYear: false },
    chars: text.length,
    bytes: text.length * 3,
    warnings: [],
  };
}
