// Reads page metadata (publish date, issuer, title, document number) out of chrome lines before
// they are removed: pipe tables (`发布日期 | 2022-01-24 |`), key lines (`发布机构：XX`) and source
// lines (`信息来源:本网 发布日期:2023-02-15`).
import type { ExtractedText, PageMeta } from '../types.ts';
import { META_KEY_RE } from './chrome.ts';
import { normalizeDate } from './dates.ts';

type Pairs = Map<string, string>;

const KEY_GLOBAL = new RegExp(`${META_KEY_RE.source}\\s*[:：]`, 'g');

/** Key cells as printed (`索 引 号`) to the canonical key, or null. */
function canonicalKey(cell: string): string | null {
  const k = cell.replace(/[\s:：]+/g, '');
  const m = META_KEY_RE.exec(k);
  return m && m[0] === k ? k : null;
}

function add(pairs: Pairs, key: string, value: string): void {
  const v = value.trim();
  if (v && !pairs.has(key)) pairs.set(key, v);
}

/** Collects key → value pairs from one chrome line; `next` is the following line (for `发布日期：` + value). */
export function readPairs(line: string, pairs: Pairs, next?: string): boolean {
  let found = false;
  if (/[|｜]/.test(line)) {
    const cells = line.split(/[|｜]/).map((c) => c.trim());
    for (let i = 0; i + 1 < cells.length; i++) {
      const key = canonicalKey(cells[i]!);
      if (key && cells[i + 1] && !canonicalKey(cells[i + 1]!)) {
        add(pairs, key, cells[i + 1]!);
        found = true;
        i++;
      }
    }
    return found;
  }
  const hits = [...line.matchAll(KEY_GLOBAL)];
  hits.forEach((h, i) => {
    const key = h[1]!.replace(/\s+/g, '');
    const from = h.index + h[0].length;
    const to = i + 1 < hits.length ? hits[i + 1]!.index : line.length;
    const value = line.slice(from, to).trim();
    if (value) add(pairs, key, value);
    else if (i === hits.length - 1 && next && next.length <= 40 && !/。/.test(next)) {
      add(pairs, key, next);
    }
    found = true;
  });
  return found;
}

const BODY_SUFFIX =
  /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|中心|司法所|办事处|镇|乡|街道|管委会|院|部)$/;
const NOT_ISSUER = /本网|本站|网站|门户|原创|新闻|^网络$|网$/;

/** A `来源` value names an issuing body (`青山区司法局`), not a website (`本网`). */
function asIssuer(v: string | undefined): string | null {
  if (!v) return null;
  const s = v.replace(/\s+/g, '');
  return BODY_SUFFIX.test(s) && !NOT_ISSUER.test(s) && s.length <= 30 ? s : null;
}

const NO_NUMBER = /^(?:无|暂无|空|-+|—+|\/|\u3000)$/;

export function pageMetaFrom(pairs: Pairs, html: ExtractedText['htmlMeta']): PageMeta {
  const published =
    normalizeDate(pairs.get('发布日期')) ??
    normalizeDate(pairs.get('发布时间')) ??
    normalizeDate(pairs.get('日期')) ??
    normalizeDate(pairs.get('时间')) ??
    normalizeDate(html?.published) ??
    normalizeDate(pairs.get('发文日期')) ??
    normalizeDate(pairs.get('成文日期')) ??
    normalizeDate(pairs.get('更新时间'));
  const issuer =
    asIssuer(pairs.get('发布机构')) ??
    asIssuer(pairs.get('发文机关')) ??
    asIssuer(pairs.get('发文机构')) ??
    asIssuer(pairs.get('发文单位')) ??
    asIssuer(html?.issuer) ??
    asIssuer(pairs.get('信息来源')) ??
    asIssuer(pairs.get('来源'));
  const title = pairs.get('标题') ?? pairs.get('名称') ?? html?.title?.trim() ?? null;
  const num = pairs.get('文号') ?? pairs.get('发文字号') ?? null;
  return {
    published,
    issuer,
    title: title || null,
    docNumber: num && !NO_NUMBER.test(num) ? num : null,
  };
}
