import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { expandArchives, type ArchiveLimits } from '../../../src/core/decode/index.ts';
import { LIMITS } from '../../../src/core/errors.ts';
import { extract, fixture, utf8 } from './fixtures.ts';

/** 1 MB instead of 200 MB, so the bomb fixtures stay a few KB. */
const SMALL: ArchiveLimits = { ...LIMITS, zipTotalBytes: 1024 * 1024 };

const summary = (entries: ReturnType<typeof expandArchives>) =>
  entries.map((e) => ('error' in e ? `${e.path} ✗ ${e.error.code}` : e.path));

describe('expandArchives', () => {
  it('returns a non-zip file unchanged', () => {
    const file = fixture('utf8.txt');
    expect(expandArchives(file)).toEqual([file]);
  });

  it('unpacks folders and nested zips in archive order, skipping junk, with GBK names decoded', () => {
    expect(summary(expandArchives(fixture('reports.zip')))).toEqual([
      'reports.zip!/报告/2021年/青山区法治政府建设情况报告.txt',
      'reports.zip!/报告/2022年/report.md',
      'reports.zip!/nested/inner.zip!/inner/年度报告.txt',
    ]);
  });

  it('gives entries that extract like the files they are', async () => {
    const [gbkEntry] = expandArchives(fixture('reports.zip'));
    if (!gbkEntry || 'error' in gbkEntry) throw new Error('expected bytes');
    const result = await extract(gbkEntry);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toContain('青山区坚持以习近平新时代中国特色社会主义思想为指导');
  });

  it('does not unpack a .docx (a zip too)', () => {
    const file = fixture('report.docx');
    expect(expandArchives(file)).toEqual([file]);
  });

  it.each([
    ['truncated.zip', 'corrupt-zip'],
    ['junk-only.zip', 'zip-empty'],
  ])('%s → one %s error', (name, code) => {
    const entries = expandArchives(fixture(name));
    expect(summary(entries)).toEqual([`${name} ✗ ${code}`]);
  });

  it('refuses a zip bomb as a whole (declared size past the limit)', () => {
    const bytes = fixture('bomb.zip').bytes;
    expect(bytes.length).toBeLessThan(10_000);
    const entries = expandArchives({ path: 'bomb.zip', bytes }, SMALL);
    expect(summary(entries)).toEqual(['bomb.zip ✗ zip-too-large']);
    expect('error' in entries[0]! && entries[0].error.message).toContain('1 MB');
  });

  it('stops inflating when the header lies about the size', () => {
    const entries = expandArchives(fixture('bomb-forged.zip'), SMALL);
    expect(summary(entries)).toEqual(['bomb-forged.zip ✗ zip-too-large']);
  });

  it('marks one oversized entry too-large and keeps the others', () => {
    const zip = zipSync({ 'a.txt': utf8('法治政府'), 'big.txt': new Uint8Array(4096) });
    const limits = { ...LIMITS, fileBytes: 1024 };
    expect(summary(expandArchives({ path: 'x.zip', bytes: zip }, limits))).toEqual([
      'x.zip!/a.txt',
      'x.zip!/big.txt ✗ too-large',
    ]);
  });

  it('refuses nesting deeper than the limit', () => {
    let bytes: Uint8Array = zipSync({ 'deep.txt': utf8('法治政府') });
    for (let i = 0; i < 3; i++) bytes = zipSync({ [`level${i}.zip`]: bytes });
    const entries = expandArchives({ path: 'top.zip', bytes });
    expect(summary(entries)).toEqual([
      'top.zip!/level2.zip!/level1.zip!/level0.zip ✗ zip-too-large',
    ]);
  });

  it('refuses an archive with more entries than the limit', () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${i}.txt`, utf8('x')]));
    const entries = expandArchives(
      { path: 'many.zip', bytes: zipSync(files) },
      { ...LIMITS, zipEntries: 10 },
    );
    expect(summary(entries)).toEqual(['many.zip ✗ zip-too-large']);
  });

  it('says a .zip that is not a zip is corrupt', () => {
    expect(summary(expandArchives({ path: 'a.zip', bytes: utf8('hello') }))).toEqual([
      'a.zip ✗ corrupt-zip',
    ]);
  });
});
