// The data of a parsed report: the contract between core, the worker, the db and the CLI.
// Offsets are JavaScript string indices (UTF-16 code units) into the canonical text.

/** Source format as detected from content (not trusted from the file name). */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** Text encoding as detected; null for container formats (docx, pdf) that carry their own. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Why a file could not be imported. Each code has its own user-facing message (see errors.ts). */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'legacy-doc'
  | 'wps'
  | 'image'
  | 'unsupported'
  | 'corrupt-docx'
  | 'corrupt-pdf'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-single-file'
  | 'encrypted'
  | 'corrupt-zip'
  | 'zip-too-large'
  | 'zip-empty'
  | 'no-text'
  | 'duplicate'
  | 'storage'
  | 'cancelled'
  | 'unreadable'
  | 'internal';

export interface ImportError {
  code: ImportErrorCode;
  /** Chinese message for the user: what the file is and what to do. */
  message: string;
  /** English message (the UI language switch). */
  messageEn: string;
}

/** One file handed to the pipeline: a dropped file, or an entry of a zip. */
export interface InputFile {
  /** Display path; zip entries are `archive.zip!/dir/file.txt`. */
  path: string;
  bytes: Uint8Array;
}

/** Plain text pulled out of a file, before cleaning. Paragraphs are separated by '\n'. */
export interface ExtractedText {
  format: SourceFormat;
  encoding: TextEncoding | null;
  text: string;
  /** Facts about the source worth keeping (e.g. `<title>` of a saved page, pdf page count). */
  sourceTitle?: string;
  pages?: number;
  /** Saved web pages: what the site's own meta tags say (ArticleTitle, PubDate, ContentSource …). */
  htmlMeta?: { title?: string; published?: string; issuer?: string };
  warnings: string[];
}

export type ChromeKind =
  | 'breadcrumb'
  | 'site-tools'
  | 'meta-table'
  | 'source-line'
  | 'repeated-title'
  | 'footer'
  | 'page-furniture';

/** A line the cleaner removed from the body (kept so the reader can show it on request). */
export interface RemovedChrome {
  kind: ChromeKind;
  text: string;
  /** Line index in the pre-clean text, for display order. */
  line: number;
}

/** Metadata read from web chrome before it was removed. */
export interface PageMeta {
  published: string | null; // YYYY-MM-DD
  issuer: string | null;
  title: string | null;
  docNumber: string | null;
}

export interface CleanResult {
  /** The canonical text: immutable after import; every offset points into it. */
  text: string;
  removed: RemovedChrome[];
  pageMeta: PageMeta;
}

/** The report parts required by the 2019 supervision rules. */
export type RequiredPart = 'measures' | 'shortcomings' | 'firstResponsible' | 'nextYear' | 'other';
export const REQUIRED_PARTS = ['measures', 'shortcomings', 'firstResponsible', 'nextYear'] as const;
export type PartPresence = Record<(typeof REQUIRED_PARTS)[number], boolean>;

export interface Heading {
  /** 1 = 一、  2 = （一）  3 = 1.  4 = （1） */
  level: 1 | 2 | 3 | 4;
  /** The marker as written, e.g. `一、` `(一)` `1.` `（1）`. */
  marker: string;
  /** Heading title without the marker (up to the first sentence end when it runs into its paragraph). */
  title: string;
  /** Offset of the marker. */
  start: number;
  /** End of the heading title (text.slice(start, end) === marker + title, modulo spaces). */
  end: number;
  /** End of the section this heading opens (start of the next heading of the same or a higher level). */
  sectionEnd: number;
  /** Level-1 headings only: which required part the section is. */
  part?: RequiredPart;
}

export type Tier = 'province' | 'prefecture' | 'county' | 'township';

export interface Locality {
  /** The division's name (`青山区`, `神湾镇`), not the issuing body (`青山区司法局`). */
  name: string;
  tier: Tier;
  province: string | null;
  prefecture: string | null;
  /** The report is by a department of the government (司法局, 教育厅 …). */
  department: boolean;
  /** The department's name when department is true (`司法局`). */
  departmentName?: string | null;
  /** The gazetteer has several divisions of this name and the text could not decide. */
  ambiguous: boolean;
  /** When ambiguous: the candidates, as `province/prefecture/name`. */
  candidates?: string[];
}

export interface ReportMeta {
  title: string;
  /** True when the title was composed (locality + year + kind) rather than found. */
  titleComposed: boolean;
  locality: Locality | null;
  /** The year reported on (not the publication year). */
  year: number | null;
  published: string | null; // YYYY-MM-DD
  issuer: string | null;
}

/** Everything the pipeline learns from one file. */
export interface ParsedReport {
  file: string;
  format: SourceFormat;
  encoding: TextEncoding | null;
  /** sha256 (hex) of the canonical text: the identity used for de-duplication. */
  hash: string;
  text: string;
  removed: RemovedChrome[];
  meta: ReportMeta;
  outline: Heading[];
  parts: PartPresence;
  chars: number;
  /** Size of the source file in bytes. */
  bytes: number;
  warnings: string[];
}

export type ImportOutcome =
  | { ok: true; file: string; report: ParsedReport }
  | { ok: false; file: string; error: ImportError };
