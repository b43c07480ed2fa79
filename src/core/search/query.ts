// Turning what the user typed into a matcher, or a specific Chinese error.
//
// Plain mode syntax (all literal, width- and ASCII-case-insensitive):
//   复议            one term; any length, two-character terms included
//   复议 诉讼       AND: both in the same paragraph
//   复议 OR 诉讼    OR (also `|`); binds tighter than AND, as in web search
//   复议 -诉讼      NOT (also `NOT 诉讼`): paragraphs containing 诉讼 are skipped
//   "262 项"        quotes keep spaces and operators literal
import { foldWidth } from './normalize.ts';
import { matchesEmpty, regexRisk } from './regex-safety.ts';

export type SearchMode = 'plain' | 'regex';

export interface SearchQuery {
  text: string;
  mode: SearchMode;
}

/** Serialisable (it crosses the worker boundary): terms are width-folded. */
export type Matcher =
  | { mode: 'plain'; all: string[][]; none: string[]; source: string }
  | { mode: 'regex'; regex: RegExp; source: string };

export type CompiledQuery = { ok: true; matcher: Matcher } | { ok: false; error: string };

export const MAX_QUERY_LENGTH = 500;

function tokenize(text: string): { tokens: { word: string; quoted: boolean }[]; error?: string } {
  const tokens: { word: string; quoted: boolean }[] = [];
  const re = /"([^"]*)("?)|[^\s"]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      if (!m[2]) return { tokens, error: '引号没有配对:请补上结尾的 "。' };
      if (m[1]) tokens.push({ word: m[1], quoted: true });
    } else tokens.push({ word: m[0], quoted: false });
  }
  return { tokens };
}

function compilePlain(text: string): CompiledQuery {
  const { tokens, error } = tokenize(text.replace(/\u3000/g, ' '));
  if (error) return { ok: false, error };
  const all: string[][] = [];
  const none: string[] = [];
  let negate = false;
  let joinOr = false;
  for (const { word, quoted } of tokens) {
    if (!quoted && (word === 'OR' || word === '|')) {
      if (!all.length || negate || joinOr)
        return { ok: false, error: `“${word}”两边都需要检索词,如:复议 OR 诉讼。` };
      joinOr = true;
      continue;
    }
    if (!quoted && word === 'AND') continue;
    if (!quoted && word === 'NOT') {
      negate = true;
      continue;
    }
    let term = word;
    if (!quoted && term.startsWith('-') && term.length > 1) {
      negate = true;
      term = term.slice(1);
    }
    const folded = foldWidth(term);
    if (negate) {
      if (joinOr) return { ok: false, error: 'OR 后不能接排除词(NOT / -)。' };
      none.push(folded);
      negate = false;
    } else if (joinOr) {
      all[all.length - 1]!.push(folded);
      joinOr = false;
    } else all.push([folded]);
  }
  if (negate) return { ok: false, error: 'NOT 后缺少要排除的检索词。' };
  if (joinOr) return { ok: false, error: 'OR 后缺少检索词。' };
  if (!all.length)
    return {
      ok: false,
      error: none.length ? '只有排除词:请至少输入一个要查找的词。' : '请输入检索词。',
    };
  return { ok: true, matcher: { mode: 'plain', all, none, source: text } };
}

function compileRegex(text: string): CompiledQuery {
  let regex: RegExp;
  try {
    regex = new RegExp(text, 'gu');
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `正则表达式无效:${msg}` };
  }
  const risk = regexRisk(text);
  if (risk) return { ok: false, error: risk };
  if (matchesEmpty(text))
    return {
      ok: false,
      error: '正则表达式可以匹配空字符串,会在每个位置命中。请让它至少匹配一个字。',
    };
  return { ok: true, matcher: { mode: 'regex', regex, source: text } };
}

export function compileQuery(q: SearchQuery): CompiledQuery {
  const text = q.text.trim();
  if (!text) return { ok: false, error: '请输入检索词。' };
  if (text.length > MAX_QUERY_LENGTH)
    return { ok: false, error: `检索式过长(最多 ${MAX_QUERY_LENGTH} 个字符)。` };
  return q.mode === 'regex' ? compileRegex(text) : compilePlain(text);
}
