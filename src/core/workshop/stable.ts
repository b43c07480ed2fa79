// Deep equality of JSON-like records, independent of key order (IndexedDB and JSON.parse
// may order keys differently; `undefined` fields count as absent).
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = (v as Record<string, unknown>)[k];
    return out;
  });
}

export const sameRecord = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
