// PDF → text with pdf.js (module supplied by the host: Node CLI/tests or the browser worker).
import type * as Pdfjs from 'pdfjs-dist';
import type { DocumentInitParameters, TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportFailure } from '../errors.ts';
import type { ExtractedText } from '../types.ts';
import { indexOfAscii } from './bytes.ts';
import { itemsToLines, type PdfLine } from './pdf-lines.ts';
import { linesToParagraphs } from './pdf-paragraphs.ts';

/** The part of the pdf.js module we call (the main or the legacy build). */
export interface PdfjsModule {
  getDocument: typeof Pdfjs.getDocument;
}

/** How to run pdf.js here: how to load it and where its data files are (URLs or, in Node, paths). */
export interface PdfHost {
  /** Loaded lazily: pdf.js is big, and most imports are not PDFs. */
  loadPdfjs: () => Promise<PdfjsModule>;
  /** Trailing slash required. CJK fonts without embedded CMaps need these. */
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl?: string;
  iccUrl?: string;
  /** Host-specific loading options (e.g. `useWorkerFetch` inside a Web Worker). */
  options?: Partial<DocumentInitParameters>;
}

export async function extractPdf(bytes: Uint8Array, host: PdfHost): Promise<ExtractedText> {
  const warnings: string[] = [];
  // A PDF cut short loses its trailer; pdf.js may still rebuild it, so only warn here.
  if (indexOfAscii(bytes, '%%EOF', Math.max(0, bytes.length - 2048)) < 0) {
    warnings.push('PDF 文件末尾不完整（没有 %%EOF），可能缺少内容。');
  }
  const pdfjs = await host.loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of (transfers) the buffer it is given
    cMapUrl: host.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: host.standardFontDataUrl,
    wasmUrl: host.wasmUrl,
    iccUrl: host.iccUrl,
    // Fail loudly on broken content streams instead of returning part of a page's text.
    stopAtErrors: true,
    verbosity: 0,
    ...host.options,
  });
  try {
    const doc = await task.promise.catch((e: unknown) => {
      throw loadFailure(e);
    });
    const pages: PdfLine[][] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const lines = await pageLines(doc, n);
      if (lines.length === 0) emptyPages.push(n);
      pages.push(lines);
    }
    const { text } = linesToParagraphs(pages);
    if (text.trim() === '') throw new ImportFailure('pdf-no-text', `${doc.numPages} 页`);
    if (emptyPages.length) {
      warnings.push(
        `第 ${emptyPages.join('、')} 页没有文字层（可能是扫描页），这些页的内容未导入。`,
      );
    }
    const result: ExtractedText = {
      format: 'pdf',
      encoding: null,
      text,
      pages: doc.numPages,
      warnings,
    };
    const title = await documentTitle(doc);
    if (title) result.sourceTitle = title;
    return result;
  } finally {
    await task.destroy();
  }
}

async function pageLines(doc: Pdfjs.PDFDocumentProxy, n: number): Promise<PdfLine[]> {
  try {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    page.cleanup();
    return itemsToLines(items);
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    throw new ImportFailure('corrupt-pdf', `第 ${n} 页无法读取`);
  }
}

function loadFailure(e: unknown): ImportFailure {
  if (e instanceof ImportFailure) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ImportFailure('pdf-encrypted');
  return new ImportFailure('corrupt-pdf');
}

async function documentTitle(doc: Pdfjs.PDFDocumentProxy): Promise<string | undefined> {
  try {
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown } | null)?.Title;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined; // metadata is optional; a broken Info dict must not fail the import
  }
}
