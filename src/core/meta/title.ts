// The report's title: the title line at the top of the body, else a title the page declared.
import { toSimplified } from './trad.ts';

/** How many lines from the top a title line may stand. */
const TITLE_LINES = 6;
const MAX_TITLE = 80;

const SUBJECT = /法治政府|法治建设|依法行政|依法治/;
const KIND = /报告|情况|总结|工作/;

export function looksLikeTitle(line: string): boolean {
  const s = toSimplified(line);
  return s.length <= MAX_TITLE && !/[。；;]|[，,：:]$/.test(s) && SUBJECT.test(s) && KIND.test(s);
}

/** A line that opens a two-line title: `XX县人民政府` above `关于2022年度法治政府建设情况的报告`. */
const ISSUER_LINE = /^[\u4e00-\u9fff\s]{2,30}(?:人民政府|政府|局|厅|委员会|办公室|办事处)$/;

export function findTitleLine(text: string): string | null {
  const lines = text.split('\n', TITLE_LINES + 1).slice(0, TITLE_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_TITLE) break; // the body has begun
    if (!looksLikeTitle(line)) continue;
    const prev = lines[i - 1];
    if (prev && /^关于/.test(line) && ISSUER_LINE.test(prev)) return prev + line;
    return line;
  }
  return null;
}

/** A page `<title>` usually carries the site name: `XX报告_XX市人民政府门户网站`. */
export function stripSiteName(title: string): string {
  return title.split(/\s*(?:[_|｜]| - | — | -- )\s*/)[0]!.trim();
}
