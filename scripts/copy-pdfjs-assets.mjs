// Copies pdf.js runtime data (CJK CMaps, standard fonts, wasm decoders, ICC profiles) from
// node_modules into public/pdfjs/ so the app reads PDFs offline, with nothing fetched from the web.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));
const dest = 'public/pdfjs';
mkdirSync(dest, { recursive: true });
for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
  const src = join(root, dir);
  if (existsSync(src)) cpSync(src, join(dest, dir), { recursive: true });
}
console.log(`pdfjs assets copied to ${dest}/`);
