// Codings of the report open in the reader, as marks (filled in by the coding work).
import type { ReaderMark } from './reader-marks.ts';

export class CodingReaderState {
  marks = $state.raw<ReaderMark[]>([]);

  open(_reportId: string | null) {}
}

export const codingReader = new CodingReaderState();
