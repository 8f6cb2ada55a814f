/**
 * Text measured without a layout engine (there is none in Node): DejaVu
 * Sans's mean advance is close to 0.6 em, which is enough to lay out
 * legends, margins and wrapped titles in any unit.
 */

/** Estimated width of `text` at `size` (in the unit of `size`). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

/**
 * Pieces of a word too long for a line: broken after hyphens, slashes,
 * commas and underscores (kept at the end of the piece) and, failing that,
 * after as many characters as fit, so no piece is wider than `maxWidth`.
 */
function breakWord(word: string, size: number, maxWidth: number): string[] {
  const parts = word.split(/(?<=[-/_,\u00b7])/);
  const out: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (piece && textWidth(piece + part, size) > maxWidth) {
      out.push(piece);
      piece = '';
    }
    piece += part;
    // A part with no break inside it that is still too long is cut where the line ends.
    const fit = Math.max(1, Math.floor(maxWidth / (size * 0.6)));
    while (textWidth(piece, size) > maxWidth) {
      out.push(piece.slice(0, fit));
      piece = piece.slice(fit);
    }
  }
  if (piece) out.push(piece);
  return out;
}

/**
 * Breaks text into lines no wider than `maxWidth` at spaces; a word longer
 * than a line is broken after its hyphens (or, failing that, where the line
 * ends), so no line is wider than `maxWidth`.
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const whole of text.split(/\s+/).filter(Boolean)) {
    const pieces = textWidth(whole, size) > maxWidth ? breakWord(whole, size, maxWidth) : [whole];
    pieces.forEach((word, i) => {
      // Pieces of one word join without a space.
      const next = line ? (i > 0 ? `${line}${word}` : `${line} ${word}`) : word;
      if (line && textWidth(next, size) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
}
