// Concreteness scatter as SVG: quantities per 1,000 characters (y) against report length (x),
// one labelled dot per report, with the medians as dashed reference lines. Labels that would
// overlap an earlier one are left to the tooltip; with many reports only the extremes are named.
import { scaleLinear } from 'd3';
import type { ConcretenessData } from '../../../core/charts/types.ts';
import {
  BAR,
  GRID,
  INK_2,
  INK_3,
  esc,
  fmt,
  finish,
  heading,
  label,
  mark,
  r1,
  textWidth,
} from './svg-kit.ts';
import type { BuildOptions, BuiltChart, ChartMark } from './types.ts';

export const LABEL_ALL = 40;

export function scatterSvg(d: ConcretenessData, o: BuildOptions): BuiltChart {
  const s = o.scale;
  const p = o.idPrefix;
  const title = o.title || o.t('chartConcreteTitle');
  const head = heading(title, o.t('chartConcreteSub', { n: d.points.length }), o.width, s);
  const left = 60 * s;
  const top = head.h + 14 * s;
  const plotW = o.width - left - 30 * s;
  const plotH = 340 * s;
  const xs = d.points.map((pt) => pt.chars);
  const ys = d.points.map((pt) => pt.perThousand);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...xs)])
    .nice()
    .range([left, left + plotW]);
  const y = scaleLinear()
    .domain([0, Math.max(0.1, ...ys)])
    .nice()
    .range([top + plotH, top]);
  const out: string[] = [head.svg];
  for (const v of y.ticks(5))
    out.push(
      `<line x1="${r1(left)}" x2="${r1(left + plotW)}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="${GRID}"/><text x="${r1(left - 6 * s)}" y="${r1(y(v) + 4 * s)}" font-size="${r1(11 * s)}" text-anchor="end" fill="${INK_3}">${fmt(v)}</text>`,
    );
  for (const v of x.ticks(5))
    out.push(
      `<line x1="${r1(x(v))}" x2="${r1(x(v))}" y1="${r1(top)}" y2="${r1(top + plotH)}" stroke="${GRID}"/><text x="${r1(x(v))}" y="${r1(top + plotH + 16 * s)}" font-size="${r1(11 * s)}" text-anchor="middle" fill="${INK_3}">${fmt(v)}</text>`,
    );
  out.push(
    `<text x="${r1(left + plotW)}" y="${r1(top + plotH + 34 * s)}" font-size="${r1(12 * s)}" text-anchor="end" fill="${INK_2}">${esc(o.t('chartConcreteX'))}</text>` +
      `<text transform="translate(${r1(16 * s)},${r1(top + plotH / 2)}) rotate(-90)" font-size="${r1(12 * s)}" text-anchor="middle" fill="${INK_2}">${esc(o.t('chartConcreteY'))}</text>`,
  );
  if (d.medianPerThousand !== null && d.medianChars !== null) {
    const my = y(d.medianPerThousand);
    const mx = x(d.medianChars);
    out.push(
      `<line x1="${r1(left)}" x2="${r1(left + plotW)}" y1="${r1(my)}" y2="${r1(my)}" stroke="${INK_3}" stroke-dasharray="5 4"/>` +
        `<line x1="${r1(mx)}" x2="${r1(mx)}" y1="${r1(top)}" y2="${r1(top + plotH)}" stroke="${INK_3}" stroke-dasharray="5 4"/>` +
        `<text x="${r1(left + plotW - 4 * s)}" y="${r1(my - 5 * s)}" font-size="${r1(11 * s)}" text-anchor="end" fill="${INK_3}">${esc(o.t('chartMedian', { v: fmt(d.medianPerThousand) }))}</text>`,
    );
  }
  // Which dots get a name: all when few, else the five most and least concrete.
  const byRate = d.points.map((_, i) => i).sort((a, b) => ys[b] - ys[a] || a - b);
  const named = new Set(
    d.points.length <= LABEL_ALL ? byRate : [...byRate.slice(0, 5), ...byRate.slice(-5)],
  );
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const marks: ChartMark[] = [];
  const rad = (d.points.length > 200 ? 3 : 5.5) * s;
  d.points.forEach((pt, i) => {
    const cx = x(pt.chars);
    const cy = y(pt.perThousand);
    let text = '';
    if (named.has(i)) {
      const fs = 12 * s;
      const w = Math.min(textWidth(pt.label, fs), 130 * s);
      const right = cx + rad + 4 * s + w < left + plotW;
      const lx = right ? cx + rad + 4 * s : cx - rad - 4 * s - w;
      const box = { x0: lx, x1: lx + w, y0: cy - fs, y1: cy + 3 * s };
      if (!boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) {
        boxes.push(box);
        text = label(pt.label, lx, cy + 4 * s, 130 * s, fs, `fill="${INK_2}"`);
      }
    }
    const body = `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rad)}" fill="${BAR}" fill-opacity="0.85" stroke="#fff" stroke-width="1"/>${text}`;
    const lines = [
      o.t('chartConcreteLine', {
        rate: fmt(pt.perThousand),
        n: pt.quantities,
        chars: fmt(pt.chars),
      }),
    ];
    out.push(mark(p, marks.length, `${pt.label}：${lines[0]}`, body));
    marks.push({
      title: pt.label,
      lines,
      sentence: pt.sentence,
      highlight: null,
      ref: { reportId: pt.reportId, at: pt.at },
    });
  });
  const height = top + plotH + 48 * s;
  const desc = o.t('chartConcreteDesc', { n: d.points.length });
  return finish(o, height, title, desc, out, marks);
}
