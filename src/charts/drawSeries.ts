/**
 * How a series is drawn, on screen and in print: a shaded band (e.g. a 95%
 * interval), a line, and point marks, over any x and y positions.
 *
 * One gap rule for lines and bands alike: a missing value (null, NaN or
 * beyond the end of the array) breaks the mark there. A band is drawn only
 * where both bounds are known, and is never bridged across a gap, since a
 * bridge would show an interval where none was computed.
 */
import { area, line, type Selection } from 'd3';
import type { ChartStyle } from './chartStyle.ts';
import type { SeriesLook } from './palette.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type Values = ReadonlyArray<number | null | undefined>;

/** True for a value that can be drawn. */
export const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A series with its look, ready to draw. */
export interface StyledSeries extends SeriesLook {
  name: string;
  values: Values;
  lower?: Values;
  upper?: Values;
}

/** Where index i and value v are drawn. */
export interface Position {
  x: (i: number) => number;
  y: (v: number) => number;
  /** Number of x positions (indices 0 to n - 1). */
  n: number;
}

const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The path of a line through `values`, broken at each missing value. */
export function linePath(values: Values, p: Position, s: ChartStyle): string {
  return (
    line<number>()
      .defined((i) => finite(values[i]))
      .x((i) => s.round(p.x(i)))
      .y((i) => s.round(p.y(values[i]!)))(indices(p.n)) ?? ''
  );
}

/** The path of a band between `lower` and `upper`: one closed piece per run of positions where both are known. */
export function bandPath(lower: Values, upper: Values, p: Position, s: ChartStyle): string {
  return (
    area<number>()
      .defined((i) => finite(lower[i]) && finite(upper[i]))
      .x((i) => s.round(p.x(i)))
      .y0((i) => s.round(p.y(lower[i]!)))
      .y1((i) => s.round(p.y(upper[i]!)))(indices(p.n)) ?? ''
  );
}

/**
 * The positions given a point mark: every value when the style marks
 * every point; otherwise only values with no neighbour, which a line
 * cannot show.
 */
export function pointIndices(values: Values, p: Position, s: ChartStyle): number[] {
  return indices(p.n).filter((i) => finite(values[i]) && (s.points === 'every' || (!finite(values[i - 1]) && !finite(values[i + 1]))));
}

/** Appends (or replaces) the point marks of a series in its group. */
export function drawPoints(g: G, series: StyledSeries, p: Position, s: ChartStyle): void {
  for (const c of [...g.node()!.children]) if (c.getAttribute('class') === 'markers') c.remove();
  const at = pointIndices(series.values, p, s);
  if (!at.length) return;
  g.append('g')
    .attr('class', 'markers')
    .selectAll('path')
    .data(at)
    .join('path')
    .attr('d', series.marker)
    .attr('transform', (i) => `translate(${s.round(p.x(i))},${s.round(p.y(series.values[i]!))})`)
    .attr('fill', series.colour)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 0.5);
}

/** Appends a series' group to `plot`: its band (when it has bounds), its line, and its point marks. */
export function drawSeries(plot: G, series: StyledSeries, p: Position, s: ChartStyle): G {
  const g = plot.append('g').attr('class', 'series').attr('data-series', series.name);
  if (series.lower && series.upper) {
    g.append('path')
      .attr('class', 'band')
      .attr('fill', series.colour)
      .attr('fill-opacity', s.band.opacity)
      .attr('stroke', s.band.edge ? series.colour : 'none')
      .attr('stroke-opacity', s.band.edge ? s.band.edgeOpacity : null)
      .attr('stroke-width', s.band.edge || null)
      .attr('stroke-dasharray', s.band.edge ? series.dash || null : null)
      .attr('d', bandPath(series.lower, series.upper, p, s));
  }
  g.append('path')
    .attr('class', 'line')
    .attr('fill', 'none')
    .attr('stroke', series.colour)
    .attr('stroke-width', s.stroke.line)
    .attr('stroke-dasharray', series.dash || null)
    .attr('d', linePath(series.values, p, s));
  drawPoints(g, series, p, s);
  return g;
}

/** Rewrites a drawn series' band, line and point marks for new values (same look, same scales). */
export function updateSeries(g: G, series: StyledSeries, p: Position, s: ChartStyle): void {
  const setIfChanged = (el: Element | null, value: string) => {
    if (el && el.getAttribute('d') !== value) el.setAttribute('d', value);
  };
  const node = g.node()!;
  if (series.lower && series.upper) setIfChanged(node.querySelector('path.band'), bandPath(series.lower, series.upper, p, s));
  setIfChanged(node.querySelector('path.line'), linePath(series.values, p, s));
  drawPoints(g, series, p, s);
}
