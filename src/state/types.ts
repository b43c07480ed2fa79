// The record types the views read, re-exported so src/ui never imports src/db.
export type {
  EditableField,
  EditableMeta,
  ReportRecord,
  ReportRow,
  ReportTextRecord,
} from '../db/types.ts';
