// Metric tables as rows of cells for CSV, TSV and XLSX: the wide table (one row per indicator,
// four columns per report: value, unit, approximation mark, source) and the long form (one row
// per report × indicator × mention, with offsets) for analysts who continue in R or Python.
import { approxMark, type MetricTable } from './metric-table.ts';

export type ExportCell = string | number | null;

const SOURCE_LABEL = { manual: '手动', chosen: '已选', default: '默认' } as const;

function sourceText(c: MetricTable['rows'][number]['cells'][number]): string {
  if (c.manual) return `手动：${c.manual.note}`;
  return c.chosen?.sentence ?? c.chosen?.text ?? '';
}

/** The wide table; numbers stay numbers, missing values are null (empty), never 0. */
export function metricRows(table: MetricTable): ExportCell[][] {
  const head: ExportCell[] = ['指标', '指标编号', '领域'];
  for (const c of table.columns)
    head.push(c.label, `${c.label} 单位`, `${c.label} 近似`, `${c.label} 来源`);
  head.push(table.normalised ? '最小（每万人）' : '最小', '最大', '中位数');
  const out: ExportCell[][] = [head];
  for (const r of table.rows) {
    const row: ExportCell[] = [r.indicator.name, r.indicator.id, r.indicator.area];
    for (const c of r.cells) {
      row.push(c.value, c.value === null ? '' : c.unit, approxMark(c.approx), sourceText(c));
    }
    row.push(r.stats?.min ?? null, r.stats?.max ?? null, r.stats?.median ?? null);
    out.push(row);
  }
  return out;
}

/** The long form: every mention, plus manual entries (offsets empty), with what the cell uses. */
export function longRows(table: MetricTable): ExportCell[][] {
  const out: ExportCell[][] = [
    [
      'report_id',
      'report',
      'locality',
      'year',
      'indicator_id',
      'indicator',
      'value',
      'unit',
      'approx',
      'text',
      'start',
      'end',
      'sentence_start',
      'sentence_end',
      'sentence',
      'used',
      'source',
      'note',
    ],
  ];
  for (const r of table.rows) {
    r.cells.forEach((c, i) => {
      const col = table.columns[i];
      const base = [col.id, col.label, col.locality, col.year, r.indicator.id, r.indicator.name];
      if (c.manual)
        out.push([
          ...base,
          c.manual.value,
          c.manual.unit,
          'exact',
          '',
          null,
          null,
          null,
          null,
          '',
          1,
          SOURCE_LABEL.manual,
          c.manual.note,
        ]);
      for (const m of c.mentions) {
        const used = c.chosen?.id === m.id;
        out.push([
          ...base,
          m.value,
          m.unit,
          m.approx,
          m.text,
          m.start,
          m.end,
          m.sentenceStart,
          m.sentenceEnd,
          m.sentence ?? '',
          used ? 1 : 0,
          used && c.source ? SOURCE_LABEL[c.source] : '',
          '',
        ]);
      }
    });
  }
  return out;
}

function csvField(v: ExportCell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 BOM (so Excel opens Chinese correctly) and CRLF line ends. */
export function toCsv(rows: readonly ExportCell[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Tab-separated, for pasting into Excel or WPS (tabs and line breaks inside cells become spaces). */
export function toTsv(rows: readonly ExportCell[][]): string {
  return rows
    .map((r) => r.map((v) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '))).join('\t'))
    .join('\n');
}

/** Parse CSV (RFC 4180, as written by toCsv) back into rows of strings; a leading BOM is dropped. */
export function parseCsv(csv: string): string[][] {
  const s = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
