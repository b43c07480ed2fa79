// Indicator bars as SVG: horizontal labelled bars per panel (small multiples side by side), or
// for many reports a dense sorted column strip (one thin column each, no per-report labels).
// Approximate values are hatched and carry ≈/＞/≥ in the label; missing ones are a
// cross-hatched band saying why, never a zero-length bar.
import { scaleLinear } from 'd3';
import type { BarDatum, BarPanel, BarsData } from '../../../core/charts/types.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import {
  BAR,
  GRID,
  INK_2,
  INK_3,
  MISSING,
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

/** Above this many reports a panel switches to the dense column strip. */
export const DENSE_BARS = 60;

export function valueText(b: Pick<BarDatum, 'mark' | 'value' | 'unit'>): string {
  return b.value === null ? '' : `${b.mark}${fmt(b.value)}${b.unit}`;
}

function barMark(p: BarPanel, b: BarDatum, o: BuildOptions): ChartMark {
  const { t } = o;
  const per = p.normalised ? `（${t('perTenThousand')}）` : '';
  const lines =
    b.value === null
      ? [`${p.name}：${t(`chartMissing_${b.missing ?? 'no-value'}` as MessageKey)}`]
      : [
          `${p.name}：${valueText(b)}${per}`,
          ...(b.approx !== 'exact'
            ? [t('chartApproxNote', { word: t(`approx_${b.approx}` as MessageKey) })]
            : []),
          ...(b.manual ? [t('chartManual')] : []),
        ];
  return {
    title: b.label,
    lines,
    sentence: b.sentence,
    highlight: b.text,
    ref: { reportId: b.reportId, at: b.at },
  };
}

interface Ctx {
  o: BuildOptions;
  marks: ChartMark[];
  out: string[];
}

function ticks(
  x: (v: number) => number,
  values: number[],
  x0: number,
  y0: number,
  y1: number,
  s: number,
) {
  return values
    .map(
      (v) =>
        `<line x1="${r1(x0 + x(v))}" x2="${r1(x0 + x(v))}" y1="${r1(y0)}" y2="${r1(y1)}" stroke="${GRID}"/>` +
        `<text x="${r1(x0 + x(v))}" y="${r1(y1 + 13 * s)}" font-size="${r1(10 * s)}" text-anchor="middle" fill="${INK_3}">${fmt(v)}</text>`,
    )
    .join('');
}

function missingText(c: Ctx, b: BarDatum) {
  return c.o.t(`chartMissing_${b.missing ?? 'no-value'}` as MessageKey);
}

/** Labelled horizontal bars; returns the panel's height. */
function rows(c: Ctx, p: BarPanel, x0: number, y0: number, w: number): number {
  const s = c.o.scale;
  const rowH = 24 * s;
  const labelW = Math.min(140 * s, w * 0.36);
  const valueW = 92 * s;
  const plotW = Math.max(w - labelW - valueW, 40);
  const x = scaleLinear()
    .domain([0, p.max && p.max > 0 ? p.max : 1])
    .nice()
    .range([0, plotW]);
  const px = x0 + labelW;
  const top = y0 + 8 * s;
  const bottom = top + p.bars.length * rowH;
  c.out.push(ticks(x, x.ticks(4), px, top, bottom, s));
  p.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const cy = y + rowH / 2;
    const bh = 15 * s;
    c.out.push(label(b.label, x0, cy + 4.5 * s, labelW - 8 * s, 12.5 * s, `fill="${INK_2}"`));
    let body: string;
    if (b.value === null) {
      body =
        `<rect x="${r1(px)}" y="${r1(cy - bh / 2)}" width="${r1(plotW)}" height="${r1(bh)}" fill="url(#${c.o.idPrefix}-missing)" fill-opacity="0.55" stroke="${MISSING}" stroke-dasharray="3 2"/>` +
        `<text x="${r1(px + 6 * s)}" y="${r1(cy + 4 * s)}" font-size="${r1(11.5 * s)}" fill="${INK_2}">${esc(missingText(c, b))}</text>`;
    } else {
      const bw = Math.max(x(Math.max(b.value, 0)), 1);
      const fill = b.approx === 'exact' ? BAR : `url(#${c.o.idPrefix}-approx)`;
      body =
        `<rect x="${r1(px)}" y="${r1(cy - bh / 2)}" width="${r1(bw)}" height="${r1(bh)}" fill="${fill}"${b.manual ? ` stroke="${INK_2}" stroke-dasharray="4 2"` : ''}/>` +
        `<text x="${r1(px + bw + 5 * s)}" y="${r1(cy + 4.5 * s)}" font-size="${r1(12.5 * s)}" font-weight="600">${esc(valueText(b))}${b.manual ? esc(` ${c.o.t('chartManualShort')}`) : ''}</text>`;
    }
    const m = barMark(p, b, c.o);
    c.out.push(mark(c.o.idPrefix, c.marks.length, `${b.label}：${m.lines.join('；')}`, body));
    c.marks.push(m);
  });
  return bottom - y0 + 22 * s;
}

/** Dense sorted strip: one thin column per report, missing ones hatched at the end. */
function strip(c: Ctx, p: BarPanel, x0: number, y0: number, w: number): number {
  const s = c.o.scale;
  const h = 200 * s;
  const axisW = 44 * s;
  const plotW = w - axisW;
  const n = p.bars.length;
  const cw = plotW / n;
  const y = scaleLinear()
    .domain([0, p.max && p.max > 0 ? p.max : 1])
    .nice()
    .range([h, 0]);
  const px = x0 + axisW;
  for (const v of y.ticks(4))
    c.out.push(
      `<line x1="${r1(px)}" x2="${r1(px + plotW)}" y1="${r1(y0 + y(v))}" y2="${r1(y0 + y(v))}" stroke="${GRID}"/>` +
        `<text x="${r1(px - 4 * s)}" y="${r1(y0 + y(v) + 4 * s)}" font-size="${r1(10 * s)}" text-anchor="end" fill="${INK_3}">${fmt(v)}</text>`,
    );
  p.bars.forEach((b, i) => {
    const bx = px + i * cw;
    const body =
      b.value === null
        ? `<rect x="${r1(bx)}" y="${r1(y0)}" width="${r1(Math.max(cw, 0.5))}" height="${r1(h)}" fill="url(#${c.o.idPrefix}-missing)" fill-opacity="0.6"/>`
        : `<rect x="${r1(bx)}" y="${r1(y0 + y(Math.max(b.value, 0)))}" width="${r1(Math.max(cw * 0.9, 0.5))}" height="${r1(Math.max(h - y(Math.max(b.value, 0)), 1))}" fill="${b.approx === 'exact' ? BAR : `url(#${c.o.idPrefix}-approx)`}"/>`;
    const m = barMark(p, b, c.o);
    c.out.push(mark(c.o.idPrefix, c.marks.length, `${b.label}：${m.lines.join('；')}`, body));
    c.marks.push(m);
  });
  const missing = p.bars.filter((b) => b.value === null).length;
  c.out.push(
    `<text x="${r1(px)}" y="${r1(y0 + h + 16 * s)}" font-size="${r1(11 * s)}" fill="${INK_2}">${esc(c.o.t('chartDenseAxis', { n, missing }))}</text>`,
  );
  return h + 30 * s;
}

export function barsSvg(data: BarsData, o: BuildOptions): BuiltChart {
  const s = o.scale;
  const c: Ctx = { o, marks: [], out: [] };
  const n = data.panels[0]?.bars.length ?? 0;
  const title = o.title || data.panels.map((p) => p.name).join('、') || o.t('chartKind_bars');
  const head = heading(title, o.t('chartBarsSub', { n }), o.width, s);
  c.out.push(head.svg);
  const cols = data.panels.length > 1 && o.width >= 720 * s ? 2 : 1;
  const gap = 28 * s;
  const pw = (o.width - 24 * s - gap * (cols - 1)) / cols;
  let y = head.h + 8 * s;
  for (let i = 0; i < data.panels.length; i += cols) {
    let rowH = 0;
    for (let k = 0; k < cols && i + k < data.panels.length; k++) {
      const p = data.panels[i + k];
      const x0 = 12 * s + k * (pw + gap);
      const unit = p.unit ? `（${p.unit}${p.normalised ? `/${o.t('perTenThousand')}` : ''}）` : '';
      c.out.push(label(`${p.name}${unit}`, x0, y + 14 * s, pw, 14 * s, 'font-weight="600"'));
      const body = p.bars.length > DENSE_BARS ? strip : rows;
      rowH = Math.max(rowH, 22 * s + body(c, p, x0, y + 22 * s, pw));
    }
    y += rowH + 10 * s;
  }
  if (!data.panels.length)
    c.out.push(label(o.t('chartNoData'), 12 * s, y + 20 * s, o.width, 14 * s, `fill="${INK_2}"`));
  const legend = o.t('chartBarsLegend');
  c.out.push(footnote(legend, y + 14 * s, o.width, s));
  const height = y + 28 * s;
  const desc = o.t('chartBarsDesc', {
    panels: data.panels.map((p) => p.name).join('、'),
    n,
  });
  return finish(o, height, title, desc, c.out, c.marks);
}
