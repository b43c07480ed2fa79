// REFI-QDA exchange in the browser: a .qdpx from "another tool" (Extension B characters before a
// coding, an unknown vendor element, a PDF source) is imported through the Workshop panel; its
// sources become reports and its codings land on the right characters. The app's own export
// then validates against the REFI-QDA XSD and carries the same codings back out.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { screenshot, seedFiles } from './helpers.ts';
import { readQdpx } from '../../src/core/refi/index.ts';
import { validateProject } from '../support/refi-xsd.ts';

const G = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const EXT_B = '𠀀𠀁';

function foreignProject() {
  const seed = readFileSync(seedFiles()[0], 'utf8');
  const lines = seed.split('\n');
  // Put two Extension B characters (4 UTF-16 units) in front of the coded sentence.
  const k = lines.findIndex((l, i) => i > 3 && l.length > 40);
  lines[k] = `${EXT_B}${lines[k]}`;
  const text = lines.join('\r\n');
  const quote = lines[k].slice(EXT_B.length, EXT_B.length + 20);
  const cp = (s: string) => [...s].length;
  const start = cp(text.slice(0, text.indexOf(quote)));
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="外部项目" origin="OtherTool">
  <Users><User guid="${G(1)}" name="外部编码员"/></Users>
  <CodeBook><Codes>
    <Code guid="${G(2)}" name="制度建设" isCodable="true" color="#336699">
      <Description>父代码</Description>
      <Code guid="${G(3)}" name="规范性文件" isCodable="true" color="#993366"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(10)}" name="外部报告" plainTextPath="internal://${G(10)}.txt">
      <PlainTextSelection guid="${G(20)}" startPosition="${start}" endPosition="${start + cp(quote)}" creatingUser="${G(1)}">
        <Description>外部备忘</Description>
        <Coding guid="${G(21)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(3)}"/></Coding>
      </PlainTextSelection>
      <VendorExtra/>
    </TextSource>
    <PDFSource guid="${G(11)}" path="internal://x.pdf"/>
  </Sources>
</Project>`;
  const bytes = zipSync({
    'project.qde': strToU8(xml),
    [`sources/${G(10)}.txt`]: strToU8(text),
  });
  return { bytes, quote };
}

/** Every stored coding with its quote and the stored text at its offsets. */
function storedCodings(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ quote: string; slice: string; memo: string; coder: string }[]>((ok, bad) => {
        const open = indexedDB.open('reportbench');
        open.onerror = () => bad(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['codings', 'texts'], 'readonly');
          const all = tx.objectStore('codings').getAll();
          all.onsuccess = async () => {
            const out = [];
            for (const c of all.result) {
              const t = await new Promise<{ text: string }>((r) => {
                const g = tx.objectStore('texts').get(c.reportId);
                g.onsuccess = () => r(g.result);
              });
              out.push({
                quote: c.quote,
                slice: t.text.slice(c.start, c.end),
                memo: c.memo,
                coder: c.coder,
              });
            }
            ok(out);
          };
        };
      }),
  );
}

test('imports a .qdpx from another tool and exports one that validates and round-trips', async ({
  page,
}) => {
  const { bytes, quote } = foreignProject();
  await page.goto('/#/workshop');
  await page.getByTestId('qdpx-import').setInputFiles({
    name: '外部项目.qdpx',
    mimeType: 'application/zip',
    buffer: Buffer.from(bytes),
  });
  await expect(page.getByTestId('qdpx-outcome')).toContainText('1 份来源', { timeout: 30_000 });
  await expect(page.getByTestId('qdpx-outcome')).toContainText('2 个代码');
  await expect(page.getByTestId('qdpx-outcome')).toContainText('1 处编码');
  await expect(page.getByTestId('qdpx-skipped')).toContainText('未知元素 <VendorExtra>');
  await expect(page.getByTestId('qdpx-skipped')).toContainText('PDF 来源');
  await screenshot(page, 'qdpx-import');

  // The coding sits on the quoted characters of the stored (cleaned) text.
  const stored = await storedCodings(page);
  expect(stored).toEqual([{ quote, slice: quote, memo: '外部备忘', coder: '外部编码员' }]);

  // Export the imported codebook: valid against the XSD, same codes and codings.
  await page.reload();
  await page.getByTestId('qdpx-codebook').selectOption({ label: '外部项目' });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('qdpx-export').click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/\.qdpx$/);
  const out = new Uint8Array(readFileSync((await dl.path())!));
  const files = unzipSync(out);
  expect(await validateProject(strFromU8(files['project.qde']))).toEqual([]);
  let n = 0;
  const back = readQdpx(out, { newId: () => `id${++n}`, now: () => '2024-01-01T00:00:00.000Z' });
  expect(back.errors).toEqual([]);
  expect(back.skipped).toEqual([]);
  expect(back.value!.codes.map((c) => [c.name, c.guid, c.color])).toEqual([
    ['制度建设', G(2), '#336699'],
    ['规范性文件', G(3), '#993366'],
  ]);
  const [src] = back.value!.sources;
  expect(
    src.codings.map((c) => [src.text.slice(c.start, c.end), c.codeGuid, c.memo, c.coder]),
  ).toEqual([[quote, G(3), '外部备忘', '外部编码员']]);

  // Importing the exported project again: the report is recognised (same text), the codings
  // come back identical on it, as a second codebook.
  await page.getByTestId('qdpx-import').setInputFiles({
    name: 'back.qdpx',
    mimeType: 'application/zip',
    buffer: Buffer.from(out),
  });
  await expect(page.getByTestId('qdpx-outcome')).toContainText('1 处编码', { timeout: 30_000 });
  await expect(page.getByTestId('import-summary')).toContainText('重复 1 份');
  await expect(page.getByTestId('qdpx-skipped')).toHaveCount(0);
  await expect(page.getByTestId('qdpx-lost')).toHaveCount(0);
  const again = await storedCodings(page);
  expect(again).toEqual([stored[0], stored[0]]);
});
