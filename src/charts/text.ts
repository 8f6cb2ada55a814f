/**
 * Text measured without a layout engine (there is none in Node): DejaVu
 * Sans's mean advance is close to 0.6 em, which is enough to lay out
 * legends, margins and wrapped titles in any unit.
 */

/** Estimated width of `text` at `size` (in the unit of `size`). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

/** Breaks text into lines no wider than `maxWidth` at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
