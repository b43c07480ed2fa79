// Report metadata: title, locality (with its province and prefecture), year reported on,
// publication date and issuer.
import type { CleanResult, ReportMeta } from '../types.ts';
import { detectLocality } from './locality.ts';
import { findSignature } from './signature.ts';
import { findTitleLine, looksLikeTitle, stripSiteName } from './title.ts';
import { toSimplified } from './trad.ts';
import { yearInBody, yearInTitle } from './year.ts';

export { detectLocality } from './locality.ts';

export interface MetaOptions {
  fileName: string;
  sourceTitle?: string;
}

export function detectMeta(clean: CleanResult, opts: MetaOptions): ReportMeta {
  const { text, pageMeta } = clean;
  const source = opts.sourceTitle ? stripSiteName(opts.sourceTitle) : null;
  const found =
    findTitleLine(text) ??
    (pageMeta.title && looksLikeTitle(pageMeta.title) ? pageMeta.title : null) ??
    (source && looksLikeTitle(source) ? source : null);

  const signature = findSignature(text);
  const published = pageMeta.published ?? signature.date;
  const issuer = pageMeta.issuer ?? signature.issuer;

  const simple = (s: string | null) => (s ? toSimplified(s) : null);
  const body = toSimplified(text);
  const locality = detectLocality({
    title: simple(found ?? pageMeta.title),
    issuer: simple(issuer),
    body,
    fileName: toSimplified(opts.fileName),
  });

  // Reports are published in the first months of the following year: without a stated year,
  // the publication year less one is the best guess.
  const year =
    (found ? yearInTitle(toSimplified(found)) : null) ??
    yearInBody(body) ??
    (published ? Number(published.slice(0, 4)) - 1 : null);

  if (found) return { title: found, titleComposed: false, locality, year, published, issuer };
  const who = locality ? `${locality.name}${locality.departmentName ?? ''}` : '';
  const when = year ? `${year}年度` : '';
  return {
    title: `${who}${when}法治政府建设情况报告`,
    titleComposed: true,
    locality,
    year,
    published,
    issuer,
  };
}
