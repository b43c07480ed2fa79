// Scores extraction against the hand-labelled gold file (tests/gold/quantities.gold.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuantities } from '../../../src/core/quantities/index.ts';
import { matchAll } from '../../../src/core/indicators/index.ts';

export interface GoldItem {
  text: string;
  start: number;
  occurrence: number;
  value: number;
  unit: string;
  approx: string;
  indicator: string | null;
  low?: number;
  high?: number;
}

export interface SeedScore {
  seed: string;
  gold: number;
  found: number;
  matched: number;
  indicatorRight: number;
  misses: string[];
  extras: string[];
  wrongIndicator: string[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function loadGold(): Record<string, GoldItem[]> {
  const raw = JSON.parse(readFileSync(`${root}tests/gold/quantities.gold.json`, 'utf8'));
  return raw.seeds as Record<string, GoldItem[]>;
}

export function seedText(name: string): string {
  return readFileSync(`${root}seeds/${name}`, 'utf8').replace(/\r\n/g, '\n');
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function scoreSeed(seed: string, gold: GoldItem[]): SeedScore {
  const text = seedText(seed);
  const qs = extractQuantities(text);
  const ms = matchAll(qs, text);
  const used = new Set<number>();
  const s: SeedScore = {
    seed,
    gold: gold.length,
    found: qs.length,
    matched: 0,
    indicatorRight: 0,
    misses: [],
    extras: [],
    wrongIndicator: [],
  };
  for (const g of gold) {
    const gEnd = g.start + g.text.length;
    const k = qs.findIndex(
      (q, i) =>
        !used.has(i) &&
        q.start < gEnd &&
        g.start < q.end &&
        sameValue(q.value, g.value) &&
        q.unit === g.unit,
    );
    if (k < 0) {
      s.misses.push(`${g.text}@${g.start}`);
      continue;
    }
    used.add(k);
    s.matched++;
    if (ms[k].indicatorId === g.indicator) s.indicatorRight++;
    else s.wrongIndicator.push(`${g.text}@${g.start}: ${ms[k].indicatorId} ≠ ${g.indicator}`);
  }
  qs.forEach((q, i) => {
    if (!used.has(i)) s.extras.push(`${q.text}@${q.start}`);
  });
  return s;
}
