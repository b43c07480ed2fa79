import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/decode/text-encoding.ts';
import { importError } from '../../../src/core/errors.ts';
import { extract, failure, seedParagraphs, utf8 } from './fixtures.ts';

// The generator writes the first 120 characters of three paragraphs of the 青山区 seed.
const QS = seedParagraphs('2021-青山区-法治政府建设情况报告.txt')
  .slice(5, 8)
  .map((p) => p.slice(0, 120));
const EXPECTED = QS.join('\n');

describe('plain text: every encoding is detected and named', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['gbk.txt', 'gb18030'],
    ['crlf.txt', 'utf-8'],
  ])('%s → %s', async (name, encoding) => {
    const result = await extract(name);
    expect(result.format).toBe('txt');
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(EXPECTED); // no BOM, no \r, one paragraph per line
  });

  it('reads Big5 as traditional Chinese, not as GBK mojibake', async () => {
    const result = await extract('big5.txt');
    expect(result.encoding).toBe('big5');
    expect(result.text.split('\n')[0]).toBe('青山區人民政府2021年度法治政府建設情況報告');
    expect(result.text).toContain('全年開展專題學法245場次');
  });

  it('tells GBK-encoded traditional characters from Big5', () => {
    // GBK can encode traditional characters too; the reading that makes sense must win.
    const gbkTraditional = new Uint8Array([0x87, 0xf8, 0xbc, 0xd2]); // 國家 in GBK
    const result = decodeText(gbkTraditional);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe('國家');
  });

  it('reads Markdown, dropping heading marks and blank lines', async () => {
    const result = await extract('report.md');
    expect(result.format).toBe('md');
    const lines = result.text.split('\n');
    expect(lines[0]).toBe('青山区人民政府2021年度法治政府建设情况报告');
    expect(lines[2]).toBe('一、学习贯彻习近平法治思想、中央全面依法治国工作会议精神情况');
    expect(lines).not.toContain('');
  });

  it('detects UTF-16 without a BOM and says so in a warning', () => {
    const text = '2021年法治政府建设情况报告 (final)';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++)
      new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('utf-16le');
    expect(result.text).toBe(text);
    expect(result.warnings[0]).toMatch(/BOM/);
  });

  it('keeps a UTF-8 file whose last character was cut off, with a warning', () => {
    const bytes = utf8('法治政府建设。');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('法治政府建设');
    expect(result.warnings).toHaveLength(1);
  });
});

describe('plain text: bad input gets a specific error', () => {
  it.each([
    ['empty.txt', 'empty'],
    ['whitespace.txt', 'empty'],
    ['binary-renamed.txt', 'binary'],
    ['cp1252.txt', 'undecodable'],
    ['image-renamed.txt', 'image'],
    ['legacy.doc', 'legacy-doc'],
    ['legacy.wps', 'wps'],
    ['encrypted.docx', 'encrypted'],
  ] as const)('%s → %s', async (name, code) => {
    const error = await failure(name);
    expect(error.code).toBe(code);
    // The code's own message (plus any detail), not a generic one.
    expect(error.message.startsWith(importError(code).message)).toBe(true);
  });

  it('says the encrypted .docx is an encrypted Office document, not an old .doc', async () => {
    const error = await failure('encrypted.docx');
    expect(error.message).toContain('加密的 Office 文档');
  });

  it('rejects binary content under a non-text extension as unsupported', async () => {
    const error = await failure({
      path: 'data.bin',
      bytes: new Uint8Array([1, 0, 2, 0, 3, 0, 0, 0]),
    });
    expect(error.code).toBe('unsupported');
  });

  it('names archives it cannot open (RAR, 7z) and the formats that are supported', async () => {
    const rar = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]);
    const error = await failure({ path: 'reports.rar', bytes: rar });
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('RAR');
  });

  it('refuses files over the size limit before reading them', async () => {
    const { sniff } = await import('../../../src/core/decode/sniff.ts');
    expect(() => sniff({ path: 'big.txt', bytes: new Uint8Array(2048) }, 1024)).toThrowError(
      expect.objectContaining({ error: expect.objectContaining({ code: 'too-large' }) }),
    );
  });
});
