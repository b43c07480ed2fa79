// pdf.js inside our dedicated import worker (built by Vite). Data files are served from
// public/pdfjs/ (scripts/copy-pdfjs-assets.mjs), so nothing is fetched from the network.
import type { DecodeHost, PdfHost, PdfjsModule } from '../core/decode/index.ts';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ImportFailure } from '../core/errors.ts';

let pdfjs: Promise<PdfjsModule> | null = null;

function loadPdfjs(): Promise<PdfjsModule> {
  // From file:// neither pdf.js's worker nor its CMaps/fonts can be fetched: refuse clearly.
  if (import.meta.env.MODE === 'single')
    return Promise.reject(new ImportFailure('pdf-single-file'));
  pdfjs ??= import('pdfjs-dist').then((mod) => {
    // pdf.js parses in its own (nested) worker. Importing its worker module into this worker
    // instead would not do: it claims `self` as its message port and would swallow our messages.
    mod.GlobalWorkerOptions.workerSrc = workerUrl;
    return mod;
  });
  return pdfjs;
}

/**
 * The app's base URL, where public/pdfjs/ is served. This worker's own URL is under `assets/`
 * in a build and under `src/` in the dev server, so the base is what comes before that.
 */
function appBase(): string {
  const href = self.location.href;
  const cut = href.search(/\/(assets|src)\//);
  return cut >= 0 ? href.slice(0, cut + 1) : new URL('./', href).href;
}

/** `base` overrides the derived app base (absolute URL ending in '/'). */
export function browserPdfHost(base = appBase()): DecodeHost {
  // Absolute URLs: the nested pdf.js worker would resolve relative ones against its own script.
  const asset = (dir: string) => new URL(`pdfjs/${dir}/`, base).href;
  const pdf: PdfHost = {
    loadPdfjs,
    cMapUrl: asset('cmaps'),
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    options: {
      // pdf.js's defaults here read `document.baseURI`, which a worker does not have.
      useWorkerFetch: true,
      // Text only: no rendering, so no fonts to load and no renderer worker.
      disableFontFace: true,
      disableWorkerRendering: true,
      isOffscreenCanvasSupported: false,
    },
  };
  return { pdf };
}
