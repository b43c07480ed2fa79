// Number formatting shared by the metric table and its popover.
export function fmt(n: number | null, digits = 2): string {
  if (n === null) return '';
  return n.toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

export function pct(r: number): string {
  return `${r >= 0 ? '+' : ''}${(r * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

/** The sentence split around a span, for highlighting the number. */
export function around(sentence: string, sentenceStart: number, start: number, end: number) {
  const a = Math.max(0, start - sentenceStart);
  const b = Math.max(a, end - sentenceStart);
  return { before: sentence.slice(0, a), hit: sentence.slice(a, b), after: sentence.slice(b) };
}

/** `+16 (+20%)`: a year-over-year change. */
export function change(delta: number, ratio: number | null): string {
  return `${delta >= 0 ? '+' : ''}${fmt(delta)}${ratio === null ? '' : ` (${pct(ratio)})`}`;
}
