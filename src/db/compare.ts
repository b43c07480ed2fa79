// Comparison storage: the user's cell choices and manual entries (they win over re-extraction;
// each keeps the history of who changed it and when), populations per locality, saved sets
// (a selection plus table options, recomputed from current data when reopened).
import type { Table } from 'dexie';
import type { ReportbenchDb } from './schema.ts';
import type {
  MentionSetRecord,
  QuantityDecision,
  QuantityRecord,
  ReportTextRecord,
} from './types.ts';
import type { Code, Codebook, Coding } from '../core/codebook/types.ts';
import { cellKey, type CellChoice } from '../core/compare/types.ts';
import { getSetting, setSetting } from './settings.ts';

export interface ChoiceVersion extends CellChoice {
  by: string;
  at: number;
}

export interface CellChoiceRecord extends ChoiceVersion {
  /** cellKey(reportId, indicatorId). */
  id: string;
  reportId: string;
  indicatorId: string;
  /** Earlier versions, oldest first. */
  history: ChoiceVersion[];
}

export interface PopulationRecord {
  /** core/compare localityKey(province, prefecture, name). */
  locality: string;
  population: number;
  at: number;
}

export interface CompareOptions {
  tab: 'parts' | 'metrics';
  normalise: boolean;
  order: 'hand' | 'locality' | 'year';
  /** Indicator rows shown, in this order (empty: every indicator with a value, catalogue order). */
  indicatorIds: string[];
  /** Metric table rows grouped by the indicator's area (default true). */
  groupByArea?: boolean;
  /**
   * Passage grid rows: the required parts, outline sections matched by heading similarity, or
   * the codes of `codebookId` (older saved options have only codebookId: codes when it is set).
   */
  gridMode?: 'parts' | 'sections' | 'codes';
  codebookId?: string | null;
  /** Heading similarity (0–1) two sections need to share a row. */
  similarity?: number;
}

export interface CompareSetRecord {
  id: string;
  name: string;
  reportIds: string[];
  options: CompareOptions;
  at: number;
}

const choices = (db: ReportbenchDb) => db.table('cellChoices') as Table<CellChoiceRecord, string>;
const populations = (db: ReportbenchDb) =>
  db.table('populations') as Table<PopulationRecord, string>;
const sets = (db: ReportbenchDb) => db.table('compareSets') as Table<CompareSetRecord, string>;

export function choicesFor(db: ReportbenchDb, reportIds: readonly string[]) {
  return choices(db).where('reportId').anyOf(reportIds).toArray();
}

/** Set (or with `next` null, clear) a cell's choice; the previous version goes to the history. */
export async function setChoice(
  db: ReportbenchDb,
  reportId: string,
  indicatorId: string,
  next: CellChoice | null,
  by: string,
  at: number,
): Promise<void> {
  const id = cellKey(reportId, indicatorId);
  await db.transaction('rw', choices(db), async () => {
    const prev = await choices(db).get(id);
    const history = prev
      ? [
          ...prev.history,
          { quantityId: prev.quantityId, manual: prev.manual, by: prev.by, at: prev.at },
        ]
      : [];
    await choices(db).put({
      id,
      reportId,
      indicatorId,
      quantityId: next?.quantityId ?? null,
      manual: next?.manual ?? null,
      by,
      at,
      history,
    });
  });
}

export function listPopulations(db: ReportbenchDb) {
  return populations(db).toArray();
}

export async function setPopulation(
  db: ReportbenchDb,
  locality: string,
  population: number | null,
  at: number,
): Promise<void> {
  if (population === null || !(population > 0)) await populations(db).delete(locality);
  else await populations(db).put({ locality, population, at });
}

export function listSets(db: ReportbenchDb) {
  return sets(db).orderBy('name').toArray();
}

export async function saveSet(db: ReportbenchDb, set: CompareSetRecord): Promise<void> {
  await sets(db).put(set);
}

export async function deleteSet(db: ReportbenchDb, id: string): Promise<void> {
  await sets(db).delete(id);
}

/** The working selection, so the view comes back as it was after a reload. */
export function loadCurrent(db: ReportbenchDb) {
  return getSetting<{ reportIds: string[]; options: CompareOptions } | null>(
    db,
    'compare.current',
    null,
  );
}

export function saveCurrent(db: ReportbenchDb, reportIds: string[], options: CompareOptions) {
  return setSetting(db, 'compare.current', { reportIds, options });
}

/** What the metric table of some reports needs (loaded in the compare worker). No texts: the
 * sentences of a popover or an export are read when asked for (textsOf). */
export interface MetricData {
  sets: MentionSetRecord[];
  /** Quantities of the selected reports that have no mention set (db/mention-sets.ts). */
  unsetQuantities: QuantityRecord[];
  /** Quantities a decision gives an indicator (a set holds only those extracted with one). */
  decidedQuantities: QuantityRecord[];
  decisions: QuantityDecision[];
  choices: CellChoiceRecord[];
  populations: PopulationRecord[];
}

/** What the passage grid needs: texts, codes of every codebook and these reports' codings. */
export interface GridData {
  texts: ReportTextRecord[];
  codes: Code[];
  codings: Coding[];
}

export function listCodebooks(db: ReportbenchDb): Promise<Codebook[]> {
  return db.codebooks.toArray();
}

/** Above this many reports one scan of the table beats an index lookup per report. */
const SCAN_ABOVE = 50;

/**
 * Rows of these reports. For many reports `anyOf` walks a cursor and liveQuery tracks every
 * key it reads (seconds at 1,000 reports); reading the table whole with getAll is far cheaper.
 */
async function ofReports<T extends { reportId: string }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Dexie table of T rows
  table: Table<T, any, any>,
  reportIds: readonly string[],
): Promise<T[]> {
  if (reportIds.length <= SCAN_ABOVE) return table.where('reportId').anyOf(reportIds).toArray();
  const ids = new Set(reportIds);
  return (await table.toArray()).filter((r) => ids.has(r.reportId));
}

/** Everything the metric table of these reports needs, read in one transaction. */
export async function loadMetricData(
  db: ReportbenchDb,
  reportIds: readonly string[],
): Promise<MetricData> {
  return db.transaction(
    'r',
    [db.mentionSets, db.quantities, db.decisions, choices(db), populations(db)],
    async () => {
      // The independent reads are issued together: each is a round trip to the database.
      const [sets, decisions, cellChoices, pops] = await Promise.all([
        ofReports(db.mentionSets, reportIds),
        ofReports(db.decisions, reportIds),
        ofReports(choices(db), reportIds),
        listPopulations(db),
      ]);
      const have = new Set(sets.map((s) => s.reportId));
      const unset = reportIds.filter((id) => !have.has(id));
      const decidedIds = decisions
        .filter((d) => typeof d.indicatorId === 'string' && have.has(d.reportId))
        .map((d) => d.id);
      const [unsetQuantities, decided] = await Promise.all([
        unset.length ? db.quantities.where('reportId').anyOf(unset).toArray() : [],
        decidedIds.length ? db.quantities.bulkGet(decidedIds) : Promise.resolve([]),
      ]);
      return {
        sets,
        unsetQuantities,
        decidedQuantities: (decided as (QuantityRecord | undefined)[]).filter(
          (q): q is QuantityRecord => !!q,
        ),
        decisions,
        choices: cellChoices,
        populations: pops,
      };
    },
  );
}

/** Texts of some reports, for sentences (popovers, exports). */
export async function textsOf(db: ReportbenchDb, reportIds: readonly string[]) {
  return (await db.texts.bulkGet([...reportIds])).filter((t) => !!t);
}

/** Everything the passage grid of these reports needs, read in one transaction. */
export async function loadGridData(
  db: ReportbenchDb,
  reportIds: readonly string[],
): Promise<GridData> {
  return db.transaction('r', [db.texts, db.codes, db.codings], async () => ({
    texts: await db.texts.bulkGet([...reportIds]).then((t) => t.filter((x) => !!x)),
    codes: await db.codes.toArray(),
    codings: await ofReports(db.codings, reportIds),
  }));
}

/** The charts view's input: every quantity, decision, choice, text and coding. */
export interface CompareData extends GridData {
  quantities: QuantityRecord[];
  decisions: QuantityDecision[];
  choices: CellChoiceRecord[];
  populations: PopulationRecord[];
}

export async function loadCompareData(
  db: ReportbenchDb,
  reportIds: readonly string[],
): Promise<CompareData> {
  return db.transaction(
    'r',
    [db.quantities, db.decisions, db.texts, choices(db), populations(db), db.codes, db.codings],
    async () => {
      const grid = await loadGridData(db, reportIds);
      return {
        ...grid,
        quantities: await ofReports(db.quantities, reportIds),
        decisions: await ofReports(db.decisions, reportIds),
        choices: await ofReports(choices(db), reportIds),
        populations: await listPopulations(db),
      };
    },
  );
}
