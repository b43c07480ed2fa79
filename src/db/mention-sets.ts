// The metric table's input kept per report (table `mentionSets`, schema v9): the report's
// indicator mentions, packed (core/compare/mention-pack.ts). Every write of a report's
// quantities writes its set in the same transaction (db/reports.ts, db/quantities.ts, the
// rematch in the import worker); a report without a set (not extracted yet, or written by
// code that predates v9) is read from its quantities instead, so a missing set is never wrong.
import type { ReportbenchDb } from './schema.ts';
import type { MentionSetRecord, QuantityRecord } from './types.ts';
import { packMentions, toStored } from '../core/compare/mention-pack.ts';
import { toMentions } from '../core/compare/mentions.ts';

/** The set of one report from its quantities as extracted (no decisions: they apply on read). */
export function mentionSetOf(reportId: string, rows: readonly QuantityRecord[]): MentionSetRecord {
  // As toMentions makes them for undecided quantities, so both paths give the same mentions.
  const undecided = rows.map((q) => ({
    q,
    value: q.value,
    indicatorId: q.indicatorId,
    status: 'auto',
    decision: null,
  }));
  return { reportId, mentions: toStored(packMentions(toMentions(undecided))) };
}

/** Sets of every report in `rows` (reports without quantities get an empty set). */
export function mentionSetsOf(
  reportIds: readonly string[],
  rows: readonly QuantityRecord[],
): MentionSetRecord[] {
  const by = new Map<string, QuantityRecord[]>(reportIds.map((id) => [id, []]));
  for (const q of rows) by.get(q.reportId)?.push(q);
  return [...by].map(([id, qs]) => mentionSetOf(id, qs));
}

/** Rebuild every set from the stored quantities (the v9 upgrade; a repair). */
export async function rebuildMentionSets(db: ReportbenchDb): Promise<void> {
  await db.transaction('rw', db.reports, db.quantities, db.mentionSets, async () => {
    const ids = (await db.reports.toCollection().primaryKeys()) as string[];
    await db.mentionSets.clear();
    await db.mentionSets.bulkPut(mentionSetsOf(ids, await db.quantities.toArray()));
  });
}
