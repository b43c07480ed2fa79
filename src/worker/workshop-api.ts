// The workshop worker's API: zipping, validating and merging bundles off the UI thread. A read
// bundle stays in the worker until it is confirmed or dropped; the UI gets a summary.
import type {
  BundleError,
  ExerciseInfo,
  Manifest,
  MergeTable,
  Outcome,
} from '../core/workshop/index.ts';
import type { ExportSelection } from '../db/workshop-export.ts';

export interface PreviewInfo {
  manifest: Omit<Manifest, 'data'>;
  /** Codings the bundle carries. */
  codings: number;
  counts: Record<MergeTable, { add: number; same: number; conflicts: number }>;
  /** A few names of the local rows that differ, per table, for the preview. */
  conflictNames: Record<MergeTable, string[]>;
  sanitised: number;
  /** The exercise of a pack, in local ids. */
  exercise: ExerciseInfo | null;
}

export interface ConfirmExtras {
  fileName: string;
  submissionId: string;
  now: number;
}

export interface WorkshopWorkerApi {
  exportBundle(sel: ExportSelection): Promise<Uint8Array>;
  /** Reads and plans a bundle; it is kept in the worker under `token`. */
  preview(token: string, bytes: Uint8Array): Promise<Outcome<PreviewInfo>>;
  /** Writes the previewed bundle with the chosen tables replaced; null on success. */
  confirm(
    token: string,
    overwrite: MergeTable[],
    extras: ConfirmExtras,
  ): Promise<BundleError | null>;
  drop(token: string): Promise<void>;
}
