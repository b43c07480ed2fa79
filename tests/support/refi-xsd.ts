// Validates XML against the published REFI-QDA Project schema with libxml2 (xmllint-wasm).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const XSD = readFileSync(join(import.meta.dirname, '../fixtures/refi/Project-mrt2019.xsd'), 'utf8');

export async function validateProject(xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'project.qde', contents: xml }],
    schema: [{ fileName: 'Project-mrt2019.xsd', contents: XSD }],
  });
  return r.errors.map((e) => e.rawMessage);
}
