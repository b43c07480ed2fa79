// Turns extracted text into the canonical body text: one paragraph per line, no indentation, and
// the web page around the report (breadcrumbs, tools, metadata tables, footers) taken out and kept
// aside. Body words and punctuation are never rewritten.
import type { ChromeKind, CleanResult, ExtractedText, RemovedChrome } from '../types.ts';
import { edgeChrome, footerAnchor, looksLikeBody, META_KEY_RE, strongChrome } from './chrome.ts';
import { pageMetaFrom, readPairs } from './pageMeta.ts';

export { normalizeDate, findDate, dateOnlyLine } from './dates.ts';

interface Line {
  /** Index in the pre-clean text (after line-break normalisation). */
  line: number;
  text: string;
  removed?: ChromeKind;
}

/** How far into the text the top block may reach, in non-empty lines. */
const TOP_LIMIT = 30;
/** How far from the end a footer block may start, in non-empty lines. */
const BOTTOM_LIMIT = 30;

const KEY_ONLY = new RegExp(`^${META_KEY_RE.source}\\s*[:：]\\s*$`);
const TITLE_WORDS = /法治|依法行政|法治政府|報告|报告|情况|情況|总结|總結/;

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

export function cleanText(extracted: ExtractedText): CleanResult {
  const raw = extracted.text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n');
  const lines: Line[] = [];
  raw.forEach((l, i) => {
    const text = l.trim(); // trim() covers ASCII spaces, tabs, U+3000, NBSP and BOM
    if (text) lines.push({ line: i, text });
  });

  const pairs = new Map<string, string>();
  const mark = (l: Line, kind: ChromeKind) => {
    l.removed = kind;
    if (kind === 'meta-table' || kind === 'source-line') readPairs(l.text, pairs);
  };

  // Top block: chrome before the first body-like line.
  let bodyStart = 0;
  let title: string | null = null;
  for (let i = 0; i < lines.length && i < TOP_LIMIT; i++) {
    const l = lines[i]!;
    const kind = edgeChrome(l.text);
    if (kind) {
      mark(l, kind);
      // `发布日期：` alone: its value is on the next line.
      const next = lines[i + 1];
      if (KEY_ONLY.test(l.text) && next && next.text.length <= 40 && !edgeChrome(next.text)) {
        readPairs(l.text, pairs, next.text);
        next.removed = 'meta-table';
        i++;
      }
      bodyStart = i + 1;
      continue;
    }
    if (looksLikeBody(l.text)) break;
    // A short line before the body: the title, or a repeat of it (sites print it twice).
    const key = squash(l.text);
    if (title === null) {
      if (TITLE_WORDS.test(l.text)) title = key;
    } else if (
      key === title ||
      (key.startsWith(title) && /^[_|｜\-—–]/.test(key.slice(title.length)))
    ) {
      l.removed = 'repeated-title';
    }
    bodyStart = i + 1;
  }

  // Bottom block: from a footer anchor to the end, when nothing after it reads like body text.
  let bottomStart = lines.length;
  for (let i = Math.max(bodyStart, lines.length - BOTTOM_LIMIT); i < lines.length; i++) {
    if (!footerAnchor(lines[i]!.text)) continue;
    const rest = lines.slice(i + 1);
    if (rest.every((l) => l.text.length <= 60 && !/[。；;]$/.test(l.text))) {
      for (const l of lines.slice(i)) mark(l, edgeChrome(l.text) ?? 'footer');
      bottomStart = i;
      break;
    }
  }
  // Then edge chrome directly above it (`附件:` with nothing after, `【打印】【关闭】`).
  for (let i = bottomStart - 1; i >= bodyStart; i--) {
    const kind = edgeChrome(lines[i]!.text);
    if (!kind) break;
    mark(lines[i]!, kind);
  }

  // Anywhere: chrome that cannot be body text (page numbers, a stray breadcrumb).
  for (const l of lines) {
    if (l.removed) continue;
    const kind = strongChrome(l.text);
    if (kind) mark(l, kind);
  }

  const removed: RemovedChrome[] = [];
  const kept: string[] = [];
  for (const l of lines) {
    if (l.removed) removed.push({ kind: l.removed, text: l.text, line: l.line });
    else kept.push(l.text);
  }
  return { text: kept.join('\n'), removed, pageMeta: pageMetaFrom(pairs, extracted.htmlMeta) };
}
