// Change over time as SVG: one line per locality across the years, each with its own colour
// AND marker shape and a direct label, so lines are told apart without colour. A year without
// a report or a value breaks the line (no bridging); a report without a value is a hollow
// marker on the axis saying so.
import { line, scaleLinear, scalePoint, symbol, symbolsFill } from 'd3';
import type { TrendData, TrendPoint } from '../../../core/charts/types.ts';
import {
  GRID,
  INK_2,
  INK_3,
  MISSING,
  SERIES,
  esc,
  fmt,
  finish,
  footnote,
  heading,
  label,
  mark,
  r1,
} from './svg-kit.ts';
import type { BuildOptions, BuiltChart, ChartMark } from './types.ts';

const shape = (i: number, size: number) =>
  symbol(symbolsFill[i % symbolsFill.length], size)() ?? '';

export function trendSvg(d: TrendData, o: BuildOptions): BuiltChart {
  const s = o.scale;
  const p = o.idPrefix;
  const title = o.title || o.t('chartTrendTitle', { name: d.name });
  const sub =
    o.t('chartTrendSub', {
      n: d.series.length,
      unit: d.unit + (d.normalised ? `/${o.t('perTenThousand')}` : ''),
    }) + (d.undated ? o.t('chartUndated', { n: d.undated }) : '');
  const head = heading(title, sub, o.width, s);
  const legendW = Math.min(170 * s, o.width * 0.26);
  const left = 56 * s;
  const plotW = Math.max(o.width - left - legendW - 24 * s, 80);
  const plotH = 300 * s;
  const top = head.h + 16 * s;
  const values = d.series.flatMap((x) =>
    x.points.map((pt) => pt.value).filter((v): v is number => v !== null),
  );
  const max = values.length ? Math.max(...values) : 1;
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([plotH, 0]);
  const x = scalePoint<number>().domain(d.years).range([0, plotW]).padding(0.5);
  const out: string[] = [head.svg];
  const gx = (v: number) => left + (x(v) ?? 0);
  const gy = (v: number) => top + y(v);
  for (const v of y.ticks(5))
    out.push(
      `<line x1="${r1(left)}" x2="${r1(left + plotW)}" y1="${r1(gy(v))}" y2="${r1(gy(v))}" stroke="${GRID}"/>` +
        `<text x="${r1(left - 6 * s)}" y="${r1(gy(v) + 4 * s)}" font-size="${r1(11 * s)}" text-anchor="end" fill="${INK_3}">${fmt(v)}</text>`,
    );
  for (const yr of d.years)
    out.push(
      `<text x="${r1(gx(yr))}" y="${r1(top + plotH + 18 * s)}" font-size="${r1(12 * s)}" text-anchor="middle" fill="${INK_2}">${yr}</text>`,
    );
  out.push(
    `<line x1="${r1(left)}" x2="${r1(left + plotW)}" y1="${r1(top + plotH)}" y2="${r1(top + plotH)}" stroke="${INK_3}"/>`,
  );
  const marks: ChartMark[] = [];
  const path = line<TrendPoint>()
    .defined((pt) => pt.value !== null)
    .x((pt) => gx(pt.year))
    .y((pt) => gy(pt.value ?? 0))
    .digits(1);
  d.series.forEach((ser, i) => {
    const colour = SERIES[i % SERIES.length];
    out.push(
      `<path d="${path(ser.points) ?? ''}" fill="none" stroke="${colour}" stroke-width="${r1(2.2 * s)}"/>`,
    );
    for (const pt of ser.points) {
      if (pt.missing === 'no-report') continue;
      const has = pt.value !== null;
      const cx = gx(pt.year);
      const cy = has ? gy(pt.value!) : top + plotH;
      const sym = shape(i, 64 * s * s);
      const body = has
        ? `<path transform="translate(${r1(cx)},${r1(cy)})" d="${sym}" fill="${colour}" stroke="#fff" stroke-width="1"/>` +
          (pt.mark
            ? `<text x="${r1(cx + 7 * s)}" y="${r1(cy - 6 * s)}" font-size="${r1(11 * s)}" fill="${INK_2}">${esc(pt.mark)}</text>`
            : '')
        : `<path transform="translate(${r1(cx)},${r1(cy)})" d="${sym}" fill="#fff" stroke="${MISSING}" stroke-dasharray="2 1.5" stroke-width="1.5"/>`;
      const value = has ? `${pt.mark}${fmt(pt.value!)}${d.unit}` : o.t('chartMissing_no-value');
      const lines = [
        `${pt.year}：${value}`,
        ...(pt.approx !== 'exact' && has
          ? [o.t('chartApproxNote', { word: o.t(`approx_${pt.approx}`) })]
          : []),
      ];
      out.push(mark(p, marks.length, `${ser.locality} ${lines.join('；')}`, body));
      marks.push({
        title: `${ser.locality} · ${d.name}`,
        lines,
        sentence: pt.sentence,
        highlight: pt.text,
        ref: pt.reportId ? { reportId: pt.reportId, at: pt.at } : null,
      });
    }
  });
  // Legend with the same marker shapes: the locality names are the labels of the lines.
  const lx = left + plotW + 18 * s;
  d.series.forEach((ser, i) => {
    const ly = top + 10 * s + i * 22 * s;
    out.push(
      `<path transform="translate(${r1(lx)},${r1(ly)})" d="${shape(i, 64 * s * s)}" fill="${SERIES[i % SERIES.length]}"/>` +
        label(
          ser.locality,
          lx + 12 * s,
          ly + 4.5 * s,
          legendW - 20 * s,
          12.5 * s,
          `fill="${INK_2}"`,
        ),
    );
  });
  const height = Math.max(top + plotH + 48 * s, top + d.series.length * 22 * s + 20 * s);
  out.push(footnote(o.t('chartTrendLegend'), height - 8 * s, o.width, s));
  const desc = o.t('chartTrendDesc', {
    name: d.name,
    years: d.years.join('、'),
    n: d.series.length,
  });
  return finish(o, height + 6 * s, title, desc, out, marks);
}
