// One synthetic report as plain text: a plausible title, shuffled seed sections re-localised
// (names, 我市, years) and with the numbers in their quantity sentences varied.
import type { Rng } from './prng.ts';
import { SEED_PLACES, type Piece, type SeedPool } from './seeds.ts';
import { shortName, unitChar, type Locality } from './localities.ts';

export interface ComposedReport {
  title: string;
  /** One paragraph per entry; the first is the title. */
  paragraphs: string[];
  locality: Locality;
  year: number;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 35 → 三十五 (ordinals up to 99). */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

const TITLES = [
  (n: string, y: number) => `${n}${y}年度法治政府建设情况报告`,
  (n: string, y: number) => `${n}${y}年法治政府建设工作情况报告`,
  (n: string, y: number) => `${n}人民政府关于${y}年度法治政府建设情况的报告`,
  (n: string, y: number) => `${n}${y}年法治政府建设年度报告`,
];

/** Swap the seed's locality, 我市-style references, years and numbers for this report's. */
function localise(p: Piece, loc: Locality, year: number, r: Rng): string {
  const unit = unitChar(loc.name);
  const seedPlace = SEED_PLACES[p.name] ?? { prefecture: '', province: '' };
  let t = p.text;
  // Longest first: 中山市 before 中山, so the new report names only its own places.
  const swaps: [string, string][] = [
    [p.name, loc.name],
    [seedPlace.prefecture, loc.prefecture],
    [seedPlace.province, loc.province],
    [shortName(p.name), shortName(loc.name)],
    [shortName(seedPlace.prefecture), shortName(loc.prefecture)],
    [seedPlace.province.replace(/省$/, ''), loc.province.replace(/(省|市|自治区|.族自治区)$/, '')],
  ];
  for (const [from, to] of swaps) if (from) t = t.split(from).join(to);
  t = t.replace(/(我|全|本)(市|区|县|镇)/g, (_m, a: string) => a + unit);
  t = t.replace(/(20[12]\d)(?=年)/g, (m) => String(Number(m) - p.year + year));
  // Quantities: keep the magnitude, vary the value; percentages stay ≤ 100.
  return t.replace(
    /(?<![\d.])(\d+)(\.\d+)?(?![\d.年月日号])(%|％)?/g,
    (m, int: string, dec: string | undefined, pct) => {
      if (/^20[12]\d$/.test(int) && !dec) return m;
      const v = Number(int + (dec ?? '')) * (0.5 + r.next());
      const capped = pct ? Math.min(v, 100) : v;
      const places = dec ? dec.length - 1 : 0;
      const s = places ? capped.toFixed(places) : String(Math.max(1, Math.round(capped)));
      return s + (pct ?? '');
    },
  );
}

const utf8Len = (s: string) => Buffer.byteLength(s, 'utf8');

export function composeReport(
  r: Rng,
  pool: SeedPool,
  loc: Locality,
  year: number,
  targetBytes: number,
): ComposedReport {
  const L = (p: Piece) => localise(p, loc, year, r);
  const title = r.pick(TITLES)(loc.name, year);
  const head = [title, L(r.pick(pool.intros)), `一、${year}年推进法治政府建设的主要举措和成效`];
  const tail = [
    `二、${year}年推进法治政府建设存在的不足和原因`,
    L(r.pick(pool.shortcomings)),
    `三、${year}年党政主要负责人履行推进法治建设第一责任人职责情况`,
    L(r.pick(pool.responsible)),
    `四、${year + 1}年推进法治政府建设的主要安排`,
    ...r.shuffle(pool.nextYear).slice(0, r.int(1, 2)).map(L),
    `${loc.name}人民政府`,
    `${year + 1}年${r.int(1, 3)}月${r.int(1, 28)}日`,
  ];
  let size = utf8Len([...head, ...tail].join('\n'));
  const measures: string[] = [];
  let sections = r.shuffle(pool.sections);
  for (let k = 0; size < targetBytes; k++) {
    if (k > 0 && k % sections.length === 0) sections = r.shuffle(pool.sections);
    const s = sections[k % sections.length];
    const bodies = s.bodies.length ? r.shuffle(s.bodies).slice(0, r.int(1, 2)) : [];
    const block = [`（${cn(k + 1)}）${L(s.heading)}`, ...bodies.map((b, i) => `${i + 1}.${L(b)}`)];
    measures.push(...block);
    size += utf8Len(block.join('\n')) + 1;
  }
  return { title, paragraphs: [...head, ...measures, ...tail], locality: loc, year };
}
