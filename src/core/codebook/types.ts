// Codebooks, codes and codings: the data the coding workflow stores and exchanges.
// Times are ISO 8601 strings; ids come from an injected generator so tests are deterministic.

export interface Codebook {
  id: string;
  name: string;
  description: string;
  /** Set when the codebook was copied from a built-in template (its template id). */
  builtIn?: string;
  createdAt: string;
}

export interface Code {
  id: string;
  codebookId: string;
  /** null for a top-level code. */
  parentId: string | null;
  name: string;
  /** `#rrggbb`, lower case. */
  color: string;
  description: string;
  /** Position among its siblings (ascending). Gaps are allowed. */
  order: number;
  /** Keywords for the starter auto-coding rules. */
  keywords: string[];
  favourite?: boolean;
  /** REFI-QDA GUID: stable across exports so other tools recognise the code. */
  guid: string;
  /** Key of the template code this was copied from (`2021-7`, `part-shortcomings`). */
  templateKey?: string;
}

export interface Coding {
  id: string;
  reportId: string;
  codeId: string;
  /** UTF-16 offsets into the report's canonical text. */
  start: number;
  end: number;
  /** The coded text at coding time, to detect drift when a report changes. */
  quote: string;
  memo: string;
  coder: string;
  /** Applied by a rule and not yet confirmed by a person. */
  auto: boolean;
  ruleId?: string;
  createdAt: string;
  updatedAt: string;
}

/** Injected effects: a fresh unique id, and the current time as ISO 8601. */
export type NewId = () => string;
export type Now = () => string;

export interface Effects {
  newId: NewId;
  now: Now;
}

/** An operation's result: either refused with a Chinese message, or done. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
