/**
 * The one thing that differs between a chart on screen and the same chart in
 * a board paper: sizes, type, inks and stroke widths. Every chart draws with
 * the shared primitives (frame, axes, legend, palette, series marks) and
 * hands them one of these two styles, so the browser and print pictures can
 * only differ where a style field says so.
 *
 * Screen sizes are CSS pixels. Print sizes are points (1/72 inch), the user
 * unit of a print figure whose `<svg>` carries its size in millimetres; the
 * smallest print text (the provenance footer) is 7 pt, above the usual
 * 6-7 pt floor for legible print.
 */
import { FONT_FAMILY } from './palette.ts';

/** Type sizes, in the style's user unit. */
export interface TypeSizes {
  /** Size set on the `<svg>`, inherited by text without its own size. */
  base: number;
  title: number;
  /** Axis titles and panel titles. */
  label: number;
  tick: number;
  legend: number;
  /** Numbers written beside marks. */
  value: number;
  caption: number;
  footer: number;
}

/** Inks: text, rules and fills that are not series colours. */
export interface Inks {
  text: string;
  /** Tick labels. */
  tick: string;
  /** Secondary text (empty-chart messages, provenance). */
  muted: string;
  /** Axis lines and tick marks. */
  axis: string;
  grid: string;
  /** The rule above the provenance footer. */
  rule: string;
  background: string;
}

/** Everything a chart's look depends on besides its data. */
export interface ChartStyle {
  /** Which medium the style is for; also a CSS hook. */
  medium: 'screen' | 'print';
  font: string;
  type: TypeSizes;
  ink: Inks;
  /** Padding around the figure's own text (title, caption, footer). */
  pad: number;
  /** Line height of wrapped text, as a multiple of its size. */
  lineHeight: number;
  /** Stroke widths; null leaves the SVG default (1). */
  stroke: { line: number; axis: number | null; grid: number | null; zero: number; footerRule: number };
  /** Band fill opacity, and its outline's width (0: no outline) and opacity. */
  band: { opacity: number; edge: number; edgeOpacity: number };
  /**
   * Point marks: `every` puts the series' marker (shape) on every value, so
   * each line reads without colour; `isolated` puts a dot only on a value
   * with no neighbour, which no line segment would show.
   */
  points: 'every' | 'isolated';
  /** d3 symbol area of markers (units squared). */
  markerSize: number;
  /**
   * Dash patterns: `withColour` changes the dash with every colour (legible
   * in greyscale); `afterColours` keeps lines solid until the colours repeat.
   */
  dashes: 'withColour' | 'afterColours';
  /** Legend geometry: row height, sample length, gap before the label, space after it, sample stroke. */
  legend: { row: number; sample: number; gap: number; after: number; stroke: number };
  /** Number of y ticks asked of d3 (it may give a few more or fewer). */
  yTicks: number;
  /** Rounds coordinates written to the SVG (print rounds to 0.01 so output does not depend on float noise). */
  round: (v: number) => number;
}

/** Rounds to 0.01, so that SVG text is stable. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Charts in the browser page: pixels, 11 px type, solid lines until colours repeat. */
export const SCREEN_STYLE: ChartStyle = {
  medium: 'screen',
  font: FONT_FAMILY,
  type: { base: 11, title: 14, label: 11, tick: 11, legend: 11, value: 11, caption: 11, footer: 10 },
  ink: { text: '#222', tick: '#333', muted: '#555', axis: '#777', grid: '#e5e5e5', rule: '#999999', background: '#ffffff' },
  pad: 8,
  lineHeight: 1.3,
  stroke: { line: 2, axis: null, grid: null, zero: 1, footerRule: 0.5 },
  band: { opacity: 0.18, edge: 0, edgeOpacity: 0 },
  points: 'isolated',
  // About the area of a 3.5 px dot.
  markerSize: 38,
  dashes: 'afterColours',
  legend: { row: 16, sample: 20, gap: 6, after: 14, stroke: 2.5 },
  yTicks: 6,
  round: (v) => v,
};

/** Figures for board papers: points, 7-10 pt type, thin rules, a marker and a dash for every series. */
export const PRINT_STYLE: ChartStyle = {
  medium: 'print',
  font: FONT_FAMILY,
  type: { base: 8, title: 10, label: 8, tick: 7.5, legend: 7.5, value: 7, caption: 7.5, footer: 7 },
  // Dark greys that print as solid black on most printers.
  ink: { text: '#1a1a1a', tick: '#1a1a1a', muted: '#4d4d4d', axis: '#4d4d4d', grid: '#e0e0e0', rule: '#999999', background: '#ffffff' },
  pad: 6,
  lineHeight: 1.3,
  stroke: { line: 1.5, axis: 0.5, grid: 0.5, zero: 0.75, footerRule: 0.5 },
  band: { opacity: 0.15, edge: 0.4, edgeOpacity: 0.5 },
  points: 'every',
  markerSize: 28,
  dashes: 'withColour',
  legend: { row: 7.5 * 1.6, sample: 18, gap: 4, after: 10, stroke: 1.5 },
  yTicks: 5,
  round: r2,
};
