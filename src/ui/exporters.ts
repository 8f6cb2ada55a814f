/** Downloads from the page: SVG, PNG (through a canvas), CSV and JSON. */
import { serializeSvg } from '../charts/print/serializeSvg.ts';
import { pngWithText } from './exportProvenance.ts';

/** Offers a blob as a file download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Standalone SVG text of a chart, by the same serialiser as `icsim chart`
 * (attributes sorted, one element per line), so the same chart drawn from
 * the same data gives the same bytes in the browser and in Node.
 */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return serializeSvg(copy);
}

/** A length attribute in CSS px (`640`, or `160mm` for a board-paper figure). */
function lengthPx(v: string | null): number {
  if (!v) return 0;
  return /mm$/.test(v) ? (parseFloat(v) * 96) / 25.4 : Number(v) || 0;
}

/**
 * Renders a chart to PNG at `scale` times its size, with `text` (keyword,
 * text) pairs as PNG `tEXt` chunks (provenance).
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2, text: ReadonlyArray<[string, string]> = []): Promise<Blob> {
  const w = lengthPx(svg.getAttribute('width')) || svg.clientWidth || 640;
  const hgt = lengthPx(svg.getAttribute('height')) || svg.clientHeight || 320;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = w;
    img.height = hgt;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(hgt * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser has no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    if (!text.length) return png;
    return new Blob([pngWithText(new Uint8Array(await png.arrayBuffer()), text) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file-name-safe version of a title. */
export function fileName(title: string, ext: string): string {
  return `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'icsim'}.${ext}`;
}
