// Which division a report is about: found in the title, else the issuer, else the body (the
// self-report sentence and the most mentioned name of the kind the text calls itself: 我市 / 我区
// / 我镇), else the file name. Names shared by several divisions (青山区 in 武汉市 and 包头市)
// are resolved by the other place names in the text.
import type { Locality } from '../types.ts';
import { departmentAfter, speaksAsDepartment, type Department } from './department.ts';
import {
  divisionKey,
  gazetteer,
  scanNames,
  shortName,
  type Division,
  type Mention,
} from './gazetteer.ts';

const DEPTH = { province: 0, prefecture: 1, county: 2, township: 3 } as const;

function depth(name: string): number {
  return Math.max(...(gazetteer().byName.get(name) ?? []).map((d) => DEPTH[d.tier]));
}

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Mentions outside 《book titles》: `贯彻《广东省…纲要》` names a superior, not the reporter. */
function outsideBookTitles(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    const open = text.lastIndexOf('《', m.start);
    return open === -1 || text.lastIndexOf('》', m.start) > open;
  });
}

/** The deepest division named in a short text (a title or an issuer), with what follows it. */
function fromHeadline(text: string): { name: string; after: string } | null {
  const ms = outsideBookTitles(text, scanNames(text, { minLength: 2 })).filter(
    // Two-character names (`和县`, `城区`) only at the start or right after another name.
    (m, i, all) => m.end - m.start > 2 || m.start === 0 || all[i - 1]?.end === m.start,
  );
  if (!ms.length) return null;
  let best = ms[0]!;
  for (const m of ms) if (depth(m.name) >= depth(best.name)) best = m;
  return { name: best.name, after: text.slice(best.end) };
}

const SELF_REF: [RegExp, RegExp][] = [
  [/[我本]市/g, /市$/],
  [/[我本]区/g, /区$/],
  [/[我本]县/g, /县$/],
  [/[我本]镇/g, /镇$/],
  [/[我本]乡/g, /乡$/],
  [/[我本]街道?/g, /街道$/],
  [/[我本]省/g, /省$/],
  [/[我本]州/g, /州$/],
  [/[我本]旗/g, /旗$/],
];

/** The body: the name of the kind it calls itself, most mentioned, early mentions weighing more. */
function fromBody(body: string, mentions: Mention[]): string | null {
  // `现将和县2023年度法治政府建设情况报告如下`: the report names its subject.
  const selfReport =
    /现将([^。，,：:]{2,30}?)(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(body);
  const named = selfReport ? fromHeadline(selfReport[1]!) : null;
  if (named) return named.name;
  if (!mentions.length) return null;
  let self: RegExp | null = null;
  let selfCount = 0;
  for (const [ref, suffix] of SELF_REF) {
    const n = body.match(ref)?.length ?? 0;
    if (n > selfCount) [self, selfCount] = [suffix, n];
  }
  const intro = outsideBookTitles(body, mentions).filter((m) => m.start < 400);
  const scores = new Map<string, number>();
  for (const m of mentions) scores.set(m.name, (scores.get(m.name) ?? 0) + 1);
  for (const m of intro) scores.set(m.name, scores.get(m.name)! + 3);
  if (self) for (const [name, s] of scores) if (self.test(name)) scores.set(name, s + 5);
  let best: string | null = null;
  for (const [name, s] of scores) {
    const b = best === null ? -1 : scores.get(best)!;
    if (s > b || (s === b && depth(name) > depth(best!))) best = name;
  }
  return best;
}

/** How strongly the text points at this division: its ancestors and its neighbours named. */
function contextScore(d: Division, text: string, mentioned: Set<string>): number {
  let s = 0;
  for (const anc of [d.province, d.prefecture, d.county]) {
    if (!anc || anc === d.name) continue;
    s += count(text, anc); // a full name counts twice: once here, once through its short form
    const short = shortName(anc);
    if (short) s += count(text, short);
  }
  const g = gazetteer();
  for (const name of mentioned) {
    if (name === d.name) continue;
    const near = (g.byName.get(name) ?? []).some((o) =>
      d.tier === 'township' || d.tier === 'county'
        ? (d.prefecture !== null && o.prefecture === d.prefecture && o.name !== d.prefecture) ||
          (d.county !== null && o.county === d.county)
        : o.province === d.province && o.name !== d.province,
    );
    if (near) s += 1;
  }
  return s;
}

function toLocality(d: Division, dept: Department): Locality {
  return {
    name: d.name,
    tier: d.tier,
    province: d.province,
    prefecture: d.tier === 'province' ? null : d.prefecture,
    department: dept.department,
    departmentName: dept.departmentName,
    ambiguous: false,
  };
}

function resolve(
  name: string,
  text: string,
  mentioned: Set<string>,
  dept: Department,
): Locality | null {
  const divisions = gazetteer().byName.get(name) ?? [];
  if (divisions.length <= 1) return divisions[0] ? toLocality(divisions[0], dept) : null;
  const scored = divisions
    .map((d) => ({ d, s: contextScore(d, text, mentioned) }))
    .sort((a, b) => b.s - a.s || DEPTH[a.d.tier] - DEPTH[b.d.tier]);
  if (scored[0]!.s > 0 && scored[0]!.s > scored[1]!.s) return toLocality(scored[0]!.d, dept);
  // The text cannot decide between the best-scoring candidates (all of them when nothing
  // scored): keep only what those share.
  const tied = scored.filter((x) => x.s === scored[0]!.s).map((x) => x.d);
  const first = tied[0]!;
  const same = <K extends 'province' | 'prefecture'>(k: K) =>
    tied.every((d) => d[k] === first[k]) ? first[k] : null;
  return {
    ...toLocality(first, dept),
    province: same('province'),
    prefecture: same('prefecture'),
    ambiguous: true,
    candidates: tied.map(divisionKey),
  };
}

export interface LocalityInput {
  /** Simplified-character versions (see trad.ts): matching only. */
  title: string | null;
  issuer: string | null;
  body: string;
  fileName: string;
}

export function detectLocality(src: LocalityInput): Locality | null {
  const mentions = scanNames(src.body);
  const mentioned = new Set(mentions.map((m) => m.name));
  const text = [src.title, src.issuer, src.body].filter(Boolean).join('\n');
  const t = src.title ? fromHeadline(src.title) : null;
  if (t) return resolve(t.name, text, mentioned, departmentAfter(t.after));
  const i = src.issuer ? fromHeadline(src.issuer) : null;
  if (i) {
    const dept = speaksAsDepartment(src.body)
      ? departmentAfter(i.after)
      : { department: false, departmentName: null };
    return resolve(i.name, text, mentioned, dept);
  }
  const b = fromBody(src.body, mentions);
  if (b) return resolve(b, text, mentioned, { department: false, departmentName: null });
  const f = fromHeadline(src.fileName.replace(/\.[a-z0-9]+$/i, ''));
  return f ? resolve(f.name, text, mentioned, departmentAfter(f.after)) : null;
}
