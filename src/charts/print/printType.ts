/**
 * Print units. A print figure's user unit is the point (1/72 inch), so font
 * sizes are the sizes on paper; the `<svg>` carries its width and height in
 * millimetres. The type sizes and inks themselves are `PRINT_STYLE`'s.
 */
import { PRINT_STYLE } from '../chartStyle.ts';

export { r2 } from '../chartStyle.ts';
export { textWidth as textWidthPt, wrapText } from '../text.ts';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Type sizes in points (`PRINT_STYLE.type`). */
export const TYPE = PRINT_STYLE.type;

/** Text and rule colours (`PRINT_STYLE.ink`). */
export const INK = PRINT_STYLE.ink;

/** Millimetres to points, rounded to 0.01 pt so that SVG text is stable. */
export function mmToPt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** Points to millimetres, rounded to 0.01 mm. */
export function ptToMm(pt: number): number {
  return Math.round((pt / PT_PER_MM) * 100) / 100;
}
