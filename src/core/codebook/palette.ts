// Colour-blind-safe highlight colours: Okabe–Ito (without black, useless as a highlight),
// then Tableau 10 colour-blind. Colour is never the only cue in the UI; this just helps.
import type { Code } from './types.ts';

export const PALETTE: readonly string[] = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#006ba4',
  '#ff800e',
  '#ababab',
  '#595959',
  '#5f9ed1',
  '#c85200',
  '#898989',
  '#a2c8ec',
  '#ffbc79',
  '#cfcfcf',
];

/** The i-th palette colour, cycling. */
export function paletteColor(i: number): string {
  const n = PALETTE.length;
  return PALETTE[((i % n) + n) % n]!;
}

/** The first palette colour used least often among `codes`: new codes stay distinguishable. */
export function nextColor(codes: readonly Pick<Code, 'color'>[]): string {
  const uses = new Map<string, number>();
  for (const c of codes)
    uses.set(c.color.toLowerCase(), (uses.get(c.color.toLowerCase()) ?? 0) + 1);
  let best = PALETTE[0]!;
  let bestUses = Infinity;
  for (const colour of PALETTE) {
    const u = uses.get(colour) ?? 0;
    if (u < bestUses) {
      best = colour;
      bestUses = u;
    }
  }
  return best;
}

const HEX6 = /^#[0-9a-f]{6}$/i;
const HEX3 = /^#[0-9a-f]{3}$/i;

/** `#RGB` / `#RRGGBB` (any case) → `#rrggbb`; anything else → null. */
export function normalizeColor(value: string): string | null {
  const v = value.trim();
  if (HEX6.test(v)) return v.toLowerCase();
  if (HEX3.test(v)) {
    const [r, g, b] = v.slice(1).toLowerCase();
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return null;
}
