// Width folding for search: full-width ASCII (Ａ１，) → half-width, U+3000 → space, ASCII
// lower case. One UTF-16 unit in, one out, so offsets into the folded text are offsets into
// the original.

/** The code units folding changes; every other unit stays as it is. */
export const FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/g;

/** The folded form of one code unit. */
export function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

export function foldWidth(s: string): string {
  // A regex replace touches only the few foldable units and yields a flat string (appending
  // with `+=` made a rope that the first indexOf flattened; a code-unit array spread into
  // String.fromCharCode cost seconds over 10,000 texts).
  return s.replace(FOLDABLE, (ch) => String.fromCharCode(foldUnit(ch.charCodeAt(0))));
}
