// The metric table as a real workbook (write-excel-file): a header row, numbers as numbers,
// approximation marks and source sentences in the adjacent columns; the long form on sheet 2.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { ExportCell } from '../../core/compare/export.ts';

function sheet(rows: readonly (readonly ExportCell[])[]): SheetData {
  return rows.map((r, i) =>
    r.map((v) =>
      v === null || v === undefined
        ? null
        : typeof v === 'number'
          ? { value: v, type: Number }
          : { value: v, type: String, fontWeight: i === 0 ? ('bold' as const) : undefined },
    ),
  );
}

export function metricWorkbook(wide: ExportCell[][], long: ExportCell[][]): Promise<Blob> {
  return writeXlsxFile([
    { data: sheet(wide), sheet: '指标表', stickyRowsCount: 1 },
    { data: sheet(long), sheet: '长表', stickyRowsCount: 1 },
  ]).toBlob();
}

/** Any table as a workbook: one sheet per entry, the first row a bold header. */
export function workbookBlob(
  sheets: { name: string; rows: readonly (string | number | null)[][] }[],
): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((s) => ({ data: sheet(s.rows), sheet: s.name, stickyRowsCount: 1 })),
  ).toBlob();
}
