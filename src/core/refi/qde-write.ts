// Writes project.qde (QDA-XML Project, schema Project-mrt2019.xsd / REFI-QDA 1.5). Element
// order follows the XSD: Project > Users?, CodeBook?, Sources?; TextSource > PlainTextSelection*
// > Description?, Coding* > CodeRef. One selection per coding; its memo is the Description.
import { codeTreeLines } from '../codebook/qda-codes.ts';
import { escapeAttr, escapeXml, GUID } from '../codebook/xml.ts';
import { exportPositions } from './positions.ts';
import { QDE_NAMESPACE, type QdpxExportInput } from './types.ts';

export interface QdeOut {
  xml: string;
  /** Files for sources/: name → text (UTF-8, LF). */
  sources: Map<string, string>;
}

const NAME_CHARS = 60;

export function writeQde(input: QdpxExportInput): QdeOut {
  const guid = (id: string) => (GUID.test(id) ? id : input.newGuid());
  const codeGuid = new Map(input.codes.map((c) => [c.id, c.guid]));
  const codings = input.codings.filter((c) => codeGuid.has(c.codeId) && c.end > c.start);

  const users = new Map<string, string>();
  for (const c of codings) if (!users.has(c.coder)) users.set(c.coder, input.newGuid());

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDE_NAMESPACE}" name="${escapeAttr(input.projectName)}" ` +
      `origin="Reportbench" creationDateTime="${input.now}">`,
  ];
  if (users.size) {
    lines.push('  <Users>');
    for (const [name, g] of users)
      lines.push(`    <User guid="${g}" name="${escapeAttr(name || '未署名')}"/>`);
    lines.push('  </Users>');
  }
  if (input.codes.length)
    lines.push(
      '  <CodeBook>',
      '    <Codes>',
      ...codeTreeLines(input.codes, '      '),
      '    </Codes>',
      '  </CodeBook>',
    );

  const sources = new Map<string, string>();
  if (input.sources.length) lines.push('  <Sources>');
  for (const s of input.sources) {
    const sg = guid(s.id);
    const { text, at } = exportPositions(s.text);
    sources.set(`${sg}.txt`, text);
    const open =
      `    <TextSource guid="${sg}" name="${escapeAttr(s.name)}" ` +
      `plainTextPath="internal://${sg}.txt" creationDateTime="${s.createdAt}"`;
    const mine = codings
      .filter((c) => c.reportId === s.id)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (!mine.length) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    for (const c of mine) {
      const user = users.get(c.coder)!;
      const quote = [...s.text.slice(c.start, c.end)].slice(0, NAME_CHARS).join('');
      lines.push(
        `      <PlainTextSelection guid="${guid(c.id)}" name="${escapeAttr(quote)}" ` +
          `startPosition="${at(c.start)}" endPosition="${at(c.end)}" ` +
          `creatingUser="${user}" creationDateTime="${c.createdAt}">`,
      );
      if (c.memo) lines.push(`        <Description>${escapeXml(c.memo)}</Description>`);
      lines.push(
        `        <Coding guid="${input.newGuid()}" creatingUser="${user}" creationDateTime="${c.createdAt}">`,
        `          <CodeRef targetGUID="${codeGuid.get(c.codeId)}"/>`,
        '        </Coding>',
        '      </PlainTextSelection>',
      );
    }
    lines.push('    </TextSource>');
  }
  if (input.sources.length) lines.push('  </Sources>');
  lines.push('</Project>', '');
  return { xml: lines.join('\n'), sources };
}
