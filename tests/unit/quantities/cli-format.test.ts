// The pure part of `extract`: rows, JSON and CSV formatting, failures.
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvField,
  extractRows,
  formatCsv,
  formatJson,
  rowsFromOutcomes,
} from '../../../src/cli/extract.ts';
import type { ImportOutcome, ParsedReport } from '../../../src/core/types.ts';

const TEXT = '全年办理行政复议案件96件。\n每个镇配备3至12名律师,“一门”服务。';

describe('extract rows', () => {
  it('has exactly the documented fields, low/high only for ranges', () => {
    const rows = extractRows('a.txt', TEXT);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS.filter((c) => c !== 'low' && c !== 'high'));
    expect(rows[0]).toMatchObject({
      file: 'a.txt',
      text: '96件',
      value: 96,
      unit: '件',
      unitKind: 'count',
      approx: 'exact',
      subject: '行政复议案件',
      indicator: 'admin-reconsideration-cases',
      sentence: '全年办理行政复议案件96件。',
    });
    expect(TEXT.slice(rows[0].start, rows[0].end)).toBe('96件');
    expect(Object.keys(rows[1])).toEqual([...CSV_COLUMNS]);
    expect([rows[1].low, rows[1].high, rows[1].indicator]).toEqual([3, 12, null]);
  });

  it('formats JSON as an array', () => {
    const parsed = JSON.parse(formatJson(extractRows('a.txt', TEXT)));
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed[0].indicator).toBe('admin-reconsideration-cases');
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });

  it('formats CSV with a header row and RFC 4180 quoting', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3.5)).toBe('3.5');
    const csv = formatCsv(extractRows('dir/a,b.txt', TEXT));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1].startsWith('"dir/a,b.txt",96件,')).toBe(true);
    expect(lines[2]).toContain(',3,12,');
    expect(lines[2]).toContain('"每个镇配备3至12名律师,“一门”服务。"');
    expect(lines).toHaveLength(4); // header, two rows, trailing empty
  });

  it('keeps rows of imported files and lists failures', () => {
    const report = { text: TEXT } as ParsedReport;
    const outcomes: ImportOutcome[] = [
      { ok: true, file: 'a.txt', report },
      {
        ok: false,
        file: 'b.doc',
        error: { code: 'legacy-doc', message: '旧版 Word', messageEn: 'old Word' },
      },
    ];
    const { rows, failures } = rowsFromOutcomes(outcomes);
    expect(rows).toHaveLength(2);
    expect(failures).toEqual(['b.doc: 旧版 Word']);
  });
});
