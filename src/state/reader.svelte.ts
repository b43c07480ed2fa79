// The reader's state: one report and its canonical text, split into paragraphs with offsets.
import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '../db/schema.ts';
import { getReport } from '../db/reports.ts';
import type { ReportRecord, ReportTextRecord } from '../db/types.ts';
import { paragraphs, type Paragraph } from '../core/text/paragraphs.ts';

export class ReaderState {
  report = $state.raw<ReportRecord | null>(null);
  text = $state.raw<ReportTextRecord | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'missing'>('idle');
  showRemoved = $state(false);
  paras = $derived<Paragraph[]>(this.text ? paragraphs(this.text.text) : []);

  #sub: Subscription | null = null;
  #id: string | null = null;

  open(id: string | null) {
    if (id === this.#id) return;
    this.#sub?.unsubscribe();
    this.#id = id;
    this.showRemoved = false;
    if (!id) {
      this.status = 'idle';
      this.report = null;
      this.text = null;
      return;
    }
    this.status = 'loading';
    const db = getDb();
    this.#sub = liveQuery(() => getReport(db, id)).subscribe({
      next: (r) => {
        this.report = r?.report ?? null;
        if (r?.text.reportId !== this.text?.reportId) this.text = r?.text ?? null;
        this.status = r ? 'ready' : 'missing';
      },
      error: () => (this.status = 'missing'),
    });
  }
}

export const reader = new ReaderState();
