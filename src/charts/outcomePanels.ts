/**
 * Year-end outcome panels, on screen and in print: for each panel (a kind of
 * organisation, or an option), stacked bars of the organisations ending each
 * financial year in surplus, break-even or deficit. Deficits are hatched as
 * well as coloured and break-even bars outlined, so the three outcomes
 * differ in greyscale and to colour-blind readers.
 */
import { axisBottom, axisLeft, format, max, scaleBand, scaleLinear } from 'd3';
import { styleAxis } from './axes.ts';
import type { ChartStyle } from './chartStyle.ts';
import type { Frame, Margin } from './frame.ts';
import type { LegendItem } from './legend.ts';
import { OUTCOME_COLOURS } from './palette.ts';
import { textWidth, wrapText } from './text.ts';

/** Counts (or mean counts) of one financial year. */
export interface OutcomeYear {
  fy: string;
  surplus: number;
  breakeven: number;
  deficit: number;
}

/** One panel: a kind of organisation, or an option. */
export interface OutcomePanel {
  label: string;
  years: readonly OutcomeYear[];
}

/** The three outcomes, bottom to top. */
export const OUTCOMES = ['surplus', 'breakeven', 'deficit'] as const;

/** Readable names of the outcomes. */
export const OUTCOME_LABELS = { surplus: 'Surplus', breakeven: 'Break-even', deficit: 'Deficit' } as const;

/** Margins inside one panel (room for its title, y ticks and x ticks), in the style's unit. */
export function panelMargin(s: ChartStyle): Margin {
  return s.medium === 'print' ? { top: s.type.label + 6, right: 6, bottom: s.type.tick + 8, left: 26 } : { top: s.type.label + 7, right: 6, bottom: s.type.tick + 11, left: 34 };
}

/** Bold text is wider than the mean advance `textWidth` assumes (DejaVu Sans Bold runs about 10% wider). */
const BOLD = 1.12;

/** A panel's title in lines that fit its cell (`cellWidth` wide, less a small gap). */
export function panelTitleLines(label: string, cellWidth: number, s: ChartStyle): string[] {
  return wrapText(label, s.type.label * BOLD, Math.max(20, cellWidth - 4));
}

/** Panels per row of the grid `drawOutcomePanels` lays out. */
export function panelColumns(count: number, columns: number, innerWidth: number, minWidth: number): number {
  return Math.max(1, Math.min(columns, count || 1, Math.floor(innerWidth / minWidth)));
}

/** Extra height each row of panels needs for titles of more than one line. */
export function panelTitleExtra(labels: readonly string[], cellWidth: number, s: ChartStyle): number {
  const lines = Math.max(1, ...labels.map((l) => panelTitleLines(l, cellWidth, s).length));
  return (lines - 1) * s.type.label * s.lineHeight;
}

/** The legend of the outcomes, the deficit swatch hatched with `hatch`. */
export function outcomeLegend(hatch: string, s: ChartStyle): LegendItem[] {
  return OUTCOMES.map((k) => ({
    label: OUTCOME_LABELS[k],
    colour: OUTCOME_COLOURS[k],
    shape: 'swatch' as const,
    ...(k === 'deficit' ? { pattern: hatch } : {}),
    ...(k === 'breakeven' ? { outline: s.ink.muted } : {}),
  }));
}

/** Adds the hatch pattern (white diagonal lines) to the frame's `<defs>`. */
export function addHatch(f: Frame, id: string): void {
  const pattern = f.svg.insert('defs', ':first-child').append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse').attr('width', 3).attr('height', 3).attr('patternTransform', 'rotate(45)');
  pattern.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 3).attr('stroke', '#ffffff').attr('stroke-width', 1);
}

/** Options of `drawOutcomePanels`. */
export interface PanelOptions {
  /** Panels per row (at most; fewer when a panel would be narrower than `minWidth`). */
  columns: number;
  /** Narrowest panel (style units). */
  minWidth: number;
  /** d3-format specifier of y ticks (default `~r`). */
  yFormat?: string;
  /** id of the hatch pattern laid over deficits. */
  hatch: string;
  /** Tooltip text of a bar; none when absent. */
  tooltip?: (panel: OutcomePanel, fy: string, outcome: (typeof OUTCOMES)[number], value: number) => string;
  /** Attribute naming each panel's group (default `data-panel`). */
  dataAttribute?: string;
  /** Value of that attribute (default the label). */
  dataValue?: (panel: OutcomePanel, index: number) => string;
}

/** Draws the panels in a grid filling the frame's plotting area. */
export function drawOutcomePanels(f: Frame, panels: readonly OutcomePanel[], o: PanelOptions): void {
  const s = f.style;
  const r = s.round;
  const years = [...new Set(panels.flatMap((p) => p.years.map((y) => y.fy)))].sort();
  const cols = panelColumns(panels.length, o.columns, f.innerWidth, o.minWidth);
  const rows = Math.max(1, Math.ceil(panels.length / cols));
  const pw = f.innerWidth / cols;
  const ph = f.innerHeight / rows;
  // Titles wrap within their cell (small multiples side by side must not run into each other).
  const extra = panelTitleExtra(panels.map((p) => p.label), pw, s);
  const base = panelMargin(s);
  const pm = { ...base, top: base.top + extra };
  const fits = (label: string) => years.length * (textWidth(label, s.type.tick) + 4) <= pw - pm.left - pm.right;
  const fyShort = years.length && !fits(years[0]!) ? (fy: string) => fy.slice(2) : (fy: string) => fy;
  const yFmt = format(o.yFormat ?? '~r');
  panels.forEach((p, i) => {
    const g = f.plot
      .append('g')
      .attr('class', 'panel')
      .attr(o.dataAttribute ?? 'data-panel', o.dataValue ? o.dataValue(p, i) : p.label)
      .attr('transform', `translate(${r((i % cols) * pw + pm.left)},${r(Math.floor(i / cols) * ph + pm.top)})`);
    const iw = Math.max(10, pw - pm.left - pm.right);
    const ih = Math.max(10, ph - pm.top - pm.bottom);
    // Every panel has every year (a year with no organisation of the kind is an empty bar).
    const data = years.map((fy) => p.years.find((y) => y.fy === fy) ?? { fy, surplus: 0, breakeven: 0, deficit: 0 });
    const x = scaleBand<string>().domain(years).range([0, iw]).padding(0.25);
    const y = scaleLinear()
      .domain([0, max(data, (d) => d.surplus + d.breakeven + d.deficit) || 1])
      .nice(4)
      .range([ih, 0]);
    const title = g.append('text').attr('class', 'panel-title').attr('font-weight', 'bold').attr('font-size', s.type.label).attr('fill', s.ink.text);
    const lines = panelTitleLines(p.label, pw, s);
    // From the cell's left edge (not the plot's), the last line just above the plot.
    lines.forEach((line, k) => title.append('tspan').attr('x', r(-pm.left + 2)).attr('y', r(-5 - (lines.length - 1 - k) * s.type.label * s.lineHeight)).text(line));
    // Whole counts get whole-number ticks only.
    const whole = data.every((d) => OUTCOMES.every((k) => Number.isInteger(d[k])));
    const yTicks = y.ticks(4).filter((t) => !whole || Number.isInteger(t));
    styleAxis(g.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat((v) => yFmt(Number(v))).tickSizeOuter(0)), s);
    const step = years.length ? Math.max(1, Math.ceil((years.length * (textWidth(fyShort(years[0]!), s.type.tick) + 4)) / iw)) : 1;
    styleAxis(
      g
        .append('g')
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${r(ih)})`)
        .call(axisBottom(x).tickValues(years.filter((_, k) => k % step === 0)).tickFormat(fyShort).tickSizeOuter(0)),
      s,
    );
    for (const d of data) {
      let base = 0;
      for (const k of OUTCOMES) {
        const v = d[k];
        if (v > 0) {
          const at = { x: r(x(d.fy)!), width: r(x.bandwidth()), y: r(y(base + v)), height: r(Math.max(0, y(base) - y(base + v))) };
          const bar = g.append('rect').attr('class', `bar bar-${k}`).attr('x', at.x).attr('width', at.width).attr('y', at.y).attr('height', at.height).attr('fill', OUTCOME_COLOURS[k]);
          if (k === 'breakeven') bar.attr('stroke', s.ink.muted).attr('stroke-width', 0.4);
          if (o.tooltip) bar.append('title').text(o.tooltip(p, d.fy, k, v));
          if (k === 'deficit') {
            const h = g.append('rect').attr('class', 'hatch').attr('x', at.x).attr('width', at.width).attr('y', at.y).attr('height', at.height).attr('fill', `url(#${o.hatch})`);
            // The hatch lies over the bar: it must not swallow the bar's tooltip.
            if (o.tooltip) h.attr('pointer-events', 'none');
          }
        }
        base += v;
      }
    }
  });
}
