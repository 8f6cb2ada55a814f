/**
 * The shared chart frame (`createFrame`) for a print figure: drawn in the
 * print style, sized in millimetres on paper (points inside), with a height
 * that fits its content unless one is given.
 */
import { PRINT_STYLE } from '../chartStyle.ts';
import { createFrame, type Frame, type Margin } from '../frame.ts';
import { mmToPt } from './printType.ts';

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

/** A print frame (units are points). */
export type PrintFrame = Frame;

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
  const f = createFrame(
    container,
    {
      kind: `chart-print ${kind}`,
      width,
      ...(o.heightMm !== undefined ? { height: mmToPt(o.heightMm) } : {}),
      title: o.title ?? '',
      ...(o.description !== undefined ? { description: o.description } : {}),
      defaultDescription,
      ...(o.id !== undefined ? { id: o.id } : {}),
      ...(o.caption !== undefined ? { caption: o.caption } : {}),
      ...(o.footer !== undefined ? { footer: o.footer } : {}),
      inner,
      legendHeight,
      contentHeight,
    },
    PRINT_STYLE,
  );
  f.svg.attr('width', `${widthMm}mm`).attr('height', `${Math.round((f.height / width) * widthMm * 100) / 100}mm`);
  return f;
}
