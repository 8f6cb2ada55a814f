/**
 * The legend of every chart: entries in rows under the heading, wrapped to a
 * width, each a line sample (colour, dash and, where the style marks points,
 * the marker), a line over a pale band, or a filled swatch (optionally
 * hatched or outlined).
 */
import type { Selection } from 'd3';
import type { ChartStyle } from './chartStyle.ts';
import { textWidth } from './text.ts';

/** One legend entry. */
export interface LegendItem {
  label: string;
  colour: string;
  /** 'line' (default): a line with its dash and marker; 'swatch': a filled box; 'band': a line over a pale band. */
  shape?: 'line' | 'swatch' | 'band';
  dash?: string;
  marker?: string;
  /** id of a pattern laid over a swatch (e.g. a hatch for greyscale). */
  pattern?: string;
  /** Outline of a swatch (for pale fills). */
  outline?: string;
}

function itemWidth(it: LegendItem, s: ChartStyle): number {
  return s.legend.sample + s.legend.gap + textWidth(it.label, s.type.legend) + s.legend.after;
}

/** Height the legend takes when wrapped to `maxWidth` (0 when there are no items). */
export function legendHeight(items: readonly LegendItem[], maxWidth: number, s: ChartStyle): number {
  if (!items.length) return 0;
  let x = 0;
  let rows = 1;
  for (const it of items) {
    const w = itemWidth(it, s);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      rows++;
    }
    x += w;
  }
  return s.round(rows * s.legend.row + 2);
}

/** Draws the legend with its top-left corner at (x, y); returns its height. */
export function drawLegend(svg: Selection<SVGSVGElement, unknown, null, undefined>, items: readonly LegendItem[], x: number, y: number, maxWidth: number, s: ChartStyle): number {
  if (!items.length) return 0;
  const r = s.round;
  const { row, sample, gap } = s.legend;
  const boxH = sample - 10;
  const g = svg.append('g').attr('class', 'legend').attr('font-size', s.type.legend).attr('transform', `translate(${r(x)},${r(y)})`);
  let cx = 0;
  let cy = row / 2;
  for (const it of items) {
    const w = itemWidth(it, s);
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += row;
    }
    const e = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${r(cx)},${r(cy)})`);
    if (it.shape === 'swatch') {
      e.append('rect').attr('x', 2).attr('y', -boxH / 2).attr('width', sample - 4).attr('height', boxH).attr('fill', it.colour).attr('stroke', it.outline ?? 'none').attr('stroke-width', it.outline ? 0.5 : null);
      if (it.pattern) e.append('rect').attr('x', 2).attr('y', -boxH / 2).attr('width', sample - 4).attr('height', boxH).attr('fill', `url(#${it.pattern})`);
    } else {
      if (it.shape === 'band') e.append('rect').attr('x', 0).attr('y', -boxH / 2).attr('width', sample).attr('height', boxH).attr('fill', it.colour).attr('fill-opacity', s.band.opacity);
      e.append('line').attr('x1', 0).attr('x2', sample).attr('y1', 0).attr('y2', 0).attr('stroke', it.colour).attr('stroke-width', s.legend.stroke).attr('stroke-dasharray', it.dash || null);
      if (it.marker) e.append('path').attr('d', it.marker).attr('transform', `translate(${sample / 2},0)`).attr('fill', it.colour).attr('stroke', '#ffffff').attr('stroke-width', 0.5);
    }
    e.append('text').attr('x', sample + gap).attr('y', r(s.type.legend * 0.35)).attr('fill', s.ink.text).text(it.label);
    cx += w;
  }
  return legendHeight(items, maxWidth, s);
}
