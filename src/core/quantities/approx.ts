// Approximation words written around a number. Prefixes are matched longest first.
import type { Approx } from './types.ts';

const PREFIXES: [string, Approx][] = (
  [
    ['不少于', 'at_least'],
    ['不低于', 'at_least'],
    ['不超过', 'at_most'],
    ['不高于', 'at_most'],
    ['不多于', 'at_most'],
    ['超过', 'over'],
    ['至少', 'at_least'],
    ['最少', 'at_least'],
    ['最多', 'at_most'],
    ['大约', 'about'],
    ['将近', 'nearly'],
    ['接近', 'nearly'],
    ['不足', 'at_most'],
    ['约', 'about'],
    ['近', 'nearly'],
    ['超', 'over'],
    ['逾', 'over'],
  ] as [string, Approx][]
).sort((a, b) => b[0].length - a[0].length);

const PREFIX_LAST = new Set(PREFIXES.map(([w]) => w[w.length - 1]));

const SUFFIXES: [string, Approx][] = [
  ['以上', 'more'],
  ['之多', 'more'],
  ['左右', 'about'],
  ['以内', 'at_most'],
  ['以下', 'at_most'],
  ['多', 'more'], // `一个多月`
];

/** The approximation word ending exactly at i, if any. */
export function prefixBefore(text: string, i: number): { word: string; approx: Approx } | null {
  if (i === 0 || !PREFIX_LAST.has(text[i - 1])) return null;
  for (const [word, approx] of PREFIXES) {
    if (i - word.length >= 0 && text.startsWith(word, i - word.length)) return { word, approx };
  }
  return null;
}

/** The approximation word starting at i, if any. */
export function suffixAt(text: string, i: number): { word: string; approx: Approx } | null {
  for (const [word, approx] of SUFFIXES) {
    if (!text.startsWith(word, i)) continue;
    // 多 after a unit only in `一个多月`-like durations; elsewhere it begins a word (`多次`).
    if (word === '多' && !/[月小天年周]/.test(text[i + 1] ?? '')) continue;
    return { word, approx };
  }
  return null;
}
