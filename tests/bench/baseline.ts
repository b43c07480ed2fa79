// The physical limit: the same zips, unzipped with fflate, every entry decoded with
// TextDecoder in its known encoding, and all of it written with one Dexie bulkPut.
// Bundled by build-baseline.ts; runs on the page's main thread.
import Dexie, { type EntityTable } from 'dexie';
import { unzipSync } from 'fflate';

interface Row {
  id: number;
  path: string;
  text: string;
}

interface BaselineResult {
  ms: number;
  unzipMs: number;
  decodeMs: number;
  putMs: number;
  count: number;
  stored: number;
  bytes: number;
}

declare global {
  interface Window {
    /** Encoding per entry path, set by the harness (docx has none: decoded as UTF-8 bytes). */
    __benchEncodings?: Record<string, string | null>;
    __baselineDone?: BaselineResult;
  }
}

const db = new Dexie('bench-baseline') as Dexie & { rows: EntityTable<Row, 'id'> };
db.version(1).stores({ rows: 'id' });

const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
const status = document.querySelector<HTMLElement>('[data-testid="baseline-status"]')!;

input.addEventListener('change', async () => {
  const t0 = performance.now();
  const encodings = window.__benchEncodings ?? {};
  const decoders = new Map<string, TextDecoder>();
  const rows: Row[] = [];
  let bytes = 0;
  let unzipMs = 0;
  let decodeMs = 0;
  for (const file of Array.from(input.files ?? [])) {
    const u0 = performance.now();
    const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
    const u1 = performance.now();
    unzipMs += u1 - u0;
    for (const [path, data] of Object.entries(entries)) {
      const enc = encodings[path] ?? 'utf-8';
      let dec = decoders.get(enc);
      if (!dec) decoders.set(enc, (dec = new TextDecoder(enc)));
      rows.push({ id: rows.length, path, text: dec.decode(data) });
      bytes += data.length;
    }
    decodeMs += performance.now() - u1;
  }
  const p0 = performance.now();
  await db.rows.bulkPut(rows);
  const t1 = performance.now();
  const stored = await db.rows.count();
  window.__baselineDone = {
    ms: t1 - t0,
    unzipMs,
    decodeMs,
    putMs: t1 - p0,
    count: rows.length,
    stored,
    bytes,
  };
  status.textContent = `done ${rows.length}`;
});
