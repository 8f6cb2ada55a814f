/**
 * The frame of a print figure: the shared chart frame (`createFrame`: title,
 * description, background) sized in millimetres, with a wrapped title at the
 * top, an optional legend band under it, and a caption line and a provenance
 * footer under the plot. Every print chart draws into one of these.
 */
import { createFrame, type Frame, type Margin } from '../frame.ts';
import { INK, mmToPt, r2, TYPE, wrapText } from './printType.ts';

/** Options every print chart takes. */
export interface PrintOptions {
  /** Width on paper (mm); default 160, the text width of A4 with 25 mm margins. */
  widthMm?: number;
  /** Height on paper (mm); default from the chart's content. */
  heightMm?: number;
  title?: string;
  /** One or two sentences under the plot saying what is drawn (e.g. what the bands are). */
  caption?: string;
  /** Provenance: where the data came from (model, hash, seeds, version, date). */
  footer?: string;
  /** Accessible description; a default is written from the data. */
  description?: string;
  /** Prefix for element ids. */
  id?: string;
}

/** A print frame: a chart frame whose units are points, plus where the legend goes. */
export interface PrintFrame extends Frame {
  /** y (pt, from the top of the figure) of the legend band's top. */
  legendY: number;
  /** Left edge (pt) of the figure's text. */
  pad: number;
}

const PAD = 6;
const LINE = 1.3;

/**
 * Appends a print frame to `container`.
 * @param inner margins around the plotting area inside the band left between header (plus legend) and footer
 * @param legendHeight height (pt) the chart's legend needs under the title
 * @param contentHeight height (pt) of the plotting area plus `inner` margins, used when no `heightMm` is given
 */
export function printFrame(
  container: Element,
  kind: string,
  o: PrintOptions,
  inner: Margin,
  legendHeight: number,
  contentHeight: number,
  defaultDescription: string,
): PrintFrame {
  const widthMm = o.widthMm ?? 160;
  const width = mmToPt(widthMm);
  const textWidth = width - 2 * PAD;
  const titleLines = o.title ? wrapText(o.title, TYPE.title, textWidth) : [];
  const captionLines = o.caption ? wrapText(o.caption, TYPE.caption, textWidth) : [];
  const footerLines = o.footer ? wrapText(o.footer, TYPE.footer, textWidth) : [];
  const head = PAD + titleLines.length * TYPE.title * LINE + (titleLines.length ? 4 : 0);
  const legendY = head;
  const foot = (captionLines.length ? captionLines.length * TYPE.caption * LINE + 4 : 0) + (footerLines.length ? footerLines.length * TYPE.footer * LINE + 6 : 0) + PAD;
  const top = head + legendHeight;
  const height = o.heightMm !== undefined ? mmToPt(o.heightMm) : r2(top + contentHeight + foot);
  const margin: Margin = { top: r2(top + inner.top), right: inner.right, bottom: r2(foot + inner.bottom), left: inner.left };
  const f = createFrame(container, `chart-print ${kind}`, { width, height, title: o.title ?? '', description: o.description, id: o.id }, margin, defaultDescription);
  f.svg.attr('width', `${widthMm}mm`).attr('height', `${Math.round((height / width) * widthMm * 100) / 100}mm`).attr('font-size', TYPE.label);
  f.svg.select('text.chart-title').remove();

  if (titleLines.length) {
    const t = f.svg.append('text').attr('class', 'chart-title').attr('x', PAD).attr('font-size', TYPE.title).attr('font-weight', 'bold').attr('fill', INK.text);
    titleLines.forEach((line, i) => t.append('tspan').attr('x', PAD).attr('y', r2(PAD + TYPE.title + i * TYPE.title * LINE)).text(line));
  }
  let y = height - foot;
  if (captionLines.length) {
    const c = f.svg.append('text').attr('class', 'caption').attr('font-size', TYPE.caption).attr('fill', INK.text);
    captionLines.forEach((line, i) => c.append('tspan').attr('x', PAD).attr('y', r2(y + TYPE.caption + i * TYPE.caption * LINE)).text(line));
    y += captionLines.length * TYPE.caption * LINE + 4;
  }
  if (footerLines.length) {
    f.svg.append('line').attr('class', 'footer-rule').attr('x1', PAD).attr('x2', r2(width - PAD)).attr('y1', r2(y + 1)).attr('y2', r2(y + 1)).attr('stroke', INK.rule).attr('stroke-width', 0.5);
    const t = f.svg.append('text').attr('class', 'provenance').attr('font-size', TYPE.footer).attr('fill', INK.muted);
    footerLines.forEach((line, i) => t.append('tspan').attr('x', PAD).attr('y', r2(y + 4 + TYPE.footer + i * TYPE.footer * LINE)).text(line));
  }
  return { ...f, legendY, pad: PAD };
}
