/**
 * Surplus, break-even and deficit outcomes per financial year, one panel
 * per kind of organisation (or per option): stacked bars of counts, or of
 * mean counts across replications. Deficits are hatched as well as
 * coloured, so the three outcomes differ in greyscale.
 */
import { axisBottom, axisLeft, format, max, scaleBand, scaleLinear } from 'd3';
import { OUTCOME_COLOURS } from '../palette.ts';
import { axisTitle, axisTitleLine, axisTitleLines, gridY, styleAxis, zeroLine } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { drawLegend, legendHeight, type LegendItem } from '../legend.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt } from './printType.ts';

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

/** Options of the outcomes chart. */
export interface OutcomesByYearOptions extends PrintOptions {
  /** What the bars count, with the unit (default `organisations (count)`); shown as `Bars: ...` beside the legend. */
  yLabel?: string;
  /** Panels per row (default: up to 4). */
  columns?: number;
  /** d3-format specifier of y ticks (default `~r`). */
  yFormat?: string;
}

const OUTCOMES = ['surplus', 'breakeven', 'deficit'] as const;
const LABEL = { surplus: 'Surplus', breakeven: 'Break-even', deficit: 'Deficit' } as const;

/** Draws the outcome panels into `container` and returns the SVG element. */
export function outcomesByYearChart(panels: readonly OutcomePanel[], container: Element, o: OutcomesByYearOptions = {}): SVGSVGElement {
  const width = mmToPt(o.widthMm ?? 160);
  const id = o.id ?? 'outcomes';
  const hatch = `${id}-hatch`;
  const legend: LegendItem[] = OUTCOMES.map((k) => ({
    label: LABEL[k],
    colour: OUTCOME_COLOURS[k],
    shape: 'swatch',
    ...(k === 'deficit' ? { pattern: hatch } : {}),
    ...(k === 'breakeven' ? { outline: INK.muted } : {}),
  }));
  const lh = legendHeight(legend, width - 12, P);
  const cols = Math.max(1, Math.min(o.columns ?? 4, panels.length || 1));
  const rows = Math.max(1, Math.ceil(panels.length / cols));
  const panelH = mmToPt(32);
  const inner = { top: 2, right: 6, bottom: 2, left: 0 };
  const years = [...new Set(panels.flatMap((p) => p.years.map((y) => y.fy)))].sort();
  const total = panels.reduce((s, p) => s + p.years.reduce((t, y) => t + y.surplus + y.breakeven + y.deficit, 0), 0);
  const desc =
    o.description ??
    `Stacked bars of organisations ending each financial year in surplus, break-even or deficit, one panel each for ${panels.map((p) => p.label).join(', ') || 'nothing'}; ` +
      `${years.length} financial years; ${format(',.4~r')(total)} organisation-years in all.`;
  const f = printFrame(container, 'chart-outcomes-print', { title: 'Year-end outcomes by kind of organisation', ...o, id }, inner, lh, rows * panelH + inner.top + inner.bottom, desc);
  const pattern = f.svg.insert('defs', ':first-child').append('pattern').attr('id', hatch).attr('patternUnits', 'userSpaceOnUse').attr('width', 3).attr('height', 3).attr('patternTransform', 'rotate(45)');
  pattern.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 3).attr('stroke', '#ffffff').attr('stroke-width', 1);
  drawLegend(f.svg, legend, f.pad, f.legendY, width - 12, P);
  // The unit of every panel's y axis, once, level with the legend.
  f.svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', r2(width - f.pad))
    .attr('y', r2(f.legendY + TYPE.legend * 1.6 * 0.5 + TYPE.label * 0.35))
    .attr('text-anchor', 'end')
    .attr('font-size', TYPE.label)
    .attr('fill', INK.text)
    .text(`Bars: ${o.yLabel ?? 'organisations (count)'}`);
  if (!panels.length) {
    f.plot.append('text').attr('class', 'empty').attr('x', r2(f.innerWidth / 2)).attr('y', r2(f.innerHeight / 2)).attr('text-anchor', 'middle').attr('fill', INK.muted).text('No completed financial year');
    return f.svg.node()!;
  }
  const pw = f.innerWidth / cols;
  const ph = f.innerHeight / rows;
  const pm = { top: TYPE.label + 6, right: 6, bottom: TYPE.tick + 8, left: 26 };
  const fits = (label: string) => years.length * (textWidthPt(label, TYPE.tick) + 4) <= pw - pm.left - pm.right;
  const fyShort = years.length && !fits(years[0]!) ? (fy: string) => fy.slice(2) : (fy: string) => fy;
  const yFmt = format(o.yFormat ?? '~r');
  panels.forEach((p, i) => {
    const g = f.plot
      .append('g')
      .attr('class', 'panel')
      .attr('data-panel', p.label)
      .attr('transform', `translate(${r2((i % cols) * pw + pm.left)},${r2(Math.floor(i / cols) * ph + pm.top)})`);
    const iw = Math.max(10, pw - pm.left - pm.right);
    const ih = Math.max(10, ph - pm.top - pm.bottom);
    const x = scaleBand<string>().domain(years).range([0, iw]).padding(0.25);
    const y = scaleLinear()
      .domain([0, max(p.years, (d) => d.surplus + d.breakeven + d.deficit) || 1])
      .nice(4)
      .range([ih, 0]);
    g.append('text').attr('class', 'panel-title').attr('x', 0).attr('y', -5).attr('font-weight', 'bold').attr('font-size', TYPE.label).attr('fill', INK.text).text(p.label);
    // Whole counts get whole-number ticks only.
    const whole = p.years.every((d) => OUTCOMES.every((k) => Number.isInteger(d[k])));
    const yTicks = y.ticks(4).filter((t) => !whole || Number.isInteger(t));
    styleAxis(g.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat((v) => yFmt(Number(v))).tickSizeOuter(0)), P);
    const step = Math.max(1, Math.ceil((years.length * (textWidthPt(fyShort(years[0]!), TYPE.tick) + 4)) / iw));
    styleAxis(g
        .append('g')
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${r2(ih)})`)
        .call(axisBottom(x).tickValues(years.filter((_, k) => k % step === 0)).tickFormat(fyShort).tickSizeOuter(0)), P);
    for (const d of p.years) {
      let base = 0;
      for (const k of OUTCOMES) {
        const v = d[k];
        if (v > 0) {
          const attrs = { x: r2(x(d.fy)!), width: r2(x.bandwidth()), y: r2(y(base + v)), height: r2(Math.max(0, y(base) - y(base + v))) };
          const bar = g.append('rect').attr('class', `bar bar-${k}`).attr('x', attrs.x).attr('width', attrs.width).attr('y', attrs.y).attr('height', attrs.height).attr('fill', OUTCOME_COLOURS[k]);
          if (k === 'breakeven') bar.attr('stroke', INK.muted).attr('stroke-width', 0.4);
          if (k === 'deficit') g.append('rect').attr('class', 'hatch').attr('x', attrs.x).attr('width', attrs.width).attr('y', attrs.y).attr('height', attrs.height).attr('fill', `url(#${hatch})`);
        }
        base += v;
      }
    }
  });
  return f.svg.node()!;
}
