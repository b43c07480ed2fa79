// The five sample reports through the real pipeline (parse, quantities, indicators) as chart
// input, plus small hand-made records for the shaping tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/core/pipeline.ts';
import { nodeHost } from '../../../src/cli/node-host.ts';
import { extractQuantities } from '../../../src/core/quantities/index.ts';
import { matchAll } from '../../../src/core/indicators/index.ts';
import { CATALOGUE } from '../../../src/core/indicators/catalogue.ts';
import { toMentions, type DecidedQuantity } from '../../../src/core/compare/mentions.ts';
import { localityKey, type CompareColumn, type Mention } from '../../../src/core/compare/types.ts';
import type { ChartInput } from '../../../src/core/charts/shape.ts';
import type { Indicator } from '../../../src/core/indicators/types.ts';
import { translate } from '../../../src/i18n/messages.ts';
import { SEEDS_DIR } from '../codebook/fx.ts';
import { readdirSync } from 'node:fs';

export const zh = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
  translate('zh-CN', k, p);

export async function sampleInput(): Promise<ChartInput> {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const reports: ChartInput['reports'][number][] = [];
  const items: DecidedQuantity[] = [];
  for (const [i, f] of files.entries()) {
    const [o] = await parseFile(
      { path: f, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, f))) },
      nodeHost(),
    );
    if (!o.ok) throw new Error(f);
    const r = o.report;
    const id = `r${i + 1}`;
    const name = r.meta.locality?.name ?? r.meta.title;
    reports.push({
      id,
      label: r.meta.year ? `${name} ${r.meta.year}` : name,
      locality: name,
      localityKey: localityKey(r.meta.locality?.province ?? null, null, name),
      year: r.meta.year,
      chars: r.chars,
      outline: r.outline,
      text: r.text,
    });
    const qs = extractQuantities(r.text);
    const matches = matchAll(qs, r.text, CATALOGUE);
    qs.forEach((q, k) =>
      items.push({
        q: { ...q, id: `${id}:${q.start}:${q.end}`, reportId: id },
        value: q.value,
        indicatorId: matches[k].indicatorId,
        status: 'auto',
        decision: null,
      }),
    );
  }
  const texts = new Map(reports.map((r) => [r.id, r.text!]));
  return {
    reports,
    catalogue: CATALOGUE,
    mentions: toMentions(items, texts),
    quantities: items.map((it) => ({
      reportId: it.q.reportId,
      start: it.q.start,
      sentence: texts.get(it.q.reportId)!.slice(it.q.sentenceStart, it.q.sentenceEnd),
    })),
    codes: [],
    codings: [],
    labels: {
      parts: {
        measures: zh('part_measures'),
        shortcomings: zh('part_shortcomings'),
        firstResponsible: zh('part_firstResponsible'),
        nextYear: zh('part_nextYear'),
      },
      other: zh('chartOther'),
      uncoded: zh('chartUncoded'),
    },
  };
}

export const IND: Indicator = {
  id: 'cases',
  name: '行政复议案件数',
  area: 7,
  kind: 'count',
  unitKinds: ['count'],
  keywords: [],
  builtIn: true,
};

export const col = (id: string, locality: string, year: number | null): CompareColumn => ({
  id,
  label: year ? `${locality} ${year}` : locality,
  locality,
  localityKey: locality,
  year,
});

export function mention(reportId: string, value: number, opts: Partial<Mention> = {}): Mention {
  const start = opts.start ?? 10;
  return {
    id: `${reportId}:${start}:${start + 3}`,
    reportId,
    indicatorId: IND.id,
    value,
    unit: '件',
    approx: 'exact',
    text: `${value}件`,
    start,
    end: start + 3,
    sentenceStart: start - 5,
    sentenceEnd: start + 10,
    sentence: `全年办理案件${value}件。`,
    change: false,
    ...opts,
  };
}
