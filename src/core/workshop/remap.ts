// Report ids differ between browsers (each import draws a new one), so records that point at a
// report are rewritten to the local id: plain fields, id lists, and ids built as `reportId:…`.
import type { PlainTable, Rec } from './types.ts';

export type IdMap = ReadonlyMap<string, string>;

/** `r1:120:130` → `r9:120:130` when r1 maps to r9. */
export function remapPrefixed(key: string, reports: IdMap): string {
  const i = key.indexOf(':');
  if (i < 0) return key;
  const to = reports.get(key.slice(0, i));
  return to === undefined ? key : to + key.slice(i);
}

const mapId = (id: unknown, m: IdMap) => (typeof id === 'string' ? (m.get(id) ?? id) : id);
const mapIds = (ids: unknown, m: IdMap) => (Array.isArray(ids) ? ids.map((x) => mapId(x, m)) : ids);

/** A plain record with its report references rewritten to local ids. */
export function remapPlain(table: PlainTable, row: Rec, reports: IdMap): Rec {
  switch (table) {
    case 'decisions':
      return {
        ...row,
        id: remapPrefixed(row.id as string, reports),
        reportId: mapId(row.reportId, reports),
      };
    case 'cellChoices': {
      const out: Rec = {
        ...row,
        id: remapPrefixed(row.id as string, reports),
        reportId: mapId(row.reportId, reports),
      };
      if (typeof row.quantityId === 'string')
        out.quantityId = remapPrefixed(row.quantityId, reports);
      return out;
    }
    case 'compareSets':
      return { ...row, reportIds: mapIds(row.reportIds, reports) };
    case 'charts': {
      // Chart specs are owned by the charts view; a report list is rewritten where it is found.
      const out: Rec = { ...row };
      if (Array.isArray(row.reportIds)) out.reportIds = mapIds(row.reportIds, reports);
      const spec = row.spec as Rec | undefined;
      if (spec && typeof spec === 'object' && Array.isArray(spec.reportIds))
        out.spec = { ...spec, reportIds: mapIds(spec.reportIds, reports) };
      return out;
    }
    default:
      return row;
  }
}

/** The field a plain table is keyed by. */
export const plainKey = (table: PlainTable) => (table === 'populations' ? 'locality' : 'id');
