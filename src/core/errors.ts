// User-facing messages for every import failure: say what the file is and what to do.
import type { ImportError, ImportErrorCode } from './types.ts';

const MESSAGES: Record<ImportErrorCode, [zh: string, en: string]> = {
  empty: [
    '文件是空的（0 字节或只有空白），没有可导入的内容。',
    'The file is empty (0 bytes or only whitespace).',
  ],
  'too-large': [
    '文件超过大小上限，未导入。请拆分后再导入。',
    'The file is larger than the size limit and was not imported. Split it and try again.',
  ],
  binary: [
    '这不是文本文件（内容是二进制数据），可能是改了扩展名的其他文件。请导入原始格式或另存为 .txt/.docx。',
    'This is not a text file (binary content), perhaps another file renamed. Import the original or save it as .txt/.docx.',
  ],
  undecodable: [
    '无法识别文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）。请用编辑器另存为 UTF-8 后再导入。',
    'The text encoding could not be recognised (not UTF-8, UTF-16, GB18030/GBK or Big5). Save it as UTF-8 and try again.',
  ],
  'legacy-doc': [
    '这是旧版 Word 文档（.doc），无法直接读取。请在 Word 或 WPS 中“另存为” .docx 后再导入。',
    'This is a legacy Word document (.doc). Open it in Word or WPS and “Save as” .docx, then import that.',
  ],
  wps: [
    '这是 WPS 文字文档（.wps），无法直接读取。请在 WPS 中“另存为” .docx 后再导入。',
    'This is a WPS Writer document (.wps). Save it as .docx in WPS, then import that.',
  ],
  image: [
    '这是图片文件，没有可读取的文字。请导入报告的文字版本（.txt、.docx 或带文字层的 .pdf）。',
    'This is an image with no text to read. Import a text version of the report (.txt, .docx or a PDF with a text layer).',
  ],
  unsupported: [
    '不支持这种文件格式。可导入：.txt .md .html .htm .docx .pdf 以及包含它们的 .zip。',
    'This file format is not supported. Supported: .txt .md .html .htm .docx .pdf and .zip archives of them.',
  ],
  'corrupt-docx': [
    '.docx 文件已损坏或不完整，无法打开。请在 Word 或 WPS 中重新保存后再导入。',
    'The .docx file is damaged or incomplete. Re-save it in Word or WPS and try again.',
  ],
  'corrupt-pdf': [
    'PDF 文件已损坏或不完整，无法打开。请重新下载或重新导出 PDF。',
    'The PDF is damaged or incomplete. Download or export it again.',
  ],
  'pdf-no-text': [
    '这个 PDF 没有文字层（可能是扫描件），无法提取文字。请先做 OCR 识别，或找到报告的网页/文字版本。',
    'This PDF has no text layer (probably a scan). Run OCR on it first, or find the web or text version of the report.',
  ],
  'pdf-encrypted': [
    '这个 PDF 有密码保护，无法读取。请先解除密码（或另存为不加密的 PDF）后再导入。',
    'This PDF is password-protected. Remove the password (or save an unencrypted copy) and try again.',
  ],
  encrypted: [
    '文件有密码保护（加密的 Word 文档或压缩包中的加密文件），无法读取。请先解除密码后再导入。',
    'The file is password-protected (an encrypted Word document or an encrypted entry in an archive). Remove the password and try again.',
  ],
  'corrupt-zip': [
    '压缩包已损坏或不是有效的 .zip 文件，无法解压。请重新打包后再导入。',
    'The archive is damaged or not a valid .zip file. Re-create it and try again.',
  ],
  'zip-too-large': [
    '压缩包解压后的大小超过上限（可能是“压缩炸弹”），已停止解压，未导入任何内容。',
    'The archive expands past the size limit (possibly a zip bomb); nothing was imported from it.',
  ],
  'zip-empty': [
    '压缩包里没有可导入的报告文件。',
    'The archive contains no report files that can be imported.',
  ],
  'no-text': [
    '文件中没有找到正文文字（清理网页框架后为空）。',
    'No body text was found in the file (nothing left after removing the page chrome).',
  ],
  duplicate: [
    '这份报告已在库中（正文完全相同），未重复导入。',
    'This report is already in the library (identical text); it was not imported again.',
  ],
  storage: [
    '浏览器存储写入失败（可能空间不足）。这个文件未导入，已有数据不受影响。',
    'Writing to browser storage failed (perhaps out of space). This file was not imported; existing data is unchanged.',
  ],
  'pdf-single-file': [
    '单文件版（从本地文件打开）不能读取 PDF：pdf.js 需要的字符映射和字体文件无法从本地文件加载。请用网页版或安装后的离线版导入 PDF，或先把它另存为 .docx / .txt。',
    'The single-file edition (opened from a local file) cannot read PDFs: pdf.js cannot load its character maps and fonts from a local file. Import PDFs in the web or installed offline app, or save them as .docx / .txt first.',
  ],
  cancelled: ['导入已取消，这个文件未导入。', 'Import was cancelled; this file was not imported.'],
  unreadable: [
    '无法读取这个文件（不存在或没有读取权限）。',
    'The file could not be read (missing, or no permission).',
  ],
  internal: [
    '处理这个文件时出现内部错误，文件未导入。',
    'An internal error occurred while processing this file; it was not imported.',
  ],
};

/** Build an ImportError; `detail` (e.g. the size limit) is appended to both languages. */
export function importError(code: ImportErrorCode, detail?: string): ImportError {
  const [zh, en] = MESSAGES[code];
  return {
    code,
    message: detail ? `${zh}（${detail}）` : zh,
    messageEn: detail ? `${en} (${detail})` : en,
  };
}

/** A failure raised deep in a parser, carried up to the pipeline as a typed ImportError. */
export class ImportFailure extends Error {
  readonly error: ImportError;
  constructor(code: ImportErrorCode, detail?: string) {
    const error = importError(code, detail);
    super(error.messageEn);
    this.error = error;
  }
}

/** Size limits (bytes). One place so the UI and CLI can quote them. */
export const LIMITS = {
  /** A single report file. Reports are 5–100 KB; a 50 MB PDF is a book, not a report. */
  fileBytes: 50 * 1024 * 1024,
  /** Total uncompressed size of all entries in one zip. */
  zipTotalBytes: 200 * 1024 * 1024,
  /** Entries in one zip. */
  zipEntries: 5000,
  /** Nesting depth of zips inside zips. */
  zipDepth: 3,
};
