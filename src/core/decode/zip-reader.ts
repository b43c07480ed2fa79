// Minimal zip reader: central directory, entry names (GBK-aware), and size-capped inflation.
// Our own parser rather than fflate.unzipSync because we must see declared sizes before
// inflating, stop inflating at a cap (headers can lie), and decode non-UTF-8 names.
import { Inflate } from 'fflate';
import { ImportFailure } from '../errors.ts';
import { decodeStrict } from './text-encoding.ts';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
  isDirectory: boolean;
}

/** Thrown when inflating an entry produces more than the cap it was given. */
export class ZipOverflow extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const MAX32 = 0xffffffff;

function corrupt(detail: string): ImportFailure {
  return new ImportFailure('corrupt-zip', detail);
}

/** Parse the central directory. Throws 'corrupt-zip' when the archive is damaged or cut short. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw corrupt('找不到压缩包目录，文件可能不完整');
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== SIG_EOCD64_LOCATOR)
      throw corrupt('ZIP64 目录缺失');
    const rec = Number(view.getBigUint64(loc + 8, true));
    if (rec + 56 > bytes.length || view.getUint32(rec, true) !== SIG_EOCD64) {
      throw corrupt('ZIP64 目录损坏');
    }
    count = Number(view.getBigUint64(rec + 32, true));
    cdOffset = Number(view.getBigUint64(rec + 48, true));
  }

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) {
      throw corrupt('压缩包目录损坏');
    }
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw corrupt('压缩包目录损坏');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const extra = readExtra(view, p + 46 + nameLen, extraLen);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    // ZIP64 extra holds, in this order, the fields whose 32-bit value is saturated.
    const z64 = extra.get(0x0001);
    if (z64) {
      const zv = new DataView(z64.buffer, z64.byteOffset, z64.byteLength);
      let q = 0;
      const next = () => (q + 8 <= z64.length ? Number(zv.getBigUint64((q += 8) - 8, true)) : 0);
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) localOffset = next();
    }
    const name = normaliseName(decodeName(rawName, flags, extra.get(0x7075)));
    entries.push({
      name,
      method: view.getUint16(p + 10, true),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      compressedSize,
      size,
      crc: view.getUint32(p + 16, true),
      localOffset,
      isDirectory: name.endsWith('/'),
    });
    p = end;
  }
  return entries;
}

/** Entry names for format sniffing; falls back to scanning local headers of a damaged zip. */
export function listZipNames(bytes: Uint8Array): string[] {
  try {
    return readCentralDirectory(bytes).map((e) => e.name);
  } catch {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names: string[] = [];
    for (let p = 0; p + 30 <= bytes.length && names.length < 200; p++) {
      if (view.getUint32(p, true) !== SIG_LOCAL) continue;
      const nameLen = view.getUint16(p + 26, true);
      if (p + 30 + nameLen > bytes.length) break;
      const flags = view.getUint16(p + 6, true);
      names.push(normaliseName(decodeName(bytes.subarray(p + 30, p + 30 + nameLen), flags)));
    }
    return names;
  }
}

/** The entry's bytes, inflated, CRC-checked, and never more than `maxBytes`. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== SIG_LOCAL) {
    throw corrupt('文件头损坏');
  }
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt('数据不完整');
  const raw = bytes.subarray(start, start + entry.compressedSize);

  let data: Uint8Array;
  if (entry.method === 0) {
    if (raw.length > maxBytes) throw new ZipOverflow();
    data = raw.slice();
  } else if (entry.method === 8) {
    data = inflateCapped(raw, maxBytes);
  } else {
    throw new ImportFailure(
      'unsupported',
      `压缩方式 ${entry.method}，请用普通 zip（Deflate）重新打包`,
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw corrupt('校验失败');
  return data;
}

/** Inflate in small steps so a bomb is stopped after at most ~16 MB of output past the cap. */
function inflateCapped(raw: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new ZipOverflow();
    chunks.push(chunk);
  });
  const STEP = 16 * 1024;
  try {
    if (raw.length === 0) inflater.push(raw, true);
    for (let i = 0; i < raw.length; i += STEP) {
      inflater.push(raw.subarray(i, i + STEP), i + STEP >= raw.length);
    }
  } catch (e) {
    if (e instanceof ZipOverflow) throw e;
    throw corrupt('数据无法解压');
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) !== SIG_EOCD) continue;
    // The comment length must reach exactly (or nearly) to the end, or this is a stray match.
    if (p + 22 + view.getUint16(p + 20, true) <= view.byteLength) return p;
  }
  return -1;
}

function readExtra(view: DataView, start: number, length: number): Map<number, Uint8Array> {
  const fields = new Map<number, Uint8Array>();
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    fields.set(id, bytes.subarray(p + 4, Math.min(p + 4 + size, start + length)));
    p += 4 + size;
  }
  return fields;
}

/**
 * Entry names: UTF-8 when flagged (bit 11) or given in the Info-ZIP Unicode Path field;
 * otherwise Windows zips in China write GBK, and some tools write UTF-8 without the flag.
 */
function decodeName(raw: Uint8Array, flags: number, unicodePath?: Uint8Array): string {
  if (flags & FLAG_UTF8) return new TextDecoder('utf-8').decode(raw);
  if (unicodePath && unicodePath.length > 5 && unicodePath[0] === 1) {
    return new TextDecoder('utf-8').decode(unicodePath.subarray(5));
  }
  return (
    decodeStrict(raw, 'utf-8') ??
    decodeStrict(raw, 'gb18030') ??
    new TextDecoder('gb18030').decode(raw)
  );
}

function normaliseName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
}

let crcTable: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable; // a local: the module variable was re-read for every byte
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
