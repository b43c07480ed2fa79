// What a merge will do, table by table: rows to add, rows already present, and rows that would
// replace a different local version (only written when the user chooses that table).
import type { Code, Codebook, Coding } from '../codebook/types.ts';
import type { Rule } from '../codebook/rules.ts';
import {
  PLAIN_TABLES,
  type BundleSetting,
  type ExerciseInfo,
  type PlainTable,
  type Rec,
} from './types.ts';

export const MERGE_TABLES = [
  'reports',
  'codebooks',
  'codes',
  'codings',
  'rules',
  ...PLAIN_TABLES,
  'settings',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];

/** The local data a merge is planned against. */
export interface LocalState {
  /** Report metadata rows (as stored, without texts). */
  reports: Rec[];
  codebooks: Codebook[];
  codes: Code[];
  codings: Coding[];
  rules: Rule[];
  plain: Record<PlainTable, Rec[]>;
  settings: BundleSetting[];
}

export interface Conflict {
  local: Rec;
  /** The bundle's version, already rewritten to local ids. */
  incoming: Rec;
}

export interface ReportText {
  reportId: string;
  text: string;
  removed: Rec[];
}

export interface MergePlan {
  add: Record<MergeTable, Rec[]>;
  same: Record<MergeTable, number>;
  conflicts: Record<MergeTable, Conflict[]>;
  /** Texts of the reports being added. */
  texts: ReportText[];
  /** Bundle id → local id. */
  reportIds: Map<string, string>;
  codeIds: Map<string, string>;
  codebookIds: Map<string, string>;
  /** The exercise of a pack, rewritten to local ids. */
  exercise: ExerciseInfo | null;
}

/** What to write: every row is a put of the full record. */
export interface MergeWrites {
  puts: Record<MergeTable, Rec[]>;
  texts: ReportText[];
}

export const perTable = <T>(make: () => T): Record<MergeTable, T> =>
  Object.fromEntries(MERGE_TABLES.map((t) => [t, make()])) as Record<MergeTable, T>;
