/**
 * Colours, dashes, markers and type shared by every chart, in the browser
 * and in exported figures. The categorical palette is Okabe and Ito's (2008)
 * colour-blind-safe set, ordered so that neighbouring series also differ in
 * lightness and stay distinguishable in greyscale.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolTriangle2, symbolWye, type SymbolType } from 'd3';

/** Okabe-Ito colours, darkest-contrast order. */
export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'] as const;

/** Outcome colours: surplus, break-even, deficit (blue, light grey, vermillion). */
export const OUTCOME_COLOURS = { surplus: '#0072B2', breakeven: '#BBBBBB', deficit: '#D55E00' } as const;

/** Dash patterns that pair with CATEGORICAL for greyscale print. */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4', '4 4', '3 1'] as const;

/** Marker shapes that pair with CATEGORICAL. */
const SYMBOLS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolTriangle2, symbolCross, symbolStar, symbolWye];

/** Font family used in SVG text (the exporter embeds DejaVu Sans from dejavu-fonts-ttf). */
export const FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif';

/** The look of one series. */
export interface SeriesLook {
  colour: string;
  dash: string;
  /** Marker path centred on (0, 0). */
  marker: string;
}

/** How a style pairs dashes with colours (see `ChartStyle.dashes`). */
export interface LookRules {
  dashes: 'withColour' | 'afterColours';
  markerSize: number;
}

/**
 * Look of the i-th series: an Okabe-Ito colour and marker that cycle through
 * eight, and a dash that either changes with the colour (`withColour`, for
 * print) or only once the colours repeat (`afterColours`, for screen).
 */
export function seriesLook(i: number, rules: LookRules): SeriesLook {
  const n = CATEGORICAL.length;
  const k = ((i % n) + n) % n;
  const dash = rules.dashes === 'withColour' ? DASHES[k]! : DASHES[Math.floor(Math.max(0, i) / n) % DASHES.length]!;
  return { colour: CATEGORICAL[k]!, dash, marker: symbol(SYMBOLS[k]!, rules.markerSize)() ?? '' };
}
