// pdf.js for Node (CLI, Vitest): the legacy build, data files read from node_modules by path.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DecodeHost, PdfHost, PdfjsModule } from '../core/decode/index.ts';

/**
 * pdfjs-dist 6 declares Node >= 22.13; on Node 20 its legacy build lacks only these two
 * (both are in Node 22). Installed before pdf.js is first imported.
 */
function polyfillForNode20(): void {
  // The app's TS lib is ES2023, which does not declare Promise.withResolvers: hence the cast.
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= function withResolvers() {
    let resolve!: (value: unknown) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
  if (!URL.parse) {
    URL.parse = (url: string | URL, base?: string | URL) => {
      try {
        return new URL(url, base);
      } catch {
        return null;
      }
    };
  }
}

let pdfjs: Promise<PdfjsModule> | null = null;

function loadPdfjs(): Promise<PdfjsModule> {
  polyfillForNode20();
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** In Node pdf.js reads its data with fs.readFile, so these are directory paths (trailing slash). */
export function nodePdfHost(): PdfHost {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + '/';
  return {
    loadPdfjs,
    cMapUrl: dir('cmaps'),
    standardFontDataUrl: dir('standard_fonts'),
    wasmUrl: dir('wasm'),
    iccUrl: dir('iccs'),
  };
}

export function nodeDecodeHost(): DecodeHost {
  return { pdf: nodePdfHost() };
}
