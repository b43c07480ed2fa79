// Public API of the decoders: archives → files, and any supported file → plain text.
import { ImportFailure } from '../errors.ts';
import type { ExtractedText, InputFile } from '../types.ts';
import { extensionOf } from './bytes.ts';
import { extractDocx } from './docx.ts';
import { extractHtml } from './html.ts';
import { extractPdf, type PdfHost } from './pdf.ts';
import { TEXT_EXTENSIONS, sniff } from './sniff.ts';
import { decodeText } from './text-encoding.ts';

export type { PdfHost, PdfjsModule } from './pdf.ts';
export { expandArchives, type ArchiveLimits, type ExpandedFile } from './zip.ts';

export interface DecodeHost {
  pdf: PdfHost;
}

/**
 * Detect the real format from the bytes (magic numbers first, extension second) and extract
 * plain text, paragraphs separated by '\n'. Throws ImportFailure with a specific code.
 */
export async function extractText(file: InputFile, host: DecodeHost): Promise<ExtractedText> {
  const kind = sniff(file);
  switch (kind) {
    case 'pdf':
      return extractPdf(file.bytes, host.pdf);
    case 'docx':
      return nonEmpty(await extractDocx(file.bytes), 'empty');
    case 'zip':
      // The pipeline runs expandArchives first; a zip here is a caller bug, not a user error.
      throw new ImportFailure('internal', 'zip 应先经 expandArchives 解压');
    case 'html':
      return nonEmpty(
        withBinaryAsUnsupported(file, () => extractHtml(file.bytes)),
        'no-text',
      );
    case 'md':
    case 'txt': {
      const decoded = withBinaryAsUnsupported(file, () => decodeText(file.bytes));
      return nonEmpty(
        {
          format: kind,
          encoding: decoded.encoding,
          text:
            kind === 'md'
              ? stripMarkdown(normaliseNewlines(decoded.text))
              : normaliseNewlines(decoded.text),
          warnings: decoded.warnings,
        },
        'empty',
      );
    }
  }
}

function nonEmpty(result: ExtractedText, code: 'empty' | 'no-text'): ExtractedText {
  if (result.text.trim() === '') throw new ImportFailure(code);
  return result;
}

/** Binary content under a name we would read as text is 'binary' (a renamed file); otherwise 'unsupported'. */
function withBinaryAsUnsupported<T>(file: InputFile, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    const ext = extensionOf(file.path);
    if (e instanceof ImportFailure && e.error.code === 'binary' && !TEXT_EXTENSIONS.has(ext)) {
      throw new ImportFailure('unsupported', `.${ext}`);
    }
    throw e;
  }
}

/** CRLF and lone CR (old Mac) → '\n'; blank lines dropped, so paragraphs are one per line. */
function normaliseNewlines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Markdown: heading hashes and bold/italic markers are markup, not report text. */
function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/(\*\*|__)(.+?)\1/g, '$2'))
    .join('\n');
}
