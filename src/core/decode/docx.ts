// .docx → text with mammoth: one paragraph per line, empty paragraphs dropped.
import mammoth from 'mammoth';
import { ImportFailure } from '../errors.ts';
import type { ExtractedText } from '../types.ts';

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; give both.
  const arrayBuffer = bytes.slice().buffer;
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<
    typeof mammoth.extractRawText
  >[0];
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText(input);
  } catch {
    // The library's reason (JSZip/XML internals) means nothing to a user; the code says it all.
    throw new ImportFailure('corrupt-docx');
  }
  const text = result.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .map((m) => `docx: ${m.message}`);
  return { format: 'docx', encoding: null, text, warnings };
}
