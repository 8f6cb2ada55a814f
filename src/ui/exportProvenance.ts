/**
 * Provenance carried inside every file the page exports, so a figure or a
 * table keeps its source once it is pasted into a board paper: an SVG gets
 * a `<metadata>` element and a footer line drawn under the chart; a PNG a
 * `tEXt` chunk (and the same footer, drawn); a CSV leading `#` comment
 * lines. The provenance line is that of `icsim chart` for a run
 * (runFooter.ts): scenario, its hash, seed, years, icsim version, date.
 */
import { wrapText } from '../charts/text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Footer type size (px) and line height of the band added under a screen chart. */
const FOOT = 10;
const LINE = 13;

/**
 * A copy of `svg` with `provenance` as metadata and as a footer band under
 * it (the chart is not redrawn; the band is added at the foot). Charts that
 * already draw a provenance footer (board-paper figures) only gain the
 * metadata.
 */
export function svgWithProvenance(svg: SVGSVGElement, provenance: string): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const doc = copy.ownerDocument;
  // A figure drawn with its footer (board-paper charts) already carries both.
  if (copy.querySelector('text.provenance')) return copy;
  const meta = doc.createElementNS(SVG_NS, 'metadata');
  meta.setAttribute('class', 'provenance');
  meta.textContent = provenance;
  copy.insertBefore(meta, copy.querySelector('desc')?.nextSibling ?? copy.firstChild);
  const vb = copy.viewBox.baseVal;
  const width = vb && vb.width ? vb.width : Number(copy.getAttribute('width')) || 640;
  const height = vb && vb.height ? vb.height : Number(copy.getAttribute('height')) || 320;
  const lines = wrapText(provenance, FOOT, width - 16);
  const band = lines.length * LINE + 10;
  const total = height + band;
  copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
  if (copy.getAttribute('height') && !/mm$/.test(copy.getAttribute('height')!)) copy.setAttribute('height', String(total));
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('y', String(height));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(band));
  bg.setAttribute('fill', '#ffffff');
  copy.append(bg);
  const rule = doc.createElementNS(SVG_NS, 'line');
  rule.setAttribute('class', 'footer-rule');
  for (const [k, v] of [['x1', 8], ['x2', width - 8], ['y1', height + 2], ['y2', height + 2]] as const) rule.setAttribute(k, String(v));
  rule.setAttribute('stroke', '#999999');
  rule.setAttribute('stroke-width', '0.5');
  copy.append(rule);
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('class', 'provenance');
  text.setAttribute('font-size', String(FOOT));
  text.setAttribute('fill', '#4d4d4d');
  lines.forEach((line, i) => {
    const t = doc.createElementNS(SVG_NS, 'tspan');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(height + 4 + FOOT + i * LINE));
    t.textContent = line;
    text.append(t);
  });
  copy.append(text);
  return copy;
}

/** CSV text with the provenance as leading comment lines (`# ...`), read past by most tools with a comment option. */
export function csvWithProvenance(csv: string, provenance: string): string {
  return `# ${provenance.replace(/[\r\n]+/g, ' ')}\n${csv}`;
}

/** CRC-32 (ISO 3309, as PNG uses) of bytes. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * PNG bytes with `tEXt` chunks (keyword, Latin-1 text) inserted after the
 * header chunk, as the PNG specification places textual information.
 * Characters outside Latin-1 are replaced by `?`.
 */
export function pngWithText(png: Uint8Array, entries: ReadonlyArray<[keyword: string, text: string]>): Uint8Array {
  // Signature (8 bytes), then IHDR: length (4) + type (4) + 13 data bytes + CRC (4).
  const afterHeader = 8 + 4 + 4 + 13 + 4;
  const chunks = entries.map(([keyword, text]) => {
    const data = Uint8Array.from(`${keyword}\0${text}`, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63));
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, afterHeader), 0);
  let at = afterHeader;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}
