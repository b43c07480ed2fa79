// The report's heading outline: `一、` > `（一）` > `1.` > `（1）`, at line starts and, in text
// without line breaks, inline. `一是` `二是` are in-paragraph enumerations, never headings.
import type { Heading } from '../types.ts';
import { findCandidates } from './markers.ts';
import { selectHeadings, titleEnd } from './select.ts';
import { classifyPart } from './parts.ts';

export { classifyPart, partsPresent, partsNamed } from './parts.ts';

export function findOutline(text: string): Heading[] {
  const chosen = selectHeadings(text, findCandidates(text));
  const headings: Heading[] = chosen.map((c, i) => {
    const limit = chosen[i + 1]?.start ?? text.length;
    const end = titleEnd(text, c.markerEnd, limit);
    const h: Heading = {
      level: c.level,
      marker: c.marker,
      title: text.slice(c.markerEnd, end).trim(),
      start: c.start,
      end,
      sectionEnd: text.length,
    };
    if (c.level === 1) h.part = classifyPart(h.title);
    return h;
  });
  // sectionEnd: the next heading of the same or a higher level (a stack keeps this linear).
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length && open[open.length - 1]!.level >= h.level) open.pop()!.sectionEnd = h.start;
    open.push(h);
  }
  return headings;
}
