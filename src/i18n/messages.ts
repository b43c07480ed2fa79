// UI strings, Chinese first. Each entry is [zh-CN, en]. `{name}` placeholders are filled by t().
import { QUANTITY_MESSAGES } from './quantity-messages.ts';
import { CODING_MESSAGES } from './coding-messages.ts';
import { COMPARE_MESSAGES } from './compare-messages.ts';
import { CHART_MESSAGES } from './chart-messages.ts';
import { WORKSHOP_MESSAGES } from './workshop-messages.ts';
import { EXCHANGE_MESSAGES } from './exchange-messages.ts';

const BASE = {
  appName: ['报告对照台', 'Reportbench'],
  appTagline: ['法治政府建设年度报告对照分析', 'Compare annual rule-of-law government reports'],
  navLibrary: ['文库', 'Library'],
  navReader: ['阅读', 'Reader'],
  navSettings: ['设置', 'Settings'],
  navIndicators: ['指标', 'Indicators'],
  navCodes: ['编码', 'Coding'],
  navSearch: ['检索', 'Search'],
  language: ['语言', 'Language'],
  skipToContent: ['跳到正文', 'Skip to content'],
  viewLoading: ['正在载入…', 'Loading…'],
  viewLoadFailed: [
    '此页面未能载入：{error}。请重新载入本页。',
    'This view could not be loaded: {error}. Please reload the page.',
  ],

  welcomeTitle: ['欢迎使用报告对照台', 'Welcome to Reportbench'],
  welcomeBody: [
    '把各地的法治政府建设年度报告放在一起读：导入报告文件（txt、网页、docx、pdf 或 zip），自动识别标题、地区、层级、年度和提纲，检查必备部分是否齐全。所有文件只保存在这台电脑的浏览器里，不会上传。',
    'Read annual rule-of-law government reports side by side: import report files (txt, saved web pages, docx, pdf or zip); Reportbench finds the title, locality, level, year and outline, and checks which required parts are present. Files stay in this browser on this computer; nothing is uploaded.',
  ],
  loadSamples: ['载入示例报告', 'Load sample reports'],
  chooseFiles: ['选择文件…', 'Choose files…'],
  chooseFolder: ['选择文件夹…', 'Choose folder…'],
  dropHint: ['把文件或文件夹拖到这里导入', 'Drop files or folders here to import'],
  formatsHint: [
    '支持 .txt .md .html .htm .docx .pdf 及其 .zip 压缩包；文本编码 UTF-8、UTF-16、GB18030/GBK、Big5 自动识别。',
    'Supports .txt .md .html .htm .docx .pdf and .zip archives of them; UTF-8, UTF-16, GB18030/GBK and Big5 are detected.',
  ],

  importing: ['正在导入', 'Importing'],
  importDone: ['导入完成', 'Import finished'],
  importCancelled: ['导入已取消', 'Import cancelled'],
  cancel: ['取消', 'Cancel'],
  close: ['关闭', 'Close'],
  overallProgress: ['总进度', 'Overall progress'],
  fileProgress: ['当前文件', 'Current file'],
  importSummary: [
    '已导入 {added} 份，重复 {duplicates} 份，失败 {failed} 份',
    '{added} imported, {duplicates} duplicates, {failed} failed',
  ],
  statusAdded: ['已导入', 'Imported'],
  statusDuplicate: ['重复', 'Duplicate'],
  statusFailed: ['失败', 'Failed'],
  importReport: ['导入报告', 'Import report'],
  moreImported: ['另有 {n} 份已导入（见文库）', '{n} more imported (see the library)'],
  stage_unpack: ['解压', 'unpacking'],
  stage_decode: ['读取文字', 'reading text'],
  stage_clean: ['清理网页框架', 'cleaning'],
  stage_outline: ['识别提纲', 'finding the outline'],
  stage_meta: ['识别标题与地区', 'reading metadata'],
  stage_hash: ['校验', 'hashing'],
  stage_store: ['保存', 'saving'],
  stage_done: ['完成', 'done'],

  libraryTitle: ['报告文库', 'Report library'],
  reportsCount: ['共 {n} 份报告', '{n} reports'],
  shownCount: ['显示 {shown} / {total}', 'showing {shown} of {total}'],
  filterText: ['筛选（标题、地区、发布机构）', 'Filter (title, locality, issuer)'],
  allTiers: ['全部层级', 'All levels'],
  allYears: ['全部年度', 'All years'],
  allProvinces: ['全部省份', 'All provinces'],
  anyParts: ['必备部分：不限', 'Required parts: any'],
  missingPart: ['缺少：{part}', 'Missing: {part}'],
  colTitle: ['标题', 'Title'],
  colLocality: ['地区', 'Locality'],
  colTier: ['层级', 'Level'],
  colProvince: ['省份', 'Province'],
  colYear: ['年度', 'Year'],
  colParts: ['必备部分', 'Required parts'],
  colSize: ['字数', 'Characters'],
  colFormat: ['格式/编码', 'Format / encoding'],
  colImported: ['导入时间', 'Imported'],
  colActions: ['操作', 'Actions'],
  open: ['打开', 'Open'],
  edit: ['编辑', 'Edit'],
  selectAll: ['全选', 'Select all'],
  selectRow: ['选择 {title}', 'Select {title}'],
  deleteSelected: ['删除所选（{n}）', 'Delete selected ({n})'],
  deleted: ['已删除 {n} 份报告', 'Deleted {n} reports'],
  undo: ['撤销', 'Undo'],
  restored: ['已恢复 {n} 份报告', 'Restored {n} reports'],
  storedSoFar: ['导入中，库内已有 {n} 份', 'importing: {n} stored so far'],
  showMore: ['显示更多（还有 {n} 份）', 'Show more ({n} left)'],
  noMatch: ['没有符合筛选条件的报告。', 'No reports match the filter.'],
  libraryLoadingAll: ['正在读取全部报告…', 'Reading all reports…'],
  ambiguous: ['有歧义', 'ambiguous'],
  department: ['部门', 'department'],
  unknown: ['未识别', 'unknown'],
  editedMark: ['已手动修改', 'edited by hand'],

  tier_province: ['省级', 'Province'],
  tier_prefecture: ['地市级', 'Prefecture'],
  tier_county: ['县区级', 'County'],
  tier_township: ['乡镇街道', 'Township'],
  part_measures: ['举措成效', 'Measures'],
  part_shortcomings: ['不足问题', 'Shortcomings'],
  part_firstResponsible: ['第一责任人', 'First responsible'],
  part_nextYear: ['下年安排', 'Next year'],
  part_other: ['其他', 'Other'],
  present: ['有', 'present'],
  missing: ['缺', 'missing'],

  editMeta: ['编辑报告信息', 'Edit report details'],
  fieldTitle: ['标题', 'Title'],
  fieldLocality: ['地区名称', 'Locality name'],
  fieldTier: ['层级', 'Level'],
  fieldProvince: ['省份', 'Province'],
  fieldPrefecture: ['地市', 'Prefecture'],
  fieldDepartment: ['部门报告（如司法局）', 'Department report (e.g. justice bureau)'],
  fieldYear: ['报告年度', 'Year reported on'],
  fieldPublished: ['发布日期', 'Published'],
  fieldIssuer: ['发布机构', 'Issuer'],
  save: ['保存', 'Save'],
  revert: ['恢复识别值', 'Revert to detected'],

  readerEmpty: ['请先在文库中打开一份报告。', 'Open a report from the library first.'],
  readerNotFound: [
    '找不到这份报告（可能已被删除）。',
    'This report was not found (perhaps deleted).',
  ],
  outline: ['提纲', 'Outline'],
  noOutline: ['没有识别到标题层级。', 'No headings were found.'],
  metadata: ['报告信息', 'Report details'],
  showRemoved: ['显示已移除的网页框架（{n} 行）', 'Show removed page chrome ({n} lines)'],
  hideRemoved: ['隐藏已移除的网页框架', 'Hide removed page chrome'],
  removedTitle: [
    '导入时移除的网页框架（不属于正文，仅供核对）',
    'Page chrome removed at import (not part of the text; for checking)',
  ],
  format: ['格式', 'Format'],
  encoding: ['编码', 'Encoding'],
  chars: ['字数', 'Characters'],
  fileName: ['文件', 'File'],
  backToLibrary: ['返回文库', 'Back to library'],

  settingsTitle: ['设置', 'Settings'],
  coderName: ['编码者姓名（用于标注记录）', 'Coder name (recorded with your codings)'],
  storage: ['存储空间', 'Storage'],
  storageUsage: ['已用 {used}，可用上限 {quota}', '{used} used of {quota} available'],
  storagePersisted: [
    '浏览器已同意持久保存本应用的数据。',
    'The browser keeps this app’s data persistently.',
  ],
  storageNotPersisted: [
    '浏览器未同意持久保存：空间紧张时，浏览器可能清除本应用的数据。请定期备份。',
    'The browser did not grant persistent storage: it may clear this app’s data when space runs low. Back up regularly.',
  ],
  requestPersist: ['申请持久保存', 'Request persistent storage'],
  privacy: [
    '隐私：导入的文件只保存在本浏览器的 IndexedDB 中，应用不会发起任何网络请求。',
    'Privacy: imported files are kept only in this browser’s IndexedDB; the app makes no network requests.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** All UI strings; each view's strings live in their own file. */
export const MESSAGES = {
  ...BASE,
  ...QUANTITY_MESSAGES,
  ...CODING_MESSAGES,
  ...COMPARE_MESSAGES,
  ...CHART_MESSAGES,
  ...WORKSHOP_MESSAGES,
  ...EXCHANGE_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;
export type Locale = 'zh-CN' | 'en';

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = MESSAGES[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** The shell's own strings (exported for the no-clash test). */
export { BASE as BASE_MESSAGES };
