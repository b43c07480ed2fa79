// Small byte and path helpers shared by the decoders.

/** True when `bytes` holds `signature` at `offset`. */
export function hasBytes(bytes: Uint8Array, signature: ArrayLike<number>, offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) {
    if (bytes[offset + i] !== signature[i]) return false;
  }
  return true;
}

/** Lower-case extension without the dot ('' when there is none). Looks only at the last path part. */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Last part of a display path; zip entry paths use '/' and `!/`, dropped files may use '\\'. */
export function baseName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts[parts.length - 1] ?? path;
}

/** Find an ASCII string in the bytes (e.g. a zip entry name or a PDF keyword). */
export function indexOfAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): number {
  const first = text.charCodeAt(0);
  const end = Math.min(to, bytes.length) - text.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    }
    return i;
  }
  return -1;
}

/** Find a string stored as UTF-16LE (OLE2 directory names are). */
export function indexOfUtf16le(bytes: Uint8Array, text: string): number {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const end = bytes.length - pattern.length;
  for (let i = 0; i <= end; i++) {
    if (hasBytes(bytes, pattern, i)) return i;
  }
  return -1;
}

/** Human-readable size for error details (`50 MB`). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} B`;
}
