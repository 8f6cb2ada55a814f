/** Axes, gridlines, zero lines and axis titles, styled by the chart's style. */
import type { Selection } from 'd3';
import type { ChartStyle } from './chartStyle.ts';
import { textWidth, wrapText } from './text.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Styles a group that a d3 axis was drawn into (tick type, tick ink, axis rules). */
export function styleAxis(g: G, s: ChartStyle): G {
  g.attr('font-family', s.font).attr('font-size', s.type.tick);
  g.selectAll('text').attr('fill', s.ink.tick);
  g.selectAll('line,path').attr('stroke', s.ink.axis).attr('stroke-width', s.stroke.axis);
  return g;
}

/** Appends horizontal gridlines at the given y positions, across `width`; returns their group. */
export function gridY(plot: G, ys: readonly number[], width: number, s: ChartStyle): G {
  const g = plot.append('g').attr('class', 'grid');
  g.selectAll('line')
    .data(ys)
    .join('line')
    .attr('x1', 0)
    .attr('x2', s.round(width))
    .attr('y1', (d) => s.round(d))
    .attr('y2', (d) => s.round(d))
    .attr('stroke', s.ink.grid)
    .attr('stroke-width', s.stroke.grid);
  return g;
}

/** A horizontal line at y (e.g. zero on an axis that spans it). */
export function zeroLine(plot: G, y: number, width: number, s: ChartStyle): void {
  plot.append('line').attr('class', 'zero').attr('x1', 0).attr('x2', s.round(width)).attr('y1', s.round(y)).attr('y2', s.round(y)).attr('stroke', s.ink.axis).attr('stroke-width', s.stroke.zero);
}

/** Line height of axis titles. */
export function axisTitleLine(s: ChartStyle): number {
  return s.type.label * 1.2;
}

/** The lines an axis title takes when it may be at most `maxWidth` long. */
export function axisTitleLines(text: string, s: ChartStyle, maxWidth = Infinity): string[] {
  return textWidth(text, s.type.label) <= maxWidth ? [text] : wrapText(text, s.type.label, maxWidth);
}

/**
 * An axis title: horizontal under the plot, or rotated beside it, wrapped
 * to `maxWidth`. A rotated title's last line sits at `x`; earlier lines
 * stand further from the axis.
 */
export function axisTitle(plot: G, text: string, x: number, y: number, s: ChartStyle, rotate = false, maxWidth = Infinity): void {
  const r = s.round;
  const lines = axisTitleLines(text, s, maxWidth);
  const lh = axisTitleLine(s);
  const t = plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('font-size', s.type.label)
    .attr('fill', s.ink.text)
    .attr('text-anchor', 'middle')
    .attr('transform', rotate ? `translate(${r(x - (lines.length - 1) * lh)},${r(y)}) rotate(-90)` : `translate(${r(x)},${r(y)})`);
  if (lines.length === 1) t.text(text);
  else lines.forEach((line, i) => t.append('tspan').attr('x', 0).attr('y', r(i * lh)).text(line));
}
