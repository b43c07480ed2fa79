// The signature block at the end of a report: the issuing body on one line, the date below it.
import { dateOnlyLine } from '../clean/dates.ts';

/** How many lines from the end the signature may stand (notes or 附件 may follow it). */
const TAIL_LINES = 8;

const ORGAN =
  /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|中心|司法所|办事处|党委|党工委|管委会|镇|乡|街道)$/;

export interface Signature {
  date: string | null;
  issuer: string | null;
}

function issuerLine(line: string | undefined): string | null {
  if (!line) return null;
  const s = line.replace(/\s+/g, '');
  return s.length >= 3 && s.length <= 30 && ORGAN.test(s) && !/[，,。；;：:、]/.test(s) ? s : null;
}

export function findSignature(text: string): Signature {
  const lines = text.split('\n');
  const from = Math.max(0, lines.length - TAIL_LINES);
  for (let i = lines.length - 1; i >= from; i--) {
    const date = dateOnlyLine(lines[i]!);
    if (!date) continue;
    // Issuer above the date; sometimes two bodies sign (party committee and government).
    return { date, issuer: issuerLine(lines[i - 1]) };
  }
  // No date: an issuer line can only be the very last line or the one before it.
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 2); i--) {
    const issuer = issuerLine(lines[i]);
    if (issuer) return { date: null, issuer };
  }
  return { date: null, issuer: null };
}
