// pdf.js text items → visual lines (top to bottom), with positions kept for paragraph rebuilding.

/** The parts of a pdf.js TextItem we use. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** Left edge, right edge and baseline in PDF units (y grows upwards). */
  x: number;
  xEnd: number;
  y: number;
  /** Font size of the line's first item. */
  size: number;
}

// Fonts from Chromium, Word and WPS often map 一 二 人 … to Kangxi radicals (U+2F00 …) or
// compatibility ideographs in their ToUnicode tables; NFKC turns those back into the
// ideographs everyone types. Only these ranges: full-width digits and punctuation stay as written.
// The CJK Radicals Supplement (U+2E80 …) has no NFKC mapping, so its common look-alikes are listed.
const LOOKALIKE_HAN = /[\u2e80-\u2fdf\uf900-\ufaff]/g;
const RADICAL_SUPPLEMENT: Record<string, string> = Object.fromEntries(
  Array.from(
    '⺁厂⺇几⺓幺⺝月⺟母⺠民⺩王⺮竹⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟',
  ).flatMap((ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1]!]] : [])),
);

/** Spaces pdf.js puts between CJK characters of a justified line are not in the text. */
const SPACE_BETWEEN_CJK =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’])\s+(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’])/gu;

export function normaliseGlyphs(text: string): string {
  return text
    .replace(LOOKALIKE_HAN, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
    .replace(/\u00ad/g, '')
    .replaceAll(String.fromCharCode(0), '');
}

const LATIN_END = /[A-Za-z0-9][,.;:!?%)]?$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Build lines from items in content order, then order them by position and merge same-baseline pieces. */
export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let breakNext = false;
  for (const item of items) {
    const str = normaliseGlyphs(item.str);
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 10;
    if (str.trim() === '') {
      if (item.hasEOL) breakNext = true;
      continue;
    }
    const sameLine =
      line !== null &&
      !breakNext &&
      Math.abs(y - line.y) <= 0.5 * Math.min(size, line.size) &&
      x >= line.xEnd - size;
    if (line && sameLine) {
      appendPiece(line, str, x, x + item.width, size);
    } else {
      line = { text: str, x, xEnd: x + item.width, y, size };
      lines.push(line);
    }
    breakNext = item.hasEOL;
  }
  return mergeSameBaseline(lines);
}

function appendPiece(line: PdfLine, str: string, x: number, xEnd: number, size: number): void {
  const gap = x - line.xEnd;
  const latin = LATIN_END.test(line.text) && LATIN_START.test(str);
  if ((gap > 0.2 * size && latin) || gap > 1.5 * size) line.text = line.text.trimEnd() + ' ';
  line.text += str;
  line.xEnd = Math.max(line.xEnd, xEnd);
}

function mergeSameBaseline(lines: PdfLine[]): PdfLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfLine[] = [];
  for (const line of sorted) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.y - line.y) <= 0.3 * Math.min(prev.size, line.size)) {
      // Pieces on one baseline (a header's left and right parts, a table row): left to right.
      const [left, right] = prev.x <= line.x ? [prev, line] : [line, prev];
      const merged: PdfLine = { ...left, text: left.text, xEnd: left.xEnd };
      appendPiece(merged, right.text, right.x, right.xEnd, right.size);
      out[out.length - 1] = merged;
    } else {
      out.push({ ...line, text: line.text.trim() });
    }
  }
  return out
    .map((l) => ({ ...l, text: l.text.replace(SPACE_BETWEEN_CJK, '').trim() }))
    .filter((l) => l.text !== '');
}
