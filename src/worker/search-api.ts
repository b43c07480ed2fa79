// The typed API of the search worker: the texts stay in the worker, only hits come back.
import type { Matcher, PackedRows } from '../core/search/index.ts';
import type { RequiredPart } from '../core/types.ts';

export interface SearchRequest {
  matcher: Matcher;
  /** Reports to search, in result order (already filtered by year, tier, province). */
  ids: string[];
  /** Keep hits inside these required parts (needs the outlines, loaded on first use). */
  parts?: RequiredPart[];
  width: number;
}

/** What a query sends back: the rows packed (see packed-rows.ts) and the counts. */
export interface SearchReply {
  rows: PackedRows;
  /** Reports with at least one hit, including those past the hit cap. */
  reportsHit: number;
  reportsSearched: number;
  truncated: boolean;
}

export interface SearchWorkerApi {
  /** Load and fold these reports' texts ahead of the first query; resolves with the count. */
  warm(ids: string[]): Promise<number>;
  search(req: SearchRequest): Promise<SearchReply>;
}
