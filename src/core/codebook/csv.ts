// A tiny RFC 4180 CSV reader and writer (no dependency needed for this much).

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined with CRLF, as RFC 4180 and spreadsheet programs expect. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; error: string };

/** Parses CSV text (BOM stripped, CRLF or LF). Quoted fields may hold commas, quotes, newlines. */
export function readCsv(input: string): CsvRead {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length)
          return {
            ok: false,
            error: `第 ${startLine} 行:引号没有闭合(字段以 " 开始却没有结束的 ")。`,
          };
        const d = text[i]!;
        if (d === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (d === '"') {
          i++;
          break;
        } else {
          if (d === '\n') line++;
          field += d;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return { ok: false, error: `第 ${line} 行:引号字段后面多了字符“${next}”。` };
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (c === '"') return { ok: false, error: `第 ${line} 行:未加引号的字段中出现了 "。` };
    else field += c;
    i++;
  }
  if (field !== '' || row.length) endRow();
  return { ok: true, rows };
}
