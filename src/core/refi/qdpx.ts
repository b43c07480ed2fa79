// The .qdpx container: a zip holding project.qde and sources/<guid>.txt (REFI-QDA 1.5).
import { zipSync, strToU8 } from 'fflate';
import { readCentralDirectory, readEntry, ZipOverflow } from '../decode/zip-reader.ts';
import { ImportFailure } from '../errors.ts';
import type { Effects } from '../codebook/types.ts';
import { readQde } from './qde-read.ts';
import { writeQde } from './qde-write.ts';
import type { QdpxExportInput, QdpxRead } from './types.ts';

/** Caps for reading a .qdpx: the whole unpacked project and any one file in it. */
export const QDPX_LIMITS = { totalBytes: 200 * 1024 * 1024, entryBytes: 50 * 1024 * 1024 };

/** Builds the .qdpx bytes (sources as UTF-8 without BOM, LF line ends). */
export function buildQdpx(input: QdpxExportInput): Uint8Array {
  const { xml, sources } = writeQde(input);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const [name, text] of sources) files[`sources/${name}`] = strToU8(text);
  return zipSync(files, { level: 6, mtime: new Date(input.now) });
}

/** Reads a .qdpx. Refuses (errors) when it is not a usable project; otherwise lists skips. */
export function readQdpx(bytes: Uint8Array, fx: Effects): QdpxRead {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { errors: ['这不是 .qdpx 文件（REFI-QDA 项目应是一个 zip 压缩包）。'], skipped: [] };
  const decoder = new TextDecoder('utf-8');
  try {
    const entries = readCentralDirectory(bytes);
    const byName = new Map(entries.filter((e) => !e.isDirectory).map((e) => [e.name, e]));
    let total = 0;
    const file = (path: string): string | null => {
      const e =
        byName.get(path) ??
        [...byName.values()].find((x) => x.name.toLowerCase() === path.toLowerCase());
      if (!e) return null;
      total += e.size;
      if (e.size > QDPX_LIMITS.entryBytes || total > QDPX_LIMITS.totalBytes)
        throw new ZipOverflow();
      return decoder.decode(readEntry(bytes, e, QDPX_LIMITS.entryBytes));
    };
    const qde =
      [...byName.keys()].find((n) => /(^|\/)project\.qde$/i.test(n) && !n.includes('/')) ??
      [...byName.keys()].find((n) => /\.qde$/i.test(n));
    if (!qde)
      return { errors: ['压缩包里没有 project.qde：这不是 REFI-QDA 项目文件。'], skipped: [] };
    return readQde(file(qde) ?? '', { ...fx, file });
  } catch (e) {
    if (e instanceof ZipOverflow)
      return {
        errors: ['项目文件解压后超过大小上限（单个文件 50 MB、合计 200 MB），未导入。'],
        skipped: [],
      };
    if (e instanceof ImportFailure) return { errors: [e.error.message], skipped: [] };
    throw e;
  }
}
