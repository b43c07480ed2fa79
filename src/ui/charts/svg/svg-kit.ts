// Small pure helpers for the chart SVG builders: escaping, rounding, CJK-aware text width and
// truncation, number formatting, shared patterns and the frame with <title>/<desc>. No DOM:
// builders run in the browser, in Node tests and for export alike.
import { PALETTE } from '../../../core/codebook/palette.ts';
import type { BuiltChart, ChartMark } from './types.ts';

/** Fonts installed with fonts-noto-cjk first, so PNGs drawn from the SVG show Chinese. */
export const FONT =
  "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
export const INK = '#1d232b';
export const INK_2 = '#4a5561';
export const INK_3 = '#6b7683';
export const GRID = '#d9dee4';
export const BAR = '#0072b2';
export const MISSING = '#8a939c';
/** Okabe–Ito first: safe for colour-blind readers; shape or pattern always doubles it. */
export const SERIES = PALETTE.filter((c) => c !== '#f0e442' && c !== '#ababab');

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Coordinates to one decimal, so snapshots are stable and files small. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** A readable number: 3 significant digits below 100, whole numbers above, thousands grouped. */
export function fmt(n: number): string {
  const a = Math.abs(n);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  const s = n
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  const [int, dec] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
}

export const pct = (share: number) => `${fmt(share * 100)}%`;

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated width of `s` at `size` px: CJK and full-width characters are 1em, others ~0.56em. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 1 : 0.56;
  return w * size;
}

/** `s` cut to fit `max` px with an ellipsis; `cut` says whether anything was removed. */
export function truncate(s: string, max: number, size: number): { text: string; cut: boolean } {
  if (textWidth(s, size) <= max) return { text: s, cut: false };
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return { text: `${out}…`, cut: true };
}

/** A text label; a truncated one carries the full text as its <title> (the native tooltip). */
export function label(
  s: string,
  x: number,
  y: number,
  max: number,
  size: number,
  attrs = '',
): string {
  const { text, cut } = truncate(s, max, size);
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${r1(size)}" ${attrs}>${cut ? `<title>${esc(s)}</title>` : ''}${esc(text)}</text>`;
}

/** Patterns: hatching for approximate values, cross-hatching for missing ones, and one texture
 * per category so stacked parts differ without colour. */
export function patternDefs(p: string): string {
  const pat = (id: string, body: string, size = 6) =>
    `<pattern id="${p}-${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">${body}</pattern>`;
  return `<defs>${[
    pat(
      'approx',
      `<rect width="6" height="6" fill="${BAR}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2.2"/>`,
    ),
    pat(
      'missing',
      `<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MISSING}" stroke-width="1"/><line x1="0" y1="0" x2="6" y2="0" stroke="${MISSING}" stroke-width="1"/>`,
    ),
    pat('tex0', ''),
    pat(
      'tex1',
      `<line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-opacity="0.7" stroke-width="1.6"/>`,
    ),
    pat('tex2', `<circle cx="3" cy="3" r="1.2" fill="#fff" fill-opacity="0.8"/>`),
    pat(
      'tex3',
      `<line x1="0" y1="3" x2="6" y2="3" stroke="#fff" stroke-opacity="0.7" stroke-width="1.4"/><line x1="3" y1="0" x2="3" y2="6" stroke="#fff" stroke-opacity="0.7" stroke-width="1.4"/>`,
    ),
    pat(
      'tex4',
      `<line x1="0" y1="1.5" x2="6" y2="1.5" stroke="#000" stroke-opacity="0.35" stroke-width="1"/>`,
    ),
  ].join('')}</defs>`;
}

/** Fill of category `i`: its colour with its texture on top (use both rects). */
export function categoryFill(
  p: string,
  i: number,
  x: number,
  y: number,
  w: number,
  h: number,
): string {
  const colour = SERIES[i % SERIES.length];
  const geo = `x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(w, 0))}" height="${r1(Math.max(h, 0))}"`;
  const tex = i % 5;
  return `<rect ${geo} fill="${colour}"/>${tex ? `<rect ${geo} fill="url(#${p}-tex${tex})"/>` : ''}`;
}

/** An interactive mark: focusable (one tab stop per chart, arrows move), with its own label. */
export function mark(p: string, i: number, aria: string, body: string): string {
  return `<g id="${p}-m${i}" class="mark" data-mark="${i}" tabindex="${i === 0 ? 0 : -1}" role="button" aria-label="${esc(aria)}">${body}</g>`;
}

export function frame(
  p: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r1(width)}" height="${r1(height)}" viewBox="0 0 ${r1(width)} ${r1(height)}" role="group" aria-labelledby="${p}-title ${p}-desc" font-family="${esc(FONT)}" fill="${INK}">` +
    `<title id="${p}-title">${esc(title)}</title><desc id="${p}-desc">${esc(desc)}</desc>` +
    patternDefs(p) +
    `<rect width="${r1(width)}" height="${r1(height)}" fill="#fff"/>` +
    body +
    '</svg>'
  );
}

/** Chart heading at the top-left; returns its markup and the height it takes. */
export function heading(
  title: string,
  sub: string,
  width: number,
  s: number,
): { svg: string; h: number } {
  const t = label(title, 12 * s, 24 * s, width - 24 * s, 17 * s, 'font-weight="700"');
  const st = sub ? label(sub, 12 * s, 44 * s, width - 24 * s, 12 * s, `fill="${INK_2}"`) : '';
  return { svg: t + st, h: (sub ? 56 : 36) * s };
}

/** The small grey note under a chart (legend words). */
export function footnote(text: string, y: number, width: number, s: number): string {
  return label(text, 12 * s, y, width - 24 * s, 11 * s, `fill="${INK_3}"`);
}

/** The builder's result: the framed SVG and its marks. */
export function finish(
  o: { idPrefix: string; width: number },
  height: number,
  title: string,
  desc: string,
  body: string[],
  marks: ChartMark[],
): BuiltChart {
  return {
    svg: frame(o.idPrefix, o.width, height, title, desc, body.join('')),
    width: o.width,
    height,
    marks,
  };
}
