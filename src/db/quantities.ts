// Quantities (regenerable) and the user's decisions on them (never regenerated: they win).
import { extractQuantities } from '../core/quantities/index.ts';
import { matchAll, type Indicator } from '../core/indicators/index.ts';
import { effectiveCatalogue } from '../core/indicators/effective.ts';
import type { ReportbenchDb } from './schema.ts';
import { mentionSetOf } from './mention-sets.ts';
import type { IndicatorRecord, QuantityDecision, QuantityRecord } from './types.ts';

/** Bump when the extractor or matcher changes so stored reports are re-extracted. */
export const EXTRACT_VERSION = 1;

export const quantityKey = (reportId: string, start: number, end: number) =>
  `${reportId}:${start}:${end}`;

export function computeQuantities(
  reportId: string,
  text: string,
  catalogue: readonly Indicator[],
): QuantityRecord[] {
  const qs = extractQuantities(text);
  const ms = matchAll(qs, text, catalogue);
  // The quantities are this call's own: completed in place rather than copied field by field
  // (same fields, same order).
  return qs.map((q, i) =>
    Object.assign(q, {
      id: quantityKey(reportId, q.start, q.end),
      reportId,
      indicatorId: ms[i].indicatorId,
      explanation: ms[i].explanation,
    }),
  );
}

export async function loadCatalogue(db: ReportbenchDb): Promise<Indicator[]> {
  return effectiveCatalogue(await db.indicators.toArray());
}

/** Replace a report's quantities (decisions are in their own table and stay). */
export async function replaceQuantities(
  db: ReportbenchDb,
  reportId: string,
  rows: QuantityRecord[],
): Promise<void> {
  await db.transaction('rw', db.quantities, db.mentionSets, db.reports, async () => {
    await db.quantities.where('reportId').equals(reportId).delete();
    await db.quantities.bulkAdd(rows);
    await db.mentionSets.put(mentionSetOf(reportId, rows));
    await db.reports.update(reportId, { extractVersion: EXTRACT_VERSION });
  });
}

/** Re-matched quantities of one report (same spans, new indicators), with its mention set. */
export async function putRematched(
  db: ReportbenchDb,
  reportId: string,
  rows: QuantityRecord[],
): Promise<void> {
  await db.transaction('rw', db.quantities, db.mentionSets, async () => {
    await db.quantities.bulkPut(rows);
    await db.mentionSets.put(mentionSetOf(reportId, rows));
  });
}

/** Queue every report for re-extraction (decisions live apart and are kept). */
export async function markAllForExtraction(db: ReportbenchDb): Promise<void> {
  await db.reports.toCollection().modify({ extractVersion: 0 });
}

/** Reports whose quantities are missing or from an older extractor. */
export async function reportsNeedingExtraction(db: ReportbenchDb): Promise<string[]> {
  // Run at every start-up: the index answers from keys instead of reading every record. A
  // record without extractVersion is not in the index, so the counts decide which way to go.
  const byVersion = db.reports.where('extractVersion');
  const [all, indexed] = await Promise.all([
    db.reports.count(),
    byVersion.aboveOrEqual(-Infinity).count(),
  ]);
  if (indexed === all) return byVersion.notEqual(EXTRACT_VERSION).primaryKeys();
  return (await db.reports.toArray())
    .filter((r) => (r.extractVersion ?? 0) !== EXTRACT_VERSION)
    .map((r) => r.id);
}

export function quantitiesOf(db: ReportbenchDb, reportId: string) {
  return db.quantities.where('reportId').equals(reportId).sortBy('start');
}

export function decisionsOf(db: ReportbenchDb, reportId: string) {
  return db.decisions.where('reportId').equals(reportId).toArray();
}

export async function decide(db: ReportbenchDb, d: QuantityDecision): Promise<void> {
  await db.decisions.put(d);
}

export async function undecide(db: ReportbenchDb, id: string): Promise<void> {
  await db.decisions.delete(id);
}

export async function saveIndicator(db: ReportbenchDb, ind: IndicatorRecord): Promise<void> {
  await db.indicators.put(ind);
}

export async function deleteIndicator(db: ReportbenchDb, id: string): Promise<void> {
  await db.indicators.delete(id);
}

/** How many stored quantities each indicator has (decisions applied). */
export async function indicatorCounts(db: ReportbenchDb): Promise<Record<string, number>> {
  const decisions = new Map((await db.decisions.toArray()).map((d) => [d.id, d]));
  const counts: Record<string, number> = {};
  await db.quantities.each((q) => {
    const d = decisions.get(q.id);
    if (d?.status === 'rejected') return;
    const ind = d && d.indicatorId !== undefined ? d.indicatorId : q.indicatorId;
    if (ind) counts[ind] = (counts[ind] ?? 0) + 1;
  });
  return counts;
}
