/**
 * Print geometry and type. A print figure's user unit is the point (1/72
 * inch), so font sizes are the sizes on paper; the `<svg>` carries its width
 * and height in millimetres. The smallest text (the provenance footer) is
 * 7 pt, above the usual 6–7 pt floor for legible print.
 */

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Type sizes in points. */
export const TYPE = { title: 10, label: 8, tick: 7.5, legend: 7.5, value: 7, caption: 7.5, footer: 7 } as const;

/** Text and rule colours (dark greys that print as solid black on most printers). */
export const INK = { text: '#1a1a1a', muted: '#4d4d4d', rule: '#999999', grid: '#e0e0e0' } as const;

/** Millimetres to points, rounded to 0.01 pt so that SVG text is stable. */
export function mmToPt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** Points to millimetres, rounded to 0.01 mm. */
export function ptToMm(pt: number): number {
  return Math.round((pt / PT_PER_MM) * 100) / 100;
}

/** Estimated width (pt) of text in DejaVu Sans, whose mean advance is close to 0.6 em; no layout engine is needed. */
export function textWidthPt(text: string, size: number): number {
  return text.length * size * 0.6;
}

/** Breaks text into lines no wider than `maxWidth` (pt) at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthPt(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rounds a coordinate to 0.01 so that SVG output does not depend on floating-point noise. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
