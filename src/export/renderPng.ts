/**
 * SVG to PNG with resvg, using only the fonts shipped with the project
 * (system fonts are not loaded), so the same SVG gives the same PNG bytes
 * on any machine. The PNG records its resolution (a pHYs chunk), so word
 * processors place it at its size in millimetres.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, FONT_NAME } from './fonts.ts';

/** Width in pixels of a figure `widthMm` wide at `dpi`. */
export function pixelWidth(widthMm: number, dpi: number): number {
  return Math.round((widthMm / 25.4) * dpi);
}

/** Renders SVG text to PNG bytes, `widthMm` wide at `dpi` dots per inch. */
export function renderPng(svg: string, widthMm: number, dpi: number): Buffer {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: pixelWidth(widthMm, dpi) },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: FONT_NAME, sansSerifFamily: FONT_NAME },
    shapeRendering: 2,
    textRendering: 1,
  })
    .render()
    .asPng();
  return withResolution(png, dpi);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of PNG chunks (ISO 3309, as in the PNG specification, annex D). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inserts (or replaces) the pHYs chunk after IHDR: pixels per metre at `dpi`. */
export function withResolution(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const body = Buffer.alloc(13);
  body.write('pHYs', 0, 'ascii');
  body.writeUInt32BE(ppm, 4);
  body.writeUInt32BE(ppm, 8);
  body.writeUInt8(1, 12);
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), 17);
  // Signature (8) + IHDR (4 length + 4 type + 13 data + 4 CRC) = 33 bytes.
  const parts: Buffer[] = [png.subarray(0, 33)];
  let at = 33;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const end = at + 12 + len;
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  parts.splice(1, 0, chunk);
  return Buffer.concat(parts);
}
