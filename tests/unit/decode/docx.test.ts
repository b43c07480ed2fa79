import { describe, expect, it } from 'vitest';
import { extract, failure, seedParagraphs } from './fixtures.ts';

const QS = seedParagraphs('2021-青山区-法治政府建设情况报告.txt');

describe('docx', () => {
  it('gives one paragraph per line, runs joined, empty paragraphs dropped', async () => {
    const result = await extract('report.docx');
    expect(result.format).toBe('docx');
    expect(result.encoding).toBeNull();
    // Title, then the first paragraph (written as two runs), then four more paragraphs.
    expect(result.text.split('\n')).toEqual(QS.slice(4, 10));
  });

  it('reports a truncated .docx as corrupt-docx', async () => {
    const error = await failure('truncated.docx');
    expect(error.code).toBe('corrupt-docx');
    expect(error.message).toContain('.docx');
  });

  it('trusts the bytes over the name: a .docx renamed .zip is still read as a document', async () => {
    const { bytes } = (await import('./fixtures.ts')).fixture('report.docx');
    const result = await extract({ path: 'report.zip', bytes });
    expect(result.format).toBe('docx');
  });
});
