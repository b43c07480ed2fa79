// Chart exports: the SVG markup as-is, a PNG drawn from it through a canvas (the SVG names the
// installed CJK fonts, so Chinese renders in the PNG too), and the chart file (spec + data).
import { download, safeName } from '../codes/download.ts';

export function exportSvg(svg: string, name: string) {
  download(
    `${safeName(name)}.svg`,
    `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`,
    'image/svg+xml',
  );
}

/** The SVG rasterised at `pixelRatio` × its size, with a white background. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  pixelRatio = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error('SVG could not be drawn'));
      img.src = url;
    });
    // Fonts named by the SVG must be ready, or the first PNG falls back to a default face.
    await document.fonts?.ready;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('canvas.toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(svg: string, width: number, height: number, name: string) {
  download(`${safeName(name)}.png`, await svgToPng(svg, width, height), 'image/png');
}

export function exportJson(file: unknown, name: string) {
  download(`${safeName(name)}.chart.json`, JSON.stringify(file, null, 2), 'application/json');
}
