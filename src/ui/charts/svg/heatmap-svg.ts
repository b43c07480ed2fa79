// Coverage heatmap as SVG: reports (rows) × codes or required parts (columns). Counts and
// shares are printed in the cell when it is big enough and shaded on a colour-blind-safe
// sequential scale; an empty cell is cross-hatched and a missing part says ✗ 缺, a present one
// ✓ — so nothing depends on colour alone. Many rows shrink to thin strips without labels.
import { interpolateBlues, scaleSequential } from 'd3';
import type { HeatmapData } from '../../../core/charts/types.ts';
import { INK_2, esc, finish, fmt, footnote, heading, label, mark, pct, r1 } from './svg-kit.ts';
import type { BuildOptions, BuiltChart, ChartMark } from './types.ts';

/** Above this many rows, rows are thin strips and labels are left out. */
export const DENSE_ROWS = 60;

function cellText(d: HeatmapData, v: number, o: BuildOptions): string {
  if (d.metric === 'presence') return v ? `✓ ${o.t('present')}` : `✗ ${o.t('missing')}`;
  return d.metric === 'share' ? pct(v) : fmt(v);
}

export function heatmapSvg(d: HeatmapData, o: BuildOptions): BuiltChart {
  const s = o.scale;
  const p = o.idPrefix;
  const title = o.title || o.t(d.mode === 'parts' ? 'chartCoverageParts' : 'chartCoverageCodes');
  const sub = o.t(
    d.metric === 'share'
      ? 'chartCoverageSubShare'
      : d.metric === 'count'
        ? 'chartCoverageSubCount'
        : 'chartCoverageSubParts',
    { n: d.rows.length },
  );
  const head = heading(title, sub, o.width, s);
  const dense = d.rows.length > DENSE_ROWS;
  const labelW = dense ? 12 * s : Math.min(170 * s, o.width * 0.3);
  const headH = d.mode === 'parts' ? 30 * s : 96 * s;
  const cw = Math.max(
    Math.min(88 * s, (o.width - labelW - 24 * s) / Math.max(d.cols.length, 1)),
    4,
  );
  const ch = dense ? Math.max(Math.min(600 / d.rows.length, 12), 2) * s : 26 * s;
  const x0 = 12 * s + labelW;
  const y0 = head.h + headH;
  const colour = scaleSequential(interpolateBlues).domain([0, d.max > 0 ? d.max * 1.15 : 1]);
  const out: string[] = [head.svg];
  // Column headers: horizontal for the four parts, slanted for code names.
  d.cols.forEach((c, j) => {
    const cx = x0 + j * cw + cw / 2;
    if (d.mode === 'parts')
      out.push(
        label(
          c.label,
          cx,
          y0 - 10 * s,
          cw - 4 * s,
          12 * s,
          'text-anchor="middle" font-weight="600"',
        ),
      );
    else
      out.push(
        `<g transform="translate(${r1(cx)},${r1(y0 - 8 * s)}) rotate(-40)">${label(c.label, 0, 0, 120 * s, 11.5 * s, 'font-weight="600"')}</g>`,
      );
  });
  const marks: ChartMark[] = [];
  const showText = !dense && cw >= 30 * s;
  d.rows.forEach((row, i) => {
    const y = y0 + i * ch;
    if (!dense)
      out.push(
        label(row.label, 12 * s, y + ch / 2 + 4.5 * s, labelW - 8 * s, 12.5 * s, `fill="${INK_2}"`),
      );
    // Dense: one mark per report (its row), so 1,000 × 12 stays 1,000 focusable marks.
    const rowCells: string[] = [];
    const rowLines: string[] = [];
    d.cols.forEach((col, j) => {
      const cell = d.cells[i][j];
      const x = x0 + j * cw;
      const geo = `x="${r1(x + 1)}" y="${r1(y + (dense ? 0 : 1))}" width="${r1(cw - 2)}" height="${r1(dense ? ch : ch - 2)}"`;
      const empty = cell.value === 0;
      // Dense grids use flat grey for empty cells (thousands of pattern fills paint slowly);
      // the row's tooltip and label say the values in words.
      const fill = empty
        ? dense
          ? '#e4e7eb'
          : `url(#${p}-missing)`
        : d.metric === 'presence'
          ? '#9ecae1'
          : colour(cell.value);
      const dark = d.metric !== 'presence' && !empty && cell.value / (d.max || 1) > 0.6;
      const text = cellText(d, cell.value, o);
      const body =
        `<rect ${geo} fill="${fill}"${empty && !dense ? ' fill-opacity="0.5"' : ''}/>` +
        (showText
          ? `<text x="${r1(x + cw / 2)}" y="${r1(y + ch / 2 + 4.5 * s)}" font-size="${r1(12 * s)}" text-anchor="middle" fill="${dark ? '#fff' : empty ? INK_2 : '#08306b'}" font-weight="${empty ? 400 : 600}">${esc(text)}</text>`
          : '');
      if (dense) {
        rowCells.push(body);
        rowLines.push(`${col.label}：${text}`);
        return;
      }
      const lines = [
        `${col.label}：${text}`,
        ...(d.metric === 'share' ? [o.t('chartSegments', { n: cell.count })] : []),
        ...(d.metric === 'presence' && cell.count > 1
          ? [o.t('chartSections', { n: cell.count })]
          : []),
      ];
      out.push(mark(p, marks.length, `${row.label}，${lines.join('；')}`, body));
      marks.push({
        title: row.label,
        lines,
        sentence: cell.quote,
        highlight: null,
        ref: { reportId: row.id, at: cell.at },
      });
    });
    if (dense) {
      const first = d.cells[i].find((c) => c.at !== null);
      out.push(mark(p, marks.length, `${row.label}，${rowLines.join('；')}`, rowCells.join('')));
      marks.push({
        title: row.label,
        lines: rowLines,
        sentence: first?.quote ?? null,
        highlight: null,
        ref: { reportId: row.id, at: first?.at ?? null },
      });
    }
  });
  const bottom = y0 + d.rows.length * ch;
  const legend = o.t(d.metric === 'presence' ? 'chartPartsLegend' : 'chartHeatLegend', {
    max: d.metric === 'share' ? pct(d.max) : fmt(d.max),
  });
  out.push(footnote(legend, bottom + 20 * s, o.width, s));
  const height = bottom + 34 * s;
  const desc = o.t('chartCoverageDesc', {
    rows: d.rows.length,
    cols: d.cols.map((c) => c.label).join('、'),
  });
  return finish(o, height, title, desc, out, marks);
}
