// Hands a generated bundle to the browser as a download (no network involved).
import { downloadBlob } from '../compare/download.ts';
import type { Download } from '../../state/workshop.svelte.ts';

export function save(d: Download): void {
  downloadBlob(new Blob([d.bytes as BlobPart], { type: 'application/zip' }), d.name);
}
