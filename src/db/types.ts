// Records as stored in IndexedDB. The canonical text lives in its own table so that listing
// thousands of reports never loads their texts.
import type {
  Heading,
  Locality,
  PartPresence,
  RemovedChrome,
  SourceFormat,
  TextEncoding,
} from '../core/types.ts';

/** Metadata fields a user may edit in the library; user edits win over detection. */
export interface EditableMeta {
  title: string;
  locality: Locality | null;
  year: number | null;
  published: string | null;
  issuer: string | null;
}

export type EditableField = keyof EditableMeta;

export interface ReportRecord extends EditableMeta {
  id: string;
  /** sha256 of the canonical text: unique, so the same report is never stored twice. */
  hash: string;
  fileName: string;
  format: SourceFormat;
  encoding: TextEncoding | null;
  bytes: number;
  chars: number;
  importedAt: number;
  titleComposed: boolean;
  /** What detection found, kept so a user edit can be reverted and re-detection never clobbers edits. */
  detected: EditableMeta;
  /** Fields the user has edited. */
  edited: EditableField[];
  outline: Heading[];
  parts: PartPresence;
  warnings: string[];
  /** Flat copies for indexes and filters. */
  localityName: string;
  province: string;
  tier: string;
}

export interface ReportTextRecord {
  reportId: string;
  /** The canonical text: immutable after import; every offset in the app points into it. */
  text: string;
  /** Web chrome removed by the cleaner, shown on request in the reader. */
  removed: RemovedChrome[];
}

/** A deleted report kept until the next delete, so "undo" can bring it back after a reload. */
export interface TrashRecord {
  reportId: string;
  deletedAt: number;
  batch: string;
  report: ReportRecord;
  text: ReportTextRecord;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
