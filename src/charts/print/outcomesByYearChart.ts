/**
 * Surplus, break-even and deficit outcomes per financial year, one panel
 * per kind of organisation (or per option): stacked bars of counts, or of
 * mean counts across replications. Deficits are hatched as well as
 * coloured, so the three outcomes differ in greyscale.
 */
import { format } from 'd3';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { emptyMessage } from '../frame.ts';
import { drawLegend, legendHeight } from '../legend.ts';
import { addHatch, drawOutcomePanels, outcomeLegend, panelColumns, panelTitleExtra, type OutcomePanel } from '../outcomePanels.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { mmToPt, r2 } from './printType.ts';

export type { OutcomePanel, OutcomeYear } from '../outcomePanels.ts';

/** Options of the outcomes chart. */
export interface OutcomesByYearOptions extends PrintOptions {
  /** What the bars count, with the unit (default `organisations (count)`); shown as `Bars: ...` beside the legend. */
  yLabel?: string;
  /** Panels per row (default: up to 4). */
  columns?: number;
  /** d3-format specifier of y ticks (default `~r`). */
  yFormat?: string;
}

/** Narrowest panel (pt). */
const MIN_PANEL = 80;

/** Draws the outcome panels into `container` and returns the SVG element. */
export function outcomesByYearChart(panels: readonly OutcomePanel[], container: Element, o: OutcomesByYearOptions = {}): SVGSVGElement {
  const width = mmToPt(o.widthMm ?? 160);
  const id = o.id ?? 'outcomes';
  const hatch = `${id}-hatch`;
  const legend = outcomeLegend(hatch, P);
  const lh = legendHeight(legend, width - 12, P);
  const cols = Math.max(1, Math.min(o.columns ?? 4, panels.length || 1));
  const rows = Math.max(1, Math.ceil(panels.length / cols));
  const inner = { top: 2, right: 6, bottom: 2, left: 0 };
  // Each row grows by the lines its panels' titles wrap onto (the grid is as drawOutcomePanels lays it out).
  const gridCols = panelColumns(panels.length, cols, width - inner.left - inner.right, MIN_PANEL);
  const panelH = mmToPt(32) + panelTitleExtra(panels.map((p) => p.label), (width - inner.left - inner.right) / gridCols, P);
  const years = [...new Set(panels.flatMap((p) => p.years.map((y) => y.fy)))].sort();
  const total = panels.reduce((s, p) => s + p.years.reduce((t, y) => t + y.surplus + y.breakeven + y.deficit, 0), 0);
  const desc =
    o.description ??
    `Stacked bars of organisations ending each financial year in surplus, break-even or deficit, one panel each for ${panels.map((p) => p.label).join(', ') || 'nothing'}; ` +
      `${years.length} financial years; ${format(',.4~r')(total)} organisation-years in all.`;
  const f = printFrame(container, 'chart-outcomes-print', { title: 'Year-end outcomes by kind of organisation', ...o, id }, inner, lh, rows * panelH + inner.top + inner.bottom, desc);
  addHatch(f, hatch);
  drawLegend(f.svg, legend, f.pad, f.legendY, width - 12, P);
  // The unit of every panel's y axis, once, level with the legend.
  f.svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', r2(width - f.pad))
    .attr('y', r2(f.legendY + P.legend.row * 0.5 + P.type.label * 0.35))
    .attr('text-anchor', 'end')
    .attr('font-size', P.type.label)
    .attr('fill', P.ink.text)
    .text(`Bars: ${o.yLabel ?? 'organisations (count)'}`);
  if (!panels.length) {
    emptyMessage(f, 'No completed financial year');
    return f.svg.node()!;
  }
  drawOutcomePanels(f, panels, { columns: cols, minWidth: MIN_PANEL, hatch, ...(o.yFormat !== undefined ? { yFormat: o.yFormat } : {}) });
  return f.svg.node()!;
}
