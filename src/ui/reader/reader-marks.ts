// Mapping DOM selection points back to offsets in the canonical text.
export type { ReaderMark, TextSelection } from '../../state/reader-marks.ts';

/** Absolute offset of a DOM point inside the reader text (each segment span has data-start). */
export function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const seg = el?.closest<HTMLElement>('[data-s]');
  if (seg) return Number(seg.dataset.s) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  const para = el?.closest<HTMLElement>('[data-start]');
  return para ? Number(para.dataset.start) : null;
}
