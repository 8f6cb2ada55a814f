/** What a figure builder returns, and what it is asked for. */
import type { PrintOptions } from '../../charts/print/index.ts';

/** The chart types of `icsim chart`. */
export const CHART_TYPES = ['influence', 'outcomes', 'devolution', 'options', 'response', 'heatmap', 'morris', 'sobol', 'tradeoff', 'box', 'regret'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** What to draw. */
export interface FigureRequest {
  type: ChartType;
  /** Metrics (exact names or dotted prefixes); the first is used by response and heatmap. */
  metrics?: readonly string[];
  /** Second parameter: one line per value (response), the y axis (heatmap), or lines per value (influence). */
  by?: string;
  /** The swept parameter on the x axis (response, heatmap). */
  x?: string;
  /** Baseline variant (options). */
  baseline?: string;
  /** Variants to show (default: all in the input). */
  variants?: readonly string[];
  title?: string;
  caption?: string;
  xLabel?: string;
  yLabel?: string;
}

/** A figure ready to draw: its text, the data drawn (as CSV rows) and a draw function. */
export interface Figure {
  type: ChartType;
  title: string;
  caption: string;
  /** Variants shown. */
  variants: string[];
  /** The rows behind the figure, for its CSV. */
  rows: Array<Record<string, string | number | null>>;
  /** Draws into a container (any DOM) with the frame options (size, footer, id). */
  draw(container: Element, o: PrintOptions): SVGSVGElement;
}

/** Rounds for CSV and labels: 6 significant digits, NaN as null. */
export function sig(v: number, digits = 6): number | null {
  return Number.isFinite(v) ? Number(v.toPrecision(digits)) : null;
}

/** Lower-cases the first letter of a label unless it starts an acronym (`GP influence` stays). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
