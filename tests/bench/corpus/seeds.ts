// The seed reports cut into reusable pieces: intros, level-2 sections (heading + bodies),
// and body paragraphs of each required part, each remembering its seed's locality and year.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Piece {
  text: string;
  /** Locality name and year of the seed it came from, for substitution. */
  name: string;
  year: number;
}

export interface Section {
  heading: Piece;
  bodies: Piece[];
}

export interface SeedPool {
  intros: Piece[];
  sections: Section[];
  shortcomings: Piece[];
  responsible: Piece[];
  nextYear: Piece[];
  /** Every body paragraph, for padding the 1 MB report. */
  bodies: Piece[];
}

/** Where each seed's locality sits, so its mentions of 中山 or 四川 move with it. */
export const SEED_PLACES: Record<string, { prefecture: string; province: string }> = {
  恩平市: { prefecture: '江门市', province: '广东省' },
  青山区: { prefecture: '武汉市', province: '湖北省' },
  神湾镇: { prefecture: '中山市', province: '广东省' },
  荣成市: { prefecture: '威海市', province: '山东省' },
  绵竹市: { prefecture: '德阳市', province: '四川省' },
};

const L1 = /^[一二三四五六七八九十]+、/;
const L2 = /^[（(][一二三四五六七八九十]+[)）]/;
const CHROME =
  /^(当前位置|您当前的位置|索 ?引 ?号|发布机构|标 ?题|信息来源|无障碍|扫一扫|附件|---|\|)/;

type Part = 'intro' | 'measures' | 'shortcomings' | 'responsible' | 'nextYear';

function partOf(l1: string): Part {
  if (/不足|问题/.test(l1)) return 'shortcomings';
  if (/第一责任人|主要负责人/.test(l1)) return 'responsible';
  if (/下一步|安排|打算|设想|计划/.test(l1)) return 'nextYear';
  return 'measures';
}

export function loadSeeds(dir = 'seeds'): SeedPool {
  const pool: SeedPool = {
    intros: [],
    sections: [],
    shortcomings: [],
    responsible: [],
    nextYear: [],
    bodies: [],
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) {
    const [y, name] = f.split('-');
    const year = Number(y);
    const lines = readFileSync(join(dir, f), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
      .filter((l) => l.length > 0 && !CHROME.test(l));
    let part: Part = 'intro';
    let section: Section | null = null;
    for (const line of lines) {
      const piece = { text: line, name, year };
      if (L1.test(line)) {
        part = partOf(line);
        section = null;
      } else if (L2.test(line) && part === 'measures') {
        section = { heading: { ...piece, text: line.replace(L2, '') }, bodies: [] };
        pool.sections.push(section);
      } else if (line.length >= 60) {
        const body = { ...piece, text: line.replace(/^\d+[.．、]/, '') };
        pool.bodies.push(body);
        if (part === 'intro') pool.intros.push(body);
        else if (part === 'measures') section?.bodies.push(body);
        else pool[part].push(body);
      }
    }
  }
  return pool;
}
