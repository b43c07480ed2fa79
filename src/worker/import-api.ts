// The typed request/response API between the UI thread and the import worker.
import type { ImportErrorCode, SourceFormat, TextEncoding } from '../core/types.ts';
import type { Stage } from '../core/pipeline.ts';
import type { Indicator } from '../core/indicators/types.ts';

/** A quantity an indicator under test would match, for the live preview. */
export interface IndicatorTestHit {
  reportId: string;
  title: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
  /** Indicator it is matched to now (null: other). */
  currentIndicatorId: string | null;
}

/** One thing to import: a File from a drop/picker, or bytes (the samples). */
export interface ImportSource {
  /** Display path (relative path inside a dropped folder, or the file name). */
  name: string;
  file?: File;
  bytes?: Uint8Array;
}

export type ImportStatus = 'added' | 'duplicate' | 'failed';

export interface ImportItemResult {
  file: string;
  status: ImportStatus;
  /** Report id (added) or the id of the report it duplicates. */
  id?: string;
  title?: string;
  format?: SourceFormat;
  encoding?: TextEncoding | null;
  code?: ImportErrorCode;
  message?: string;
  messageEn?: string;
}

export interface ImportProgress {
  fileIndex: number;
  fileCount: number;
  path: string;
  stage: Stage | 'store' | 'done';
  /** Progress of the current file, 0..1. */
  fileFraction: number;
  /** Progress of the whole import, 0..1. */
  overall: number;
  /** A result that just finished (each is sent once). */
  result?: ImportItemResult;
}

export interface ImportSummary {
  added: number;
  duplicates: number;
  failed: number;
  cancelled: boolean;
}

export interface ImportWorkerApi {
  importFiles(
    sources: ImportSource[],
    onProgress: (p: ImportProgress) => void,
  ): Promise<ImportSummary>;
  cancel(): void;
  /** Extract quantities for stored reports that have none or an old version (schema upgrade). */
  backfill(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Extract every stored report's quantities again (decisions are kept). */
  reextractAll(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Re-run indicator matching on every stored quantity after the catalogue changed. */
  rematch(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Which stored quantities this (unsaved) indicator would match. */
  testIndicator(
    ind: Indicator,
    limit: number,
  ): Promise<{ count: number; hits: IndicatorTestHit[] }>;
}
