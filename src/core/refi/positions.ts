// REFI-QDA counts positions in characters (Unicode code points); JavaScript strings count
// UTF-16 units, so every character outside the BMP (e.g. CJK Extension B, 𠀀) is two units.
// Exported sources also get LF line ends, so a CR before LF takes no position.

/** The text as exported (CRLF and lone CR → LF) and each UTF-16 offset's position in it. */
export function exportPositions(text: string): { text: string; at: (offset: number) => number } {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let pos = 0;
  let chunkStart = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = pos;
    const c = text.charCodeAt(i);
    if (c === 13) {
      out += text.slice(chunkStart, i);
      chunkStart = i + 1;
      if (text.charCodeAt(i + 1) === 10) continue; // CRLF: the LF gets the position
      out += '\n';
      pos++;
    } else if (c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      map[i + 1] = pos; // the low surrogate sits inside the same character
      i++;
      pos++;
    } else pos++;
  }
  map[text.length] = pos;
  out += text.slice(chunkStart);
  return { text: out, at: (offset) => map[Math.max(0, Math.min(text.length, offset))] };
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** UTF-16 offset of each code-point position (positions past the end clamp to the end). */
export function codePointOffsets(text: string): (position: number) => number {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    offsets.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(i + 1))) i++;
  }
  offsets.push(text.length);
  return (position) => offsets[Math.max(0, Math.min(offsets.length - 1, position))];
}
