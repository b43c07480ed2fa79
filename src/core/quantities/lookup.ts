// Word lists indexed by first and last character, so a look-up at a position costs only the
// few words that could start (or end) there. Keeps per-position work small and constant.

export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();

  constructor(words: readonly string[]) {
    const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w[0], w);
      push(this.byLast, w[w.length - 1], w);
    }
  }

  /** The longest word starting at i (and ending by `limit`), or null. */
  longestAt(text: string, i: number, limit = text.length): string | null {
    const list = this.byFirst.get(text[i]);
    if (!list) return null;
    for (const w of list) if (i + w.length <= limit && text.startsWith(w, i)) return w;
    return null;
  }

  /** The longest word ending exactly at `end` (and starting at or after `floor`), or null. */
  longestEndingAt(text: string, end: number, floor = 0): string | null {
    const list = this.byLast.get(text[end - 1]);
    if (!list) return null;
    for (const w of list)
      if (end - w.length >= floor && text.startsWith(w, end - w.length)) return w;
    return null;
  }
}

function push(map: Map<string, string[]>, key: string, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}
