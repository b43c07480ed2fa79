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

const OPENERS = new Set(Object.keys(PAIRS).map((c) => c.charCodeAt(0)));

/** Longest quoted name we treat as a name; long quotations are speech, not names. */
const MAX_NAME = 40;

/** A mask: 1 where the character lies inside a short quoted name (marks included). */
export function nameMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let i = 0;
  while (i < text.length) {
    if (!OPENERS.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const close = PAIRS[text[i]];
    let j = i + 1;
    const limit = Math.min(text.length, i + 1 + MAX_NAME);
    while (j < limit && text[j] !== close && text[j] !== '\n' && text[j] !== '。') j++;
    if (j < limit && text[j] === close) {
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
