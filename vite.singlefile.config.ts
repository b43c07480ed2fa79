// `npm run build:single`: the whole app as one self-contained dist-single/index.html that a
// trainer can copy to a USB stick or mail, and open from file://. Run with `--mode single`:
// the service worker plugin skips that mode (file:// has no service workers), the importer
// runs its pipeline on the main thread (no module workers from file://), and PDF import is
// refused with a message (pdf.js cannot fetch its CMaps and fonts from file://).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

/**
 * After inlining: allow exactly the inlined scripts in the CSP (by hash, not 'unsafe-inline'),
 * and drop the chunks that only the (unused) module worker would load.
 */
function singleFileCsp(): Plugin {
  let outDir = '';
  return {
    name: 'reportbench-single-file-csp',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      const file = join(outDir, 'index.html');
      let html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
        .filter((m) => m[1].trim())
        .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
      html = html.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
      writeFileSync(file, html);
      for (const name of readdirSync(outDir))
        if (name !== 'index.html') rmSync(join(outDir, name), { recursive: true });
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()],
    // pdf.js's data files (public/pdfjs) cannot be fetched from file:// anyway.
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true },
  }),
);
