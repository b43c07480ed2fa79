// Text fields from a bundle are shown as text (never as HTML), but a bundle carrying markup in
// names, memos or instructions is suspicious and would look broken: tags are stripped and counted
// so the import preview can say so. Report texts, quotes and patterns are kept verbatim, since
// offsets and regular expressions depend on every character.
import type { Manifest } from './types.ts';

const TAG = /<\/?[a-zA-Z!][^<>]*>/g;
const VERBATIM = new Set(['quote', 'regex', 'pattern', 'text', 'hash', 'guid', 'value']);
const isKey = (k: string) => k === 'id' || k.endsWith('Id') || k.endsWith('Ids');

/** Strips HTML/script tags from a string; `<script>…</script>` loses its content as well. */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(/<script\b[^]*?<\/script\s*>/gi, '').replace(TAG, '');
}

function clean(value: unknown, key: string, count: { n: number }): unknown {
  if (typeof value === 'string') {
    if (VERBATIM.has(key) || isKey(key)) return value;
    const out = stripTags(value);
    if (out !== value) count.n++;
    return out;
  }
  if (Array.isArray(value)) return value.map((x) => clean(x, key, count));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = clean(x, k, count);
    return out;
  }
  return value;
}

/** The manifest with markup removed from its text fields, and how many fields changed. */
export function sanitiseManifest(m: Manifest): { manifest: Manifest; changed: number } {
  const count = { n: 0 };
  const manifest = clean(m, '', count) as Manifest;
  return { manifest, changed: count.n };
}
