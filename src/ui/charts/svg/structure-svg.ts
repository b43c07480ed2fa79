// Report structure as SVG: one stacked bar per report of how its characters divide among the
// required parts (or a codebook's top-level areas). Each category has a colour and a texture
// and its share is written in the segment when it fits; the legend repeats both.
import type { StructureData } from '../../../core/charts/types.ts';
import { OTHER } from '../../../core/charts/structure.ts';
import {
  INK_2,
  INK_3,
  categoryFill,
  esc,
  fmt,
  finish,
  footnote,
  heading,
  label,
  mark,
  pct,
  r1,
} from './svg-kit.ts';
import type { BuildOptions, BuiltChart, ChartMark } from './types.ts';

export const DENSE_STRUCTURE = 60;

export function structureSvg(d: StructureData, o: BuildOptions): BuiltChart {
  const s = o.scale;
  const p = o.idPrefix;
  const title = o.title || o.t(d.mode === 'parts' ? 'chartStructureParts' : 'chartStructureCodes');
  const head = heading(title, o.t('chartStructureSub', { n: d.bars.length }), o.width, s);
  const out: string[] = [head.svg];
  // The rest ("其他" / "未编码") is neutral grey, so the parts or areas stand out against it.
  const fill = (k: number, x: number, y: number, w: number, h: number) =>
    d.keys[k]?.id === OTHER
      ? `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(w, 0))}" height="${r1(Math.max(h, 0))}" fill="#c9cfd6"/>`
      : categoryFill(p, k, x, y, w, h);
  // Legend row(s).
  let lx = 12 * s;
  let ly = head.h + 6 * s;
  d.keys.forEach((k, i) => {
    const w = 16 * s + Math.min(k.label.length, 10) * 12.5 * s + 18 * s;
    if (lx + w > o.width - 12 * s) {
      lx = 12 * s;
      ly += 20 * s;
    }
    out.push(
      fill(i, lx, ly, 14 * s, 14 * s) +
        label(k.label, lx + 19 * s, ly + 11.5 * s, 10 * 12.5 * s, 12 * s, `fill="${INK_2}"`),
    );
    lx += w;
  });
  const dense = d.bars.length > DENSE_STRUCTURE;
  const labelW = dense ? 0 : Math.min(150 * s, o.width * 0.28);
  const x0 = 12 * s + labelW;
  const plotW = o.width - x0 - 56 * s;
  const rowH = dense ? Math.max(Math.min(600 / d.bars.length, 10), 2) * s : 28 * s;
  const top = ly + 30 * s;
  const marks: ChartMark[] = [];
  d.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const bh = dense ? rowH : 20 * s;
    if (!dense)
      out.push(
        label(b.label, 12 * s, y + bh / 2 + 4.5 * s, labelW - 8 * s, 12.5 * s, `fill="${INK_2}"`),
      );
    let x = x0;
    // Dense: one mark per report (its whole bar), so 1,000 reports stay 1,000 marks.
    const bodies: string[] = [];
    const barLines: string[] = [];
    b.segments.forEach((seg, k) => {
      if (seg.chars <= 0) return;
      const w = seg.share * plotW;
      const key = d.keys[k];
      const text =
        w >= 38 * s && !dense
          ? `<text x="${r1(x + w / 2)}" y="${r1(y + bh / 2 + 4.5 * s)}" font-size="${r1(11.5 * s)}" text-anchor="middle" fill="#fff" stroke="#000" stroke-opacity="0.45" stroke-width="${r1(2.4 * s)}" paint-order="stroke" font-weight="600">${esc(pct(seg.share))}</text>`
          : '';
      const body = fill(k, x, y, w, bh) + text;
      x += w;
      if (dense) {
        bodies.push(body);
        barLines.push(`${key.label}：${pct(seg.share)}`);
        return;
      }
      const lines = [
        `${key.label}：${pct(seg.share)}`,
        o.t('chartChars', { n: fmt(seg.chars), total: fmt(b.chars) }),
      ];
      out.push(mark(p, marks.length, `${b.label}，${lines.join('；')}`, body));
      marks.push({
        title: b.label,
        lines,
        sentence: seg.heading,
        highlight: null,
        ref: { reportId: b.reportId, at: seg.at },
      });
    });
    if (dense) {
      out.push(mark(p, marks.length, `${b.label}，${barLines.join('；')}`, bodies.join('')));
      marks.push({
        title: b.label,
        lines: [...barLines, o.t('chartChars', { n: fmt(b.chars), total: fmt(b.chars) })],
        sentence: null,
        highlight: null,
        ref: { reportId: b.reportId, at: null },
      });
    }
    if (!dense)
      out.push(
        `<text x="${r1(x0 + plotW + 6 * s)}" y="${r1(y + bh / 2 + 4.5 * s)}" font-size="${r1(11 * s)}" fill="${INK_3}">${esc(fmt(b.chars))}</text>`,
      );
  });
  const height = top + d.bars.length * rowH + 30 * s;
  out.push(footnote(o.t('chartStructureLegend'), height - 10 * s, o.width, s));
  const desc = o.t('chartStructureDesc', {
    n: d.bars.length,
    keys: d.keys.map((k) => k.label).join('、'),
  });
  return finish(o, height, title, desc, out, marks);
}
