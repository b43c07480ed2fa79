// The packed builder the worker uses must give exactly the cells of the object builder the
// exports use (buildMetricTable), for any mentions, choices, populations and column years.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMetricTable } from '../../../src/core/compare/metric-table.ts';
import { toViewTable, viewCell, type ViewTable } from '../../../src/core/compare/view-table.ts';
import {
  buildPackedTable,
  packedMentionsOf,
  sortPackedColumns,
} from '../../../src/core/compare/packed-table.ts';
import { packMentions } from '../../../src/core/compare/mention-pack.ts';
import { sortColumnsByRow } from '../../../src/core/compare/metric-table.ts';
import { CATALOGUE } from '../../../src/core/indicators/catalogue.ts';
import type { CellChoice, CompareColumn, Mention } from '../../../src/core/compare/types.ts';
import type { Approx } from '../../../src/core/quantities/types.ts';

const INDS = CATALOGUE.slice(0, 4);
const APPROX: Approx[] = ['exact', 'about', 'over', 'at_least'];

const cells = (t: ViewTable) =>
  t.rows.flatMap((row, r) =>
    t.columns.map((_, c) => ({ row: row.indicator.id, ...viewCell(t, r, c) })),
  );

const world = fc
  .record({
    reports: fc.integer({ min: 0, max: 6 }),
    sameLocality: fc.boolean(),
    mentions: fc.array(
      fc.record({
        r: fc.nat(5),
        ind: fc.nat(INDS.length),
        start: fc.nat(30),
        value: fc.integer({ min: 0, max: 5 }),
        approx: fc.constantFrom(...APPROX),
        change: fc.boolean(),
        unit: fc.constantFrom('件', '份', '%'),
      }),
      { maxLength: 40 },
    ),
    choices: fc.array(
      fc.record({
        r: fc.nat(5),
        ind: fc.nat(INDS.length - 1),
        pick: fc.nat(40),
        manual: fc.option(fc.integer({ min: 0, max: 9 })),
      }),
      { maxLength: 5 },
    ),
    pops: fc.array(fc.option(fc.integer({ min: 0, max: 100_000 })), { minLength: 6, maxLength: 6 }),
    normalise: fc.boolean(),
    keepEmptyRows: fc.boolean(),
  })
  .map((w) => {
    const columns: CompareColumn[] = Array.from({ length: w.reports }, (_, i) => ({
      id: `r${i}`,
      label: `r${i}`,
      locality: w.sameLocality ? 'L' : `L${i}`,
      localityKey: w.sameLocality ? 'L' : `L${i}`,
      year: 2019 + ((i * 3) % 7),
    }));
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    for (const x of w.mentions) {
      const reportId = `r${x.r}`;
      const id = `${reportId}:${x.start}:${x.start + 2}`;
      if (seen.has(id)) continue; // one quantity per span
      seen.add(id);
      // ind = INDS.length: an indicator not among the rows.
      const indicatorId = INDS[x.ind]?.id ?? 'not-a-row';
      mentions.push({
        id,
        reportId,
        indicatorId,
        value: x.value,
        unit: x.unit,
        approx: x.approx,
        text: `${x.value}${x.unit}`,
        start: x.start,
        end: x.start + 2,
        sentenceStart: 0,
        sentenceEnd: 40,
        change: x.change,
      });
    }
    const choices = new Map<string, CellChoice>();
    for (const c of w.choices) {
      const reportId = `r${c.r}`;
      const indicatorId = INDS[c.ind].id;
      const own = mentions.filter((m) => m.reportId === reportId && m.indicatorId === indicatorId);
      choices.set(`${reportId}:${indicatorId}`, {
        quantityId: own.length ? own[c.pick % own.length].id : `${reportId}:99:101`,
        manual: c.manual === null ? null : { value: c.manual, unit: '件', note: 'n' },
      });
    }
    const populations = new Map(
      w.pops.flatMap((p, i) =>
        p === null ? [] : [[w.sameLocality ? 'L' : `L${i}`, p] as [string, number]],
      ),
    );
    return {
      columns,
      mentions,
      opts: { choices, populations, normalise: w.normalise, keepEmptyRows: w.keepEmptyRows },
    };
  });

const setsOf = (mentions: Mention[]) => {
  const by = new Map<string, Mention[]>();
  for (const m of mentions) by.set(m.reportId, [...(by.get(m.reportId) ?? []), m]);
  return new Map([...by].map(([id, ms]) => [id, packMentions(ms)]));
};

describe('buildPackedTable', () => {
  it('gives the same cells, rows, statistics and extremes as buildMetricTable', () => {
    fc.assert(
      fc.property(world, ({ columns, mentions, opts }) => {
        const full = toViewTable(buildMetricTable(columns, INDS, mentions, opts));
        const packed = buildPackedTable(columns, INDS, setsOf(mentions), opts);
        expect(packed.rows).toEqual(full.rows);
        expect(packed.yoy).toBe(full.yoy);
        expect(cells(packed)).toEqual(cells(full));
      }),
      { numRuns: 400 },
    );
  });

  it('sorts columns by a row as sortColumnsByRow does, and lists a cell’s mentions in text order', () => {
    fc.assert(
      fc.property(world, fc.constantFrom<1 | -1>(1, -1), ({ columns, mentions, opts }, dir) => {
        const id = INDS[0].id;
        const table = buildMetricTable(columns, INDS, mentions, opts);
        const packed = buildPackedTable(columns, INDS, setsOf(mentions), opts);
        expect(sortPackedColumns(packed, id, dir)).toEqual(sortColumnsByRow(table, id, dir));
        const sets = setsOf(mentions);
        for (const row of table.rows)
          for (const c of row.cells)
            expect(packedMentionsOf(c.reportId, sets.get(c.reportId), c.indicatorId)).toEqual(
              c.mentions,
            );
      }),
      { numRuns: 200 },
    );
  });
});
