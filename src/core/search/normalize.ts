// Width folding for search: full-width ASCII (Ａ１，) → half-width, U+3000 → space, ASCII
// lower case. One UTF-16 unit in, one out, so offsets into the folded text are offsets into
// the original.

/** Code units per String.fromCharCode call (well under any engine's argument limit). */
const CHUNK = 8192;

export function foldWidth(s: string): string {
  // Built from a code-unit array in chunks, not by `+=`: appending makes a rope that the first
  // indexOf flattens, which made the first search over 10,000 texts seconds slower.
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    units[i] = c;
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK)
    parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  return parts.join('');
}
