// Unpack .zip archives (recursively) into the files to import, with bomb limits.
import { ImportFailure, LIMITS, importError } from '../errors.ts';
import type { ImportError, InputFile } from '../types.ts';
import { baseName, extensionOf, formatBytes, hasBytes } from './bytes.ts';
import { sniffZip } from './sniff.ts';
import { ZipOverflow, readCentralDirectory, readEntry, type ZipEntry } from './zip-reader.ts';

export type ExpandedFile = InputFile | { path: string; error: ImportError };

export interface ArchiveLimits {
  fileBytes: number;
  zipTotalBytes: number;
  zipEntries: number;
  zipDepth: number;
}

/** The whole archive is refused: past the size/entry limits (a zip bomb, or just too big). */
class ArchiveTooLarge extends Error {}

const JUNK_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/**
 * Unpack zips (recursively) into the files to import, in archive order; other input comes
 * back as [file]. Bad entries come back with an error; a zip past the limits is one error.
 */
export function expandArchives(file: InputFile, limits: ArchiveLimits = LIMITS): ExpandedFile[] {
  if (!isArchive(file.bytes, file.path)) {
    if (extensionOf(file.path) === 'zip' && file.bytes.length > 0 && !isZipMagic(file.bytes)) {
      return [{ path: file.path, error: importError('corrupt-zip', '不是 zip 格式') }];
    }
    return [file];
  }
  const budget = { bytes: limits.zipTotalBytes, entries: limits.zipEntries };
  try {
    return expandZip(file.path, file.bytes, 1, budget, limits);
  } catch (e) {
    if (e instanceof ArchiveTooLarge) {
      return [{ path: file.path, error: importError('zip-too-large', e.message) }];
    }
    if (e instanceof ImportFailure) return [{ path: file.path, error: e.error }];
    throw e;
  }
}

function isZipMagic(bytes: Uint8Array): boolean {
  return hasBytes(bytes, ZIP_MAGIC) || hasBytes(bytes, EMPTY_ZIP_MAGIC);
}

/** A zip that is an archive, not a .docx or another office file (those are zips too). */
function isArchive(bytes: Uint8Array, path: string): boolean {
  if (!isZipMagic(bytes)) return false;
  try {
    return sniffZip(bytes, extensionOf(path)) === 'zip';
  } catch {
    return false; // e.g. an .xlsx: extractText reports it as unsupported
  }
}

function isJunk(entry: ZipEntry): boolean {
  if (entry.isDirectory) return true;
  if (entry.name.split('/').some((part) => part === '__MACOSX')) return true;
  const base = baseName(entry.name);
  // AppleDouble (._x) and Office lock files (~$x) are never reports.
  return JUNK_NAMES.has(base.toLowerCase()) || base.startsWith('._') || base.startsWith('~$');
}

function expandZip(
  path: string,
  bytes: Uint8Array,
  depth: number,
  budget: { bytes: number; entries: number },
  limits: ArchiveLimits,
): ExpandedFile[] {
  const entries = readCentralDirectory(bytes);
  budget.entries -= entries.length;
  if (budget.entries < 0) throw new ArchiveTooLarge(`超过 ${limits.zipEntries} 个文件`);
  const files = entries.filter((e) => !isJunk(e));
  const declared = files.reduce((sum, e) => sum + e.size, 0);
  if (declared > budget.bytes) {
    throw new ArchiveTooLarge(`解压后超过 ${formatBytes(limits.zipTotalBytes)}`);
  }
  if (files.length === 0) return [{ path, error: importError('zip-empty') }];

  const out: ExpandedFile[] = [];
  for (const entry of files) {
    const entryPath = `${path}!/${entry.name}`;
    const fail = (error: ImportError) => out.push({ path: entryPath, error });
    if (entry.encrypted) {
      fail(importError('encrypted', '压缩包中的加密文件'));
      continue;
    }
    if (entry.size > limits.fileBytes) {
      fail(importError('too-large', `上限 ${formatBytes(limits.fileBytes)}`));
      continue;
    }
    const cap = Math.min(limits.fileBytes, budget.bytes);
    let data: Uint8Array;
    try {
      data = readEntry(bytes, entry, cap);
    } catch (e) {
      if (e instanceof ZipOverflow) {
        // The header lied about the size. Past the archive budget: refuse the whole archive.
        if (cap === budget.bytes) {
          throw new ArchiveTooLarge(`解压后超过 ${formatBytes(limits.zipTotalBytes)}`);
        }
        fail(importError('too-large', `上限 ${formatBytes(limits.fileBytes)}`));
        continue;
      }
      if (e instanceof ImportFailure) {
        fail(e.error);
        continue;
      }
      throw e;
    }
    budget.bytes -= data.length;

    if (!isArchive(data, entry.name)) {
      out.push({ path: entryPath, bytes: data });
    } else if (depth >= limits.zipDepth) {
      fail(importError('zip-too-large', `压缩包嵌套超过 ${limits.zipDepth} 层`));
    } else {
      try {
        out.push(...expandZip(entryPath, data, depth + 1, budget, limits));
      } catch (e) {
        if (e instanceof ImportFailure) fail(e.error);
        else throw e;
      }
    }
  }
  return out;
}
