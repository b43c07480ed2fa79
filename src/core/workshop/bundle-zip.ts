// A bundle file: a zip with manifest.json and texts/<report id>.txt (UTF-8). Reading checks,
// in order: size, that it is a zip, the manifest's format/version/schema, each text against its
// SHA-256, and the references; anything wrong refuses the whole file before it touches storage.
import { strToU8, zipSync } from 'fflate';
import {
  readCentralDirectory,
  readEntry,
  ZipOverflow,
  type ZipEntry,
} from '../decode/zip-reader.ts';
import { sha256Hex } from '../hash.ts';
import { LIMITS } from './limits.ts';
import { parseManifest } from './schema.ts';
import { sanitiseManifest } from './sanitise.ts';
import { checkReferences } from './references.ts';
import type { Bundle, BundleError, Manifest, Outcome } from './types.ts';

export const MANIFEST_NAME = 'manifest.json';
export const textEntry = (reportId: string) => `texts/${encodeURIComponent(reportId)}.txt`;

/** Packs a manifest and the texts of its reports into zip bytes. */
export function packBundle(manifest: Manifest, texts: ReadonlyMap<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [MANIFEST_NAME]: strToU8(JSON.stringify(manifest)),
  };
  for (const r of manifest.data.reports) {
    const text = texts.get(r.id);
    if (text !== undefined) files[textEntry(r.id)] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}

function fail<T>(code: BundleError['code'], detail = ''): Outcome<T> {
  return { ok: false, error: { code, detail } };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] <= 7;
}

function entryText(bytes: Uint8Array, e: ZipEntry, cap: number): Outcome<string> {
  if (e.size > cap) return fail('too-large', `${e.name}: ${e.size}`);
  try {
    const raw = readEntry(bytes, e, cap);
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch (x) {
    if (x instanceof ZipOverflow) return fail('too-large', e.name);
    if (x instanceof TypeError) return fail('invalid', `${e.name}: not UTF-8`);
    return fail('not-zip', `${e.name}: ${(x as Error).message}`);
  }
}

/** Reads and validates a bundle file; sanitised is how many text fields lost markup. */
export async function readBundle(
  bytes: Uint8Array,
): Promise<Outcome<Bundle & { sanitised: number }>> {
  if (bytes.length > LIMITS.fileBytes) return fail('too-large', String(bytes.length));
  if (!isZip(bytes)) return fail('not-zip');
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (x) {
    return fail('not-zip', (x as Error).message);
  }
  if (entries.length > LIMITS.entries) return fail('too-large', `${entries.length} entries`);
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > LIMITS.totalBytes) return fail('too-large', String(total));
  const huge = entries.find((e) => e.name.startsWith('texts/') && e.size > LIMITS.textBytes);
  if (huge) return fail('too-large', `${huge.name}: ${huge.size}`);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const me = byName.get(MANIFEST_NAME);
  if (!me) return fail('no-manifest');
  const mtext = entryText(bytes, me, LIMITS.manifestBytes);
  if (!mtext.ok) return mtext;
  let json: unknown;
  try {
    json = JSON.parse(mtext.value);
  } catch (x) {
    return fail('bad-json', (x as Error).message);
  }
  const parsed = parseManifest(json);
  if (!parsed.ok) return parsed;
  const { manifest, changed } = sanitiseManifest(parsed.value);
  const texts = new Map<string, string>();
  for (const r of manifest.data.reports) {
    const e = byName.get(textEntry(r.id));
    if (!e) return fail('missing-text', `${r.title} (${r.id})`);
    const t = entryText(bytes, e, LIMITS.textBytes);
    if (!t.ok) return t;
    if ((await sha256Hex(t.value)) !== r.hash) return fail('invalid', `${r.title}: hash`);
    texts.set(r.id, t.value);
  }
  const broken = checkReferences(manifest, texts);
  if (broken) return { ok: false, error: broken };
  return { ok: true, value: { manifest, texts, sanitised: changed } };
}
