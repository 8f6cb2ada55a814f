/**
 * The frame every chart draws into, on screen and in print: an `<svg>`
 * appended to a container, with an accessible name (`<title>`) and
 * description (`<desc>`), a background, a heading wrapped to the width, room
 * for a legend under it, an inner plotting group set in by margins, and an
 * optional caption and provenance footer under the plot. Works with any DOM
 * document (the browser's, or linkedom's in Node): nothing here reads
 * `window` or `document` globals, and sizes are always passed in, in the
 * unit of the style.
 */
import { select, type Selection } from 'd3';
import type { ChartStyle } from './chartStyle.ts';
import { wrapText } from './text.ts';

/** Options shared by every screen chart. */
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

/** What a frame is made of. */
export interface FrameLayout {
  /** CSS classes naming the chart type (e.g. `chart-flows`). */
  kind: string;
  width: number;
  /** Total height; when absent, the frame fits its heading, legend, `contentHeight` and footer. */
  height?: number;
  title?: string;
  description?: string;
  /** Written from the data when no `description` is given. */
  defaultDescription: string;
  id?: string;
  /** One or two sentences under the plot saying what is drawn. */
  caption?: string;
  /** Provenance, under a thin rule at the foot. */
  footer?: string;
  /** Margins around the plotting area, inside the band between heading (plus legend) and caption (plus the bottom padding). */
  inner: Margin;
  /** Height the chart's legend needs under the heading (0 for none). */
  legendHeight?: number;
  /** Height of the plotting area plus `inner` margins, used when no `height` is given. */
  contentHeight?: number;
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
  /** Full margins (heading, legend and footer included). */
  margin: Margin;
  id: string;
  style: ChartStyle;
  /** y (from the top of the figure) of the legend's top. */
  legendY: number;
  /** Left edge of the figure's own text. */
  pad: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Makes an id-safe slug. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}

/** Where a frame's parts go: its full margins, total height, heading height and wrapped texts. */
export interface FrameGeometry {
  margin: Margin;
  height: number;
  innerWidth: number;
  innerHeight: number;
  /** Height of the heading band; the legend starts here. */
  head: number;
  /** Height of the caption and footer band, bottom padding included. */
  foot: number;
  titleLines: string[];
  captionLines: string[];
  footerLines: string[];
}

/** Smallest plot height of a chart of fixed height, in px: room for the rotated y-axis title. */
const MIN_PLOT_HEIGHT = 120;

/** Lays a frame out without drawing it (an in-place update needs the same geometry as the draw). */
export function frameGeometry(layout: FrameLayout, s: ChartStyle): FrameGeometry {
  const r = s.round;
  const textWidth = layout.width - 2 * s.pad;
  const titleLines = layout.title ? wrapText(layout.title, s.type.title, textWidth) : [];
  const captionLines = layout.caption ? wrapText(layout.caption, s.type.caption, textWidth) : [];
  const footerLines = layout.footer ? wrapText(layout.footer, s.type.footer, textWidth) : [];
  const head = s.pad + titleLines.length * s.type.title * s.lineHeight + (titleLines.length ? 4 : 0);
  const foot =
    (captionLines.length ? captionLines.length * s.type.caption * s.lineHeight + 4 : 0) +
    (footerLines.length ? footerLines.length * s.type.footer * s.lineHeight + 6 : 0) +
    s.pad;
  const top = head + (layout.legendHeight ?? 0);
  const { inner } = layout;
  // A long legend (a system with a dozen trusts, on a phone) grows the chart rather than squeezing the plot away.
  const height = layout.height !== undefined ? Math.max(layout.height, r(top + inner.top + MIN_PLOT_HEIGHT + foot + inner.bottom)) : r(top + (layout.contentHeight ?? 0) + foot);
  const margin: Margin = { top: r(top + inner.top), right: inner.right, bottom: r(foot + inner.bottom), left: inner.left };
  return {
    margin,
    height,
    innerWidth: Math.max(10, layout.width - margin.left - margin.right),
    innerHeight: Math.max(10, height - margin.top - margin.bottom),
    head,
    foot,
    titleLines,
    captionLines,
    footerLines,
  };
}

/** Appends a frame to `container` and returns it. */
export function createFrame(container: Element, layout: FrameLayout, style: ChartStyle): Frame {
  const s = style;
  const r = s.round;
  const { width } = layout;
  const title = layout.title ?? '';
  const id = layout.id ?? slug(title || layout.kind.split(' ').pop()!);
  const { margin, height, innerWidth, innerHeight, head, foot, titleLines, captionLines, footerLines } = frameGeometry(layout, s);

  const el = container.ownerDocument.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  container.appendChild(el);
  const svg = select(el)
    .attr('xmlns', SVG_NS)
    .attr('class', `chart ${layout.kind}`)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title ${id}-desc`)
    .attr('font-family', s.font)
    .attr('font-size', s.type.base);
  svg.append('title').attr('id', `${id}-title`).text(title);
  svg.append('desc').attr('id', `${id}-desc`).text(layout.description ?? layout.defaultDescription);
  // The provenance as metadata too, so it stays with the file when the drawn footer is cropped off.
  if (layout.footer) svg.append('metadata').attr('class', 'provenance').text(layout.footer);
  svg.append('rect').attr('class', 'background').attr('width', width).attr('height', height).attr('fill', s.ink.background);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${margin.left},${margin.top})`);
  if (titleLines.length) {
    const t = svg.append('text').attr('class', 'chart-title').attr('x', s.pad).attr('font-size', s.type.title).attr('font-weight', 'bold').attr('fill', s.ink.text);
    titleLines.forEach((line, i) => t.append('tspan').attr('x', s.pad).attr('y', r(s.pad + s.type.title + i * s.type.title * s.lineHeight)).text(line));
  }
  let y = height - foot;
  if (captionLines.length) {
    const c = svg.append('text').attr('class', 'caption').attr('font-size', s.type.caption).attr('fill', s.ink.text);
    captionLines.forEach((line, i) => c.append('tspan').attr('x', s.pad).attr('y', r(y + s.type.caption + i * s.type.caption * s.lineHeight)).text(line));
    y += captionLines.length * s.type.caption * s.lineHeight + 4;
  }
  if (footerLines.length) {
    svg.append('line').attr('class', 'footer-rule').attr('x1', s.pad).attr('x2', r(width - s.pad)).attr('y1', r(y + 1)).attr('y2', r(y + 1)).attr('stroke', s.ink.rule).attr('stroke-width', s.stroke.footerRule);
    const t = svg.append('text').attr('class', 'provenance').attr('font-size', s.type.footer).attr('fill', s.ink.muted);
    footerLines.forEach((line, i) => t.append('tspan').attr('x', s.pad).attr('y', r(y + 4 + s.type.footer + i * s.type.footer * s.lineHeight)).text(line));
  }
  return {
    svg,
    plot,
    width,
    height,
    innerWidth,
    innerHeight,
    margin,
    id,
    style: s,
    legendY: head,
    pad: s.pad,
  };
}

/** Draws a message in place of the data (e.g. "no completed year yet"). */
export function emptyMessage(f: Frame, message: string): void {
  const r = f.style.round;
  f.plot
    .append('text')
    .attr('class', 'empty')
    .attr('x', r(f.innerWidth / 2))
    .attr('y', r(f.innerHeight / 2))
    .attr('text-anchor', 'middle')
    .attr('fill', f.style.ink.muted)
    .text(message);
}
