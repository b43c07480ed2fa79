// Width folding for search: full-width ASCII (Ａ１，) → half-width, U+3000 → space, ASCII
// lower case. One UTF-16 unit in, one out, so offsets into the folded text are offsets into
// the original.

export function foldWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}
