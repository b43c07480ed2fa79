// Codings of the report open in the reader (active codebook), as marks in the code's colour.
// The label carries the code name, coder and memo so colour is never the only cue.
import type { Coding } from '../core/codebook/types.ts';
import type { ReaderMark } from './reader-marks.ts';
import { codingStore } from './coding-store.svelte.ts';

export class CodingReaderState {
  reportId = $state<string | null>(null);

  codings = $derived<Coding[]>(
    codingStore.activeCodings
      .filter((c) => c.reportId === this.reportId)
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );

  marks = $derived<ReaderMark[]>(
    this.codings.map((c) => {
      const code = codingStore.codeById.get(c.codeId);
      const parts = [
        `${code?.name ?? '?'}${c.auto ? '(自动,待确认)' : ''}`,
        c.coder ? `编码者:${c.coder}` : '',
        c.memo ? `备注:${c.memo}` : '',
      ].filter(Boolean);
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        kind: 'coding',
        label: parts.join(' · '),
        color: code?.color ?? '#888888',
        className: c.auto ? 'auto' : undefined,
      };
    }),
  );

  open(reportId: string | null) {
    this.reportId = reportId;
  }
}

export const codingReader = new CodingReaderState();
