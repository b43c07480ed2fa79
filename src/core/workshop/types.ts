// Workspace bundles: the manifest and the data it carries. Core knows the coding records'
// shapes (they live in core/codebook); every other table travels as a validated plain record
// whose extra fields pass through untouched, so a bundle round-trips what the database holds.
import type { Code, Codebook, Coding } from '../codebook/types.ts';
import type { Rule } from '../codebook/rules.ts';

export const BUNDLE_FORMAT = 'reportbench-bundle';
/** Bump when the manifest changes shape; readers refuse versions they do not know. */
export const BUNDLE_VERSION = 1;

/** workspace: a chosen part or all; backup: everything; exercise: reports + codebook +
 * instructions for participants; submission: one coder's codings only. */
export type BundleKind = 'workspace' | 'backup' | 'exercise' | 'submission';

/** A plain record (JSON object) from a bundle, validated for the fields we rely on. */
export type Rec = Record<string, unknown>;

/** A report's metadata as stored, plus the chrome removed at import; the text is a zip entry. */
export interface BundleReport extends Rec {
  id: string;
  hash: string;
  title: string;
  removed: Rec[];
}

/** A report the bundle refers to without carrying it (submissions): found by its hash. */
export interface ReportRef {
  id: string;
  hash: string;
  title: string;
}

export interface BundleSetting {
  key: string;
  value: unknown;
}

/** Tables stored as plain records, keyed by `id` (populations by `locality`). */
export const PLAIN_TABLES = [
  'decisions',
  'indicators',
  'compareSets',
  'cellChoices',
  'populations',
  'charts',
] as const;
export type PlainTable = (typeof PLAIN_TABLES)[number];

export interface BundleData {
  reports: BundleReport[];
  reportRefs: ReportRef[];
  codebooks: Codebook[];
  codes: Code[];
  codings: Coding[];
  rules: Rule[];
  decisions: Rec[];
  indicators: Rec[];
  compareSets: Rec[];
  cellChoices: Rec[];
  populations: Rec[];
  charts: Rec[];
  settings: BundleSetting[];
}

/** What an exercise pack asks participants to do. */
export interface ExerciseInfo {
  id: string;
  title: string;
  instructions: string;
  codebookId: string;
  reportIds: string[];
}

export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  version: number;
  kind: BundleKind;
  createdAt: string;
  /** Who made it (the coder name in settings), may be empty. */
  createdBy: string;
  title: string;
  /** Exercise packs carry the exercise; submissions name the exercise they answer. */
  exercise?: ExerciseInfo;
  /** Submissions: the one coder whose codings these are. */
  coder?: string;
  data: BundleData;
}

/** A bundle read from a file: the manifest and each shipped report's text by report id. */
export interface Bundle {
  manifest: Manifest;
  texts: Map<string, string>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: BundleError };

/** A refusal: a code the UI translates, and a detail (already bilingual where it matters). */
export interface BundleError {
  code:
    | 'not-zip'
    | 'no-manifest'
    | 'bad-json'
    | 'wrong-format'
    | 'future-version'
    | 'invalid'
    | 'missing-text'
    | 'missing-report'
    | 'missing-code'
    | 'too-large'
    | 'quota'
    | 'write-failed'
    | 'wrong-kind';
  detail: string;
}

export const emptyData = (): BundleData => ({
  reports: [],
  reportRefs: [],
  codebooks: [],
  codes: [],
  codings: [],
  rules: [],
  decisions: [],
  indicators: [],
  compareSets: [],
  cellChoices: [],
  populations: [],
  charts: [],
  settings: [],
});

/** What an export can carry; codings, decisions and compare sets bring the reports they
 * point at (as references by hash when the texts themselves are not chosen). */
export const EXPORT_PARTS = [
  'reports',
  'codebooks',
  'codings',
  'decisions',
  'indicators',
  'compare',
  'charts',
  'settings',
] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];
