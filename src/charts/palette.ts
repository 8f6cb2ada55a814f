/**
 * Colours and type shared by every chart, in the browser and in exported
 * figures. The categorical palette is Okabe and Ito's (2008) colour-blind-safe
 * set, ordered so that neighbouring series also differ in lightness and stay
 * distinguishable in greyscale.
 */

/** Okabe-Ito colours, darkest-contrast order. */
export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'] as const;

/** Outcome colours: surplus, break-even, deficit (blue, light grey, vermillion). */
export const OUTCOME_COLOURS = { surplus: '#0072B2', breakeven: '#BBBBBB', deficit: '#D55E00' } as const;

/** Dash patterns that pair with CATEGORICAL for greyscale print. */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4', '4 4', '3 1'] as const;

/** Font family used in SVG text (the exporter embeds DejaVu Sans from dejavu-fonts-ttf). */
export const FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif';
