/**
 * The frame every chart draws into: an `<svg>` appended to a container, with
 * an accessible name (`<title>`) and description (`<desc>`), a visible
 * heading, and an inner plotting group. Works with any DOM document (the
 * browser's, or linkedom's in Node): nothing here reads `window` or
 * `document` globals, and sizes are always passed in.
 */
import { select, type Selection } from 'd3';
import { FONT_FAMILY } from './palette.ts';

/** Options shared by every chart. */
export interface ChartOptions {
  /** Total width in px (default 640). */
  width?: number;
  /** Total height in px (default 320). */
  height?: number;
  /** Heading, also the accessible name. */
  title?: string;
  /** Longer accessible description; a default is written from the data. */
  description?: string;
  /** Prefix for element ids (must be unique in the page when several charts share it). */
  id?: string;
}

/** Margins around the plotting area. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A chart frame ready to draw into. */
export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Plotting group, translated by the margins. */
  plot: Selection<SVGGElement, unknown, null, undefined>;
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
  margin: Margin;
  id: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Makes an id-safe slug. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}

/**
 * Appends an SVG frame to `container`.
 * @param kind a CSS class naming the chart type (e.g. `chart-flows`)
 */
export function createFrame(container: Element, kind: string, options: ChartOptions, margin: Margin, defaultDescription: string): Frame {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const title = options.title ?? '';
  const id = options.id ?? slug(title || kind);
  const doc = container.ownerDocument;
  const el = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  container.appendChild(el);
  const svg = select(el)
    .attr('xmlns', SVG_NS)
    .attr('class', `chart ${kind}`)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title ${id}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', 11);
  svg.append('title').attr('id', `${id}-title`).text(title);
  svg.append('desc').attr('id', `${id}-desc`).text(options.description ?? defaultDescription);
  svg.append('rect').attr('class', 'background').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  if (title) {
    svg.append('text').attr('class', 'chart-title').attr('x', 8).attr('y', 18).attr('font-size', 14).attr('font-weight', 'bold').attr('fill', '#222').text(title);
  }
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${margin.left},${margin.top})`);
  return {
    svg,
    plot,
    width,
    height,
    innerWidth: Math.max(10, width - margin.left - margin.right),
    innerHeight: Math.max(10, height - margin.top - margin.bottom),
    margin,
    id,
  };
}

/** Rough text width (px) for layout without measuring (no layout engine in Node). */
export function textWidth(text: string, fontSize = 11): number {
  return text.length * fontSize * 0.6;
}

/** Draws a message in place of the data (e.g. "no completed year yet"). */
export function emptyMessage(f: Frame, message: string): void {
  f.plot
    .append('text')
    .attr('class', 'empty')
    .attr('x', f.innerWidth / 2)
    .attr('y', f.innerHeight / 2)
    .attr('text-anchor', 'middle')
    .attr('fill', '#555')
    .text(message);
}

/** One legend entry. */
export interface LegendItem {
  label: string;
  colour: string;
  dash?: string;
  /** 'line' (default), 'swatch' (filled square) or 'band'. */
  shape?: 'line' | 'swatch';
}

/** Height (px) the legend will take when wrapped to `maxWidth`. */
export function legendHeight(items: readonly LegendItem[], maxWidth: number): number {
  let cx = 0;
  let rows = items.length ? 1 : 0;
  for (const it of items) {
    const w = 26 + textWidth(it.label) + 14;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      rows++;
    }
    cx += w;
  }
  return rows * 16;
}

/**
 * Draws a legend in rows across the top of the plot area (above it, below
 * the heading), wrapping to the given width. Returns its height.
 */
export function drawLegend(f: Frame, items: readonly LegendItem[], x: number, y: number, maxWidth: number): number {
  const g = f.svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  let cx = 0;
  let cy = 0;
  const rowH = 16;
  for (const it of items) {
    const w = 26 + textWidth(it.label) + 14;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += rowH;
    }
    const item = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${cx},${cy})`);
    if (it.shape === 'swatch') item.append('rect').attr('x', 2).attr('y', -5).attr('width', 16).attr('height', 10).attr('fill', it.colour);
    else
      item
        .append('line')
        .attr('x1', 0)
        .attr('x2', 20)
        .attr('y1', 0)
        .attr('y2', 0)
        .attr('stroke', it.colour)
        .attr('stroke-width', 2.5)
        .attr('stroke-dasharray', it.dash || null);
    item.append('text').attr('x', 26).attr('y', 4).attr('fill', '#222').text(it.label);
    cx += w;
  }
  return items.length ? cy + rowH : 0;
}

/** Styles axis text and lines consistently. */
export function styleAxis(g: Selection<SVGGElement, unknown, null, undefined>): void {
  g.attr('font-family', FONT_FAMILY).attr('font-size', 11);
  g.selectAll('text').attr('fill', '#333');
  g.selectAll('line,path').attr('stroke', '#777');
}
