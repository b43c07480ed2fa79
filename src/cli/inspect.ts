// `inspect [--text] FILE...`: one JSON object per report, in input order (a zip yields one per entry).
import type { ImportOutcome } from '../core/types.ts';
import { parseInputs, type CliIo } from './inputs.ts';

export function inspectRow(o: ImportOutcome, withText: boolean): Record<string, unknown> {
  if (!o.ok)
    return { file: o.file, ok: false, error: { code: o.error.code, message: o.error.message } };
  const r = o.report;
  const loc = r.meta.locality;
  const row: Record<string, unknown> = {
    file: o.file,
    ok: true,
    format: r.format,
    encoding: r.encoding,
    title: r.meta.title,
    locality: loc
      ? {
          name: loc.name,
          tier: loc.tier,
          province: loc.province,
          prefecture: loc.prefecture,
          department: loc.department,
          ambiguous: loc.ambiguous,
        }
      : null,
    year: r.meta.year,
    published: r.meta.published,
    issuer: r.meta.issuer,
    chars: r.chars,
    outline: r.outline.map((h) => ({
      level: h.level,
      marker: h.marker,
      title: h.title,
      start: h.start,
      end: h.end,
      part: h.part ?? null,
    })),
    parts: r.parts,
  };
  if (withText) row.text = r.text;
  return row;
}

export async function runInspect(args: string[], io: CliIo): Promise<number> {
  const withText = args.includes('--text');
  const files = args.filter((a) => a !== '--text');
  if (files.length === 0) {
    io.stderr('usage: inspect [--text] FILE...\n');
    return 2;
  }
  const outcomes = await parseInputs(files);
  io.stdout(
    JSON.stringify(
      outcomes.map((o) => inspectRow(o, withText)),
      null,
      2,
    ) + '\n',
  );
  for (const o of outcomes) if (!o.ok) io.stderr(`${o.file}: ${o.error.message}\n`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}
