/** Axes, gridlines and axis titles styled for print (thin rules, 7.5 pt ticks, 8 pt titles). */
import type { Selection } from 'd3';
import { FONT_FAMILY } from '../palette.ts';
import { INK, r2, TYPE, textWidthPt, wrapText } from './printType.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Styles a d3 axis group for print. */
export function stylePrintAxis(g: G): G {
  g.attr('font-family', FONT_FAMILY).attr('font-size', TYPE.tick);
  g.selectAll('text').attr('fill', INK.text);
  g.selectAll('line,path').attr('stroke', INK.muted).attr('stroke-width', 0.5);
  return g;
}

/** Horizontal gridlines at the given y positions. */
export function gridY(plot: G, ys: readonly number[], width: number): void {
  plot
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(ys)
    .join('line')
    .attr('x1', 0)
    .attr('x2', r2(width))
    .attr('y1', (d) => r2(d))
    .attr('y2', (d) => r2(d))
    .attr('stroke', INK.grid)
    .attr('stroke-width', 0.5);
}

/** Line height (pt) of axis titles. */
export const AXIS_TITLE_LINE = TYPE.label * 1.2;

/** The lines an axis title takes when it may be at most `maxWidth` long. */
export function axisTitleLines(text: string, maxWidth = Infinity): string[] {
  return textWidthPt(text, TYPE.label) <= maxWidth ? [text] : wrapText(text, TYPE.label, maxWidth);
}

/**
 * An axis title: horizontal under the plot, or rotated beside it, wrapped
 * to `maxWidth`. A rotated title's last line sits at `x`; earlier lines
 * stand further from the axis.
 */
export function axisTitle(plot: G, text: string, x: number, y: number, rotate = false, maxWidth = Infinity): void {
  const lines = axisTitleLines(text, maxWidth);
  const t = plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('font-size', TYPE.label)
    .attr('fill', INK.text)
    .attr('text-anchor', 'middle')
    .attr('transform', rotate ? `translate(${r2(x - (lines.length - 1) * AXIS_TITLE_LINE)},${r2(y)}) rotate(-90)` : `translate(${r2(x)},${r2(y)})`);
  if (lines.length === 1) t.text(text);
  else lines.forEach((line, i) => t.append('tspan').attr('x', 0).attr('y', r2(i * AXIS_TITLE_LINE)).text(line));
}
