/**
 * A print legend: entries in rows under the title, each a line sample
 * (colour, dash and marker), a filled swatch, or a hatched swatch.
 */
import type { Selection } from 'd3';
import { INK, r2, TYPE, textWidthPt } from './printType.ts';

/** One legend entry. */
export interface PrintLegendItem {
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

const ROW = TYPE.legend * 1.6;
const SAMPLE = 18;

function itemWidth(it: PrintLegendItem): number {
  return SAMPLE + 4 + textWidthPt(it.label, TYPE.legend) + 10;
}

/** Height (pt) of the legend wrapped to `maxWidth`. */
export function printLegendHeight(items: readonly PrintLegendItem[], maxWidth: number): number {
  if (!items.length) return 0;
  let x = 0;
  let rows = 1;
  for (const it of items) {
    const w = itemWidth(it);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      rows++;
    }
    x += w;
  }
  return r2(rows * ROW + 2);
}

/** Draws the legend with its top-left corner at (x, y); returns its height. */
export function drawPrintLegend(svg: Selection<SVGSVGElement, unknown, null, undefined>, items: readonly PrintLegendItem[], x: number, y: number, maxWidth: number): number {
  if (!items.length) return 0;
  const g = svg.append('g').attr('class', 'legend').attr('font-size', TYPE.legend).attr('transform', `translate(${r2(x)},${r2(y)})`);
  let cx = 0;
  let cy = ROW / 2;
  for (const it of items) {
    const w = itemWidth(it);
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += ROW;
    }
    const e = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${r2(cx)},${r2(cy)})`);
    if (it.shape === 'swatch') {
      e.append('rect').attr('x', 2).attr('y', -4).attr('width', SAMPLE - 4).attr('height', 8).attr('fill', it.colour).attr('stroke', it.outline ?? 'none').attr('stroke-width', it.outline ? 0.5 : null);
      if (it.pattern) e.append('rect').attr('x', 2).attr('y', -4).attr('width', SAMPLE - 4).attr('height', 8).attr('fill', `url(#${it.pattern})`);
    } else {
      if (it.shape === 'band') e.append('rect').attr('x', 0).attr('y', -4).attr('width', SAMPLE).attr('height', 8).attr('fill', it.colour).attr('fill-opacity', 0.18);
      e.append('line').attr('x1', 0).attr('x2', SAMPLE).attr('y1', 0).attr('y2', 0).attr('stroke', it.colour).attr('stroke-width', 1.5).attr('stroke-dasharray', it.dash || null);
      if (it.marker) e.append('path').attr('d', it.marker).attr('transform', `translate(${SAMPLE / 2},0)`).attr('fill', it.colour).attr('stroke', '#ffffff').attr('stroke-width', 0.5);
    }
    e.append('text').attr('x', SAMPLE + 4).attr('y', r2(TYPE.legend * 0.35)).attr('fill', INK.text).text(it.label);
    cx += w;
  }
  return printLegendHeight(items, maxWidth);
}
