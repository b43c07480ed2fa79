// Spans of names and slogans written in quotes or book-title marks (`“三项制度”`, `“1+8”`,
// `《法治进万家》`): numbers inside them are part of a name, not quantities of work.
// Only short spans on one line count, so a stray unclosed quote cannot swallow a paragraph.

const PAIRS: Record<string, string> = {
  '“': '”',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '‘': '’',
  '"': '"',
  '＂': '＂',
};

/** Closing char code by opening char code, 0 where the char opens nothing. */
const CLOSER = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) CLOSER[open.charCodeAt(0)] = close.charCodeAt(0);

const NEWLINE = 0x0a;
const FULL_STOP = '。'.charCodeAt(0);

/** Longest quoted name we treat as a name; long quotations are speech, not names. */
const MAX_NAME = 40;

/** A mask: 1 where the character lies inside a short quoted name (marks included). */
export function nameMask(text: string): Uint8Array {
  const n = text.length;
  const mask = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const close = CLOSER[text.charCodeAt(i)];
    if (close === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    const limit = Math.min(n, i + 1 + MAX_NAME);
    let c = text.charCodeAt(j);
    while (j < limit && c !== close && c !== NEWLINE && c !== FULL_STOP) c = text.charCodeAt(++j);
    if (j < limit && c === close) {
      mask.fill(1, i, j + 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  return mask;
}

/** Closing marks after which a Chinese numeral labels the quoted list (`…”五张清单`). */
export function isClosingMark(c: string | undefined): boolean {
  return c === '”' || c === '」' || c === '』' || c === '》' || c === '’' || c === '"';
}
