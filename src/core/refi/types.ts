// REFI-QDA project exchange (.qdpx = zip of project.qde + sources/): the data going in and
// coming out. Positions inside this module's XML are Unicode code points (the standard's
// "characters"); everything handed to or from the app is UTF-16 offsets like the rest of it.
import type { Code, Codebook, Coding } from '../codebook/types.ts';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** One report to export: its canonical text and the codings on it. */
export interface QdpxSourceIn {
  id: string;
  name: string;
  text: string;
  /** ISO 8601 import time (creationDateTime of the TextSource). */
  createdAt: string;
}

export interface QdpxExportInput {
  projectName: string;
  codebook: Codebook;
  codes: readonly Code[];
  sources: readonly QdpxSourceIn[];
  /** Codings on those sources whose code is in `codes`; others are ignored. */
  codings: readonly Coding[];
  now: string;
  newGuid: () => string;
}

/** A coding read from a project, positions already turned into UTF-16 offsets of `text`. */
export interface QdpxCodingOut {
  codeGuid: string;
  start: number;
  end: number;
  memo: string;
  coder: string;
  createdAt: string | null;
}

export interface QdpxSourceOut {
  guid: string;
  name: string;
  /** The source text (LF line ends, no BOM). */
  text: string;
  codings: QdpxCodingOut[];
}

export interface QdpxProject {
  name: string;
  codebook: Codebook;
  codes: Code[];
  sources: QdpxSourceOut[];
}

export interface QdpxRead {
  value?: QdpxProject;
  /** Why the file was refused; non-empty means nothing can be imported. */
  errors: string[];
  /** What was left out (unknown or unsupported elements, broken references), in Chinese. */
  skipped: string[];
}
