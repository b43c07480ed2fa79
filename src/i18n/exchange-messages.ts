// Strings of REFI-QDA project exchange, offline / single-file notices and presentation mode.
// Each entry is [zh-CN, en].
export const EXCHANGE_MESSAGES = {
  qdpxTitle: ['REFI-QDA 项目（.qdpx）', 'REFI-QDA project (.qdpx)'],
  qdpxIntro: [
    '导出代码簿、报告全文和编码，可在 NVivo、ATLAS.ti、MAXQDA、QualCoder 中继续工作；也可导入这些软件导出的 .qdpx（文本来源及其编码）。',
    'Export a codebook with the reports’ texts and codings to continue in NVivo, ATLAS.ti, MAXQDA or QualCoder; or import a .qdpx from them (text sources and their codings).',
  ],
  qdpxCodebook: ['代码簿', 'Codebook'],
  qdpxAllReports: [
    '导出全部报告（否则只导出有编码的报告）',
    'Export every report (otherwise only coded ones)',
  ],
  qdpxExport: ['导出 .qdpx', 'Export .qdpx'],
  qdpxImport: ['导入 .qdpx…', 'Import .qdpx…'],
  qdpxNoCodebook: [
    '还没有代码簿：请先在“编码”页新建。',
    'No codebook yet: create one on the Coding page.',
  ],
  qdpxImporting: ['正在导入项目…', 'Importing the project…'],
  qdpxImported: [
    '已导入项目“{name}”：{sources} 份来源，{codes} 个代码，{codings} 处编码（新代码簿，可撤销）。',
    'Imported project “{name}”: {sources} sources, {codes} codes, {codings} codings (a new codebook; undoable).',
  ],
  qdpxSkipped: ['文件中未导入的内容', 'Left out of the file'],
  qdpxLost: ['未能放入文库的内容', 'Could not be placed in the library'],

  fileModeNotice: [
    '这是单文件版（从本地文件打开）：报告保存在这台电脑的浏览器里；不能导入 PDF（pdf.js 的字体与字符映射文件无法从本地文件加载），也不能离线安装。其他功能可用。',
    'Single-file edition (opened from a local file): reports are kept in this browser; PDF import does not work here (pdf.js cannot load its font and character-map files from a local file) and it cannot be installed as an app. Everything else works.',
  ],
  offlineReady: ['已可离线使用', 'Ready to work offline'],

  presentOn: ['演示模式', 'Presentation mode'],
  presentOff: ['退出演示', 'Exit presentation'],
  presentHint: [
    '大字号、隐藏编辑按钮，便于投影讲解。按 Esc 或 Alt+P 退出。',
    'Large type, editing controls hidden, for projecting. Press Esc or Alt+P to exit.',
  ],
} as const satisfies Record<string, readonly [string, string]>;
