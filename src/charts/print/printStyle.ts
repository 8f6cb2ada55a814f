/**
 * How the i-th series looks in print: an Okabe-Ito colour, a dash pattern
 * and a marker shape that all change together, so that every series can be
 * told apart in colour, in greyscale, and by a reader with a colour-vision
 * deficiency.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolTriangle2, symbolWye, symbolCross, type SymbolType } from 'd3';
import { CATEGORICAL, DASHES } from '../palette.ts';

const SYMBOLS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolTriangle2, symbolCross, symbolStar, symbolWye];

/** The look of one series. */
export interface PrintStyle {
  colour: string;
  dash: string;
  /** Marker path centred on (0, 0). */
  marker: string;
}

/** Style of the i-th series (colour, dash and marker cycle together through eight). */
export function printStyle(i: number, markerSize = 28): PrintStyle {
  const k = ((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length;
  return {
    colour: CATEGORICAL[k]!,
    dash: DASHES[k]!,
    marker: symbol(SYMBOLS[k]!, markerSize)() ?? '',
  };
}
