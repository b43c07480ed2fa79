import { describe, expect, it } from 'vitest';
import {
  OUTLINE_2015,
  OUTLINE_2015_TO_2021,
  OUTLINE_2021,
  PALETTE,
  REPORT_PARTS,
  copyTemplate,
  mapTo2021,
} from '../../../src/core/codebook/index.ts';
import { effects } from './fx.ts';

describe('built-in templates', () => {
  it('have the outlines’ areas, the parts, descriptions and keywords', () => {
    expect(OUTLINE_2021.codes.map((c) => c.key)).toEqual([
      '2021-1',
      '2021-2',
      '2021-3',
      '2021-4',
      '2021-5',
      '2021-6',
      '2021-7',
      '2021-8',
      '2021-9',
    ]);
    expect(OUTLINE_2015.codes).toHaveLength(8);
    expect(REPORT_PARTS.codes.map((c) => c.part)).toEqual([
      'measures',
      'shortcomings',
      'firstResponsible',
      'nextYear',
      'other',
    ]);
    for (const t of [OUTLINE_2021, OUTLINE_2015, REPORT_PARTS])
      for (const c of t.codes) {
        expect(c.description.length).toBeGreaterThan(4);
        expect(c.keywords.length).toBeGreaterThan(0);
        expect(c.name).not.toContain('/');
      }
    const keys = (k: string) => OUTLINE_2021.codes.find((c) => c.key === k)!.keywords;
    expect(keys('2021-7')).toEqual(expect.arrayContaining(['行政复议', '行政诉讼', '出庭应诉']));
    expect(keys('2021-9')).toEqual(
      expect.arrayContaining(['第一责任人', '学法', '述法', '普法', '法治督察']),
    );
  });

  it('map 2015 areas onto 2021 ones exactly as the domain notes say', () => {
    expect(OUTLINE_2015_TO_2021).toEqual({
      '2015-1': '2021-1',
      '2015-2': '2021-2',
      '2015-3': '2021-3',
      '2015-4': '2021-4',
      '2015-5': '2021-7',
      '2015-6': '2021-6',
      '2015-7': '2021-9',
      '2015-8': '2021-9',
    });
    const mapped = new Set(Object.values(OUTLINE_2015_TO_2021));
    expect(mapped.has('2021-5') || mapped.has('2021-8')).toBe(false);
  });

  it('copy into an editable codebook with fresh ids, GUIDs and palette colours', () => {
    const fx = effects();
    const a = copyTemplate('outline-2015', { ...fx, name: '我的代码簿' })!;
    const b = copyTemplate('outline-2015', fx)!;
    expect(a.codebook).toMatchObject({ name: '我的代码簿', builtIn: 'outline-2015' });
    expect(b.codebook.name).toBe(OUTLINE_2015.name);
    const ids = [...a.codes, ...b.codes].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const guids = [...a.codes, ...b.codes].map((c) => c.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(a.codes.map((c) => c.color)).toEqual(PALETTE.slice(0, 8));
    expect(a.codes.every((c) => c.codebookId === a.codebook.id && c.parentId === null)).toBe(true);
    expect(mapTo2021(a.codes[4]!)).toBe('2021-7');
    expect(copyTemplate('nope', fx)).toBeNull();
    // default GUIDs are real v4 UUIDs
    const c = copyTemplate('report-parts', { newId: fx.newId, now: fx.now })!;
    expect(c.codes[0]!.guid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
