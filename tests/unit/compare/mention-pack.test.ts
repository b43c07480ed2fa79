import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fromStored,
  packMentions,
  toStored,
  unpackMention,
} from '../../../src/core/compare/mention-pack.ts';
import type { Approx } from '../../../src/core/quantities/types.ts';

const APPROX: Approx[] = ['exact', 'more', 'about', 'nearly', 'over', 'at_least', 'at_most'];
const mention = fc.record({
  indicatorId: fc.string(),
  value: fc.double({ noNaN: true }),
  unit: fc.string(),
  approx: fc.constantFrom(...APPROX),
  text: fc.string({ unit: 'grapheme' }),
  start: fc.nat(),
  end: fc.nat(),
  sentenceStart: fc.nat(),
  sentenceEnd: fc.nat(),
  change: fc.boolean(),
});

describe('packed mentions', () => {
  it('survive the stored form unchanged, whatever their strings hold', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 30 }), (ms) => {
        const back = fromStored(toStored(packMentions(ms)));
        expect(ms.map((_, i) => unpackMention('r', back, i))).toEqual(
          ms.map((m) => ({ ...m, reportId: 'r', id: `r:${m.start}:${m.end}` })),
        );
      }),
    );
  });

  it('are stored as a handful of objects, not one array per field', () => {
    const s = toStored(packMentions([]));
    expect(Object.keys(s).sort()).toEqual([
      'codes',
      'marks',
      'offsets',
      'text',
      'textEnds',
      'values',
      'words',
    ]);
  });
});
